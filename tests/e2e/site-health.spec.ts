// Issue 17 in real Chromium: the popup shows the current room's site health through the
// getSiteHealth message (popup -> content script): every part by selectors in the fixture room;
// in the redesigned room the chat, title and host read by fallback and the rest named honestly.
// Headless Chromium cannot click the toolbar: the popup page opens in its own unfocused window and
// asks the last focused window's active tab, as the real popup does (complaints-popup.spec.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, serve, fixture } from './harness';
import { SkeletonSchema } from '../../lib/sites/skeleton/schema';

async function openPopupWindow(context: BrowserContext): Promise<Page> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const opened = context.waitForEvent('page');
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> }; runtime: { getURL(p: string): string } } }).chrome;
    await c.windows.create({ url: c.runtime.getURL('/popup.html'), type: 'popup', focused: false, width: 360, height: 400 });
  });
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

const parts = (popup: Page) =>
  popup.locator('[data-liveguard="site-health"] li').evaluateAll((lis) => Object.fromEntries(lis.map((li) => [li.getAttribute('data-part'), li.getAttribute('data-how')])));

test('the popup shows every part read by selectors in the Douyin fixture room', async ({ context, page }) => {
  await serve(context, 'https://live.douyin.com/**', fixture('sites/douyin.html'));
  await page.goto('https://live.douyin.com/880088000');
  await expect(page.locator('[data-liveguard-mark]').first()).toBeAttached();
  await page.bringToFront();
  const popup = await openPopupWindow(context);
  await expect(popup.locator('[data-liveguard="site-health"]')).toHaveAttribute('data-status', 'ok');
  expect(await parts(popup)).toEqual({ chat: 'selectors', host: 'selectors', title: 'selectors', product: 'selectors', counters: 'selectors' });
});

test('the popup shows the redesigned Douyin room read by fallback, and what still works', async ({ context, page }) => {
  await serve(context, 'https://live.douyin.com/**', fixture('sites/redesigned/douyin.html'));
  await page.goto('https://live.douyin.com/880088000');
  await expect(page.locator('[data-liveguard-chat="fallback"]')).toBeAttached({ timeout: 15_000 });
  await page.bringToFront();
  const popup = await openPopupWindow(context);
  const health = popup.locator('[data-liveguard="site-health"]');
  await expect(health).toHaveAttribute('data-status', 'degraded');
  expect(await parts(popup)).toEqual({ chat: 'fallback', host: 'fallback', title: 'fallback', product: 'fallback', counters: 'fallback' });
  await expect(health.locator('[data-liveguard="site-health-still"]')).toContainText('弹幕');

  // "this page broke": the skeleton is saved to a file, with the chat list's role and none of the page's words
  const download = popup.waitForEvent('download');
  await popup.locator('[data-liveguard-action="report-page-broke"]').evaluate((b) => (b as HTMLButtonElement).click());
  const file = await (await download).path();
  const saved = readFileSync(file, 'utf8');
  const sk = SkeletonSchema.parse(JSON.parse(saved));
  expect(sk.site).toBe('douyin');
  expect(saved).toContain('"chat-list"');
  for (const words of ['茶园直供', '出售电子烟', '139 8765 4321', '要便宜的打我电话', 'MS4wLjABAAAA_fixture_host', '7390951957260280901']) expect(saved).not.toContain(words);
});

test('no site health on a page that is not a room', async ({ context, page }) => {
  await serve(context, 'https://live.douyin.com/**', fixture('sites/douyin.html'));
  await page.goto('https://live.douyin.com/');
  await page.bringToFront();
  const popup = await openPopupWindow(context);
  await expect(popup.locator('[data-liveguard="popup"]')).toBeVisible();
  await popup.waitForTimeout(500);
  await expect(popup.locator('[data-liveguard="site-health"]')).toHaveCount(0);
});
