/**
 * R-COMPLAINT-16/17/19 end to end in real Chromium: file a complaint from a finding in the demo
 * room, restart the browser on the same profile (extension and service worker start afresh), find
 * the complaint and its screenshot intact, export it, delete it,
 * import the file back and get the same record; a corrupt file is refused and changes nothing.
 * Uses the TEST build (.output-test/chrome-mv3), which adds <all_urls> so captureVisibleTab works
 * without a toolbar gesture that Playwright cannot make; the release build asks for no such grant.
 * Why a browser restart and not chrome.runtime.reload(): in Debian Chromium an extension loaded
 * with --load-extension stays disabled after runtime.reload() (its pages answer
 * ERR_BLOCKED_BY_CLIENT), so the restart is the reload we can make; it also restarts everything else.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchTestBuild, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

const launch = launchTestBuild;
async function extensionIdOf(context: BrowserContext) {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

const test = base.extend<{ profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-chromium-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

async function openComplaint(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/complaints.html`);
  const row = page.locator('[data-liveguard="complaint-list"] li');
  await expect(row).toHaveCount(1);
  await row.locator('button').click();
  const detail = page.locator('[data-liveguard="complaint-detail"]');
  await expect(detail).toBeVisible();
  await expect(page.locator('[data-liveguard="evidence-integrity"]')).toHaveAttribute('data-intact', 'true');
  const img = page.locator('[data-liveguard="evidence-screenshot"]');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  return { detail, recordHash: await page.locator('[data-liveguard="record-hash"]').textContent() };
}

test('file from a finding, survive a restart, export and re-import', async ({ profile }) => {
  let context = await launch(profile);
  let extensionId = await extensionIdOf(context);
  const page = await context.newPage();
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=100`);

  // click 1: the "file a complaint" action on the critical interstitial (prohibited goods)
  await page.locator('.lg-interstitial [data-liveguard-action="file-complaint"]').click({ timeout: 30_000 });
  const form = page.frameLocator('iframe[data-liveguard="complaint-frame"]').locator('[data-liveguard="complaint-form"]'); // an extension frame (issue 14)
  await expect(form).toBeVisible();
  await expect(form).toContainText('严选好物小美'); // prefilled host
  await expect(form.locator('select[name="category"]')).toHaveValue('prohibited_goods');
  await form.locator('textarea[name="facts"]').fill('主播在直播中推销处方药 <b>x</b>');
  await form.locator('textarea[name="request"]').fill('请平台下架并处理');
  // click 2: save
  await form.locator('[data-liveguard-action="complaint-submit"]').click();
  await expect(form.locator('[data-liveguard="complaint-saved"]')).toHaveAttribute('data-screenshot', 'true');

  const first = await openComplaint(page, extensionId);
  expect(first.recordHash).toMatch(/^[0-9a-f]{64}$/);
  // the viewer's words come back as plain text (hostile-looking markup stays text)
  await expect(first.detail.locator('textarea[name="facts"]')).toHaveValue('主播在直播中推销处方药 <b>x</b>');
  await expect(first.detail.locator('b', { hasText: /^x$/ })).toHaveCount(0);
  // the 12315 fields the viewer has not filled are flagged
  await expect(page.locator('[data-missing="complainant.phone"]')).toBeVisible();

  // restart the browser on the same profile: the stored complaint and screenshot survive
  await context.close();
  context = await launch(profile);
  extensionId = await extensionIdOf(context);
  const page2 = await context.newPage();
  const again = await openComplaint(page2, extensionId);
  expect(again.recordHash).toBe(first.recordHash);

  // export all
  const dl = page2.waitForEvent('download');
  await page2.locator('[data-liveguard-action="export-all"]').click();
  const dir = mkdtempSync(join(tmpdir(), 'lg-export-'));
  const file = join(dir, 'export.zip');
  await (await dl).saveAs(file);

  // a corrupt file is refused with a clear error and changes nothing
  const bad = join(dir, 'bad.zip');
  writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
  await page2.locator('input[name="import"]').setInputFiles(bad);
  await expect(page2.locator('[data-liveguard="complaint-notice"]')).toHaveAttribute('data-kind', 'error');
  await expect(page2.locator('[data-liveguard="complaint-list"] li')).toHaveCount(1);

  // delete, then import the export back: the same record, screenshot included
  page2.on('dialog', (d) => void d.accept());
  await page2.locator('[data-liveguard-action="delete"]').click();
  await expect(page2.locator('[data-liveguard="complaint-list-empty"]')).toBeVisible();
  await page2.locator('input[name="import"]').setInputFiles(file);
  await expect(page2.locator('[data-liveguard="complaint-notice"]')).toHaveAttribute('data-kind', 'ok');
  const back = await openComplaint(page2, extensionId);
  expect(back.recordHash).toBe(first.recordHash);
  rmSync(dir, { recursive: true, force: true });
  await context.close();
});
