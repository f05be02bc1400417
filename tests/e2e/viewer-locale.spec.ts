// The viewer's language choice (welcome page, viewerPrefs.locale, issue 18 item 4) reaches the whole
// UI, in real Chromium with the TEST build: the overlay (content script: asked of the background),
// the framed complaint form and the guardian's PIN frame at the gate (extension pages in the room),
// both ways: English on a zh-CN browser, 简体中文 on an English one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { blockUnrouted, launchTestBuild, serve } from './harness';
import { openComplaintFrame, openDemoRoom, playDemoTour } from './ui-pages';
import { setUpGuardian } from './protection-helpers';
import { DEMO_PRODUCT_TITLE, DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

const test = base.extend<{ profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-locale-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

async function choose(context: BrowserContext, extensionId: string, value: 'en' | 'zh_CN', heading: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await page.locator(`input[name="locale"][value="${value}"]`).check();
  await expect(page.locator('h1')).toHaveText(heading);
  await page.close();
}

const WORDS = {
  en: { tag: 'en', toggle: 'LiveGuard', interstitial: 'LiveGuard: this room carries a serious risk', form: 'File a complaint with evidence', gate: 'This content is not suitable for minors', pin: 'Guardian PIN', unlock: 'Guardian unlock' },
  zh_CN: { tag: 'zh-CN', toggle: '直播守护', interstitial: '直播守护提醒：此直播间存在严重风险', form: '投诉并保存证据', gate: '此内容不适宜未成年人', pin: '监护人PIN', unlock: '监护人解锁' },
} as const;

async function checkRoom(context: BrowserContext, page: Page, w: (typeof WORDS)[keyof typeof WORDS]) {
  await openDemoRoom(context, page);
  const overlay = await playDemoTour(page);
  await expect(overlay.locator('.lg-root')).toHaveAttribute('lang', w.tag);
  await expect(overlay.locator('.lg-interstitial h2')).toHaveText(w.interstitial);
  await expect(overlay.locator('[data-liveguard="panel-toggle"]')).toContainText(w.toggle);
  const { frame } = await openComplaintFrame(page);
  await expect(frame.locator('#lg-complaint-title')).toHaveText(w.form);
  await expect(frame.locator('html')).toHaveAttribute('lang', w.tag);
}

async function checkGate(context: BrowserContext, extensionId: string, w: (typeof WORDS)[keyof typeof WORDS]) {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml().replace(DEMO_PRODUCT_TITLE, '【讲解中】53度高度酒 礼盒装 今晚特价'));
  await setUpGuardian(context, extensionId, { pin: '482148', curfew: { enabled: false } });
  const page = await context.newPage();
  await page.goto(DEMO_ROOM_URL);
  const gate = page.locator('[data-liveguard="protection-gate"]');
  await expect(gate).toHaveAttribute('data-gate', 'content');
  await expect(gate.locator('#lg-gate-title')).toHaveText(w.gate);
  const pin = page.frameLocator('iframe[data-liveguard="pin-frame"]');
  await expect(pin.locator('html')).toHaveAttribute('lang', w.tag);
  await expect(pin.locator('label')).toContainText(w.pin);
  await expect(pin.locator('button[type="submit"]')).toHaveText(w.unlock);
}

for (const [browserLang, chosen, heading] of [
  ['zh-CN', 'en', 'Welcome to LiveGuard'],
  ['en', 'zh_CN', '欢迎使用直播守护'],
] as const) {
  test(`${chosen} chosen on a ${browserLang} browser: overlay, complaint form and PIN frame follow`, async ({ profile }) => {
    test.setTimeout(180_000);
    const context = await launchTestBuild(profile, { lang: browserLang });
    try {
      await blockUnrouted(context, [/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/]);
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(sw.url()).host;
      const browserWords = WORDS[browserLang === 'en' ? 'en' : 'zh_CN'];
      // the browser's language first, so the check below can fail: without a choice the room speaks it
      const before = await context.newPage();
      await openDemoRoom(context, before);
      // the root's lang is the tag of the strings shown (en, zh-CN), not the browser's own en-US
      await expect(before.locator('[data-liveguard="overlay"] .lg-root')).toHaveAttribute('lang', browserWords.tag);
      await expect(before.locator('[data-liveguard="overlay"] [data-liveguard="panel-toggle"]')).toContainText(browserWords.toggle);
      await before.close();
      await choose(context, extensionId, chosen, heading);
      await checkRoom(context, await context.newPage(), WORDS[chosen]);
      await checkGate(context, extensionId, WORDS[chosen]);
    } finally {
      await context.close();
    }
  });
}
