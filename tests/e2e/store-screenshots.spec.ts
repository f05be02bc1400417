/**
 * Issue 18 item 7: the store screenshots. Every extension page, the complaint form and the demo
 * room with the overlay open, in zh-CN and en, light and dark, plus the 440×280 promo tile, compared
 * with the committed files in docs/screenshots/store-*.png (playwright.config.ts points
 * snapshotPathTemplate there). A page that renders differently fails this spec; after a deliberate
 * UI change, `npm run screenshots` rewrites the files (docs/store/README.md).
 * Held still: the demo room's clock and Math.random, the browser's zone, animations and caret; the
 * only masked parts are the finding times, which come from the content script's real clock.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchTestBuild } from './harness';
import { COLOR_SCHEMES, EXTENSION_PAGES, openComplaintFrame, openDemoRoom, playDemoTour, settled, UI_LANGS, type UiLang } from './ui-pages';

const SHOT = { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide', scale: 'css' } as const;

async function shoot(page: Page, name: string, mask: Locator[] = []) {
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expect(page).toHaveScreenshot(`store-${name}-${colorScheme}.png`, { ...SHOT, mask });
  }
}

/** The promo tile: the icon, the name and the one-line description from the locale file. */
function promoTile(lang: UiLang): string {
  const core = JSON.parse(readFileSync('locales/core.json', 'utf8')) as Record<string, Record<string, string>>;
  const key = lang === 'en' ? 'en' : 'zh_CN';
  const icon = readFileSync('public/icon/128.png').toString('base64');
  return `<!doctype html><html lang="${lang}"><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;background:linear-gradient(135deg,#1c3a9e,#3d63dd);color:#fff;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">
<img src="data:image/png;base64,${icon}" width="112" height="112" alt="">
<div><div style="font-size:30px;font-weight:700;line-height:1.2">${core.extName![key]}</div>
<div style="font-size:15px;line-height:1.5;margin-top:10px;opacity:.95">${core.extDescription![key]}</div></div></body></html>`;
}

const test = base.extend<{ profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-shots-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

for (const lang of UI_LANGS) {
  test(`store screenshots, ${lang}: every page, the complaint form and the demo-room overlay, light and dark, and the promo tile match docs/screenshots`, async ({ profile }) => {
    test.setTimeout(180_000);
    const context = await launchTestBuild(profile, { lang, timeZone: 'Asia/Shanghai' });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    try {
      const page = await context.newPage();
      // the popup and options show the last rule sync, which may or may not have run since install;
      // one "Sync now" (it fails here: no server, every request is answered 404) makes it the same
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.getByRole('button', { name: /立即同步|Sync now/ }).click();
      await expect(page.locator('[data-liveguard="sync-status"]')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
      for (const p of EXTENSION_PAGES) {
        await page.setViewportSize(p.viewport);
        await page.goto(`chrome-extension://${extensionId}/${p.path}`);
        await p.ready(page);
        await settled(page);
        await shoot(page, `${p.id}-${lang}`);
      }
      const room = await context.newPage();
      await room.setViewportSize({ width: 1280, height: 800 });
      await openDemoRoom(context, room);
      const overlay = await playDemoTour(room);
      await shoot(room, `overlay-room-${lang}`);
      await overlay.locator('.lg-interstitial [data-liveguard-action="continue"]').click();
      await overlay.locator('[data-liveguard="panel-toggle"]').click();
      await expect(overlay.locator('[data-liveguard="findings-panel"]')).toBeVisible();
      // the room chart's frame is masked: it draws in real time (its clock is not the held page's) and
      // its colour scheme follows the frame's own media query; room-chart.spec.ts checks what it shows
      await shoot(room, `overlay-panel-${lang}`, [overlay.locator('[data-liveguard="findings-panel"] time'), overlay.locator('[data-liveguard="room-chart-frame"]')]);
      // the form framed from the panel's first finding, shot as its own page at the extension's id
      // (the frame's per-session dynamic id serves frames only)
      const { src } = await openComplaintFrame(room, overlay.locator('[data-liveguard="findings-panel"] [data-liveguard-action="file-complaint"]').first());
      await page.setViewportSize({ width: 480, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/complaint-form.html${new URL(src).hash}`);
      await expect(page.locator('[data-liveguard="complaint-form"]')).toBeVisible();
      await settled(page);
      await shoot(page, `complaint-form-${lang}`, [page.locator('[data-liveguard="form-time"]')]);
      await page.setViewportSize({ width: 440, height: 280 });
      await page.setContent(promoTile(lang));
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(page).toHaveScreenshot(`store-promo-tile-440x280-${lang}.png`, SHOT);
    } finally {
      await context.close();
    }
  });
}
