/**
 * Headless Chromium cannot click the toolbar: the popup page opens in its own small, unfocused
 * window and asks the last focused window's active tab, as the real popup does
 * (complaints-popup.spec.ts, site-health.spec.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function openPopupWindow(context: BrowserContext, height = 600): Promise<Page> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const opened = context.waitForEvent('page');
  await sw.evaluate(async (h) => {
    const c = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> }; runtime: { getURL(p: string): string } } }).chrome;
    await c.windows.create({ url: c.runtime.getURL('/popup.html'), type: 'popup', focused: false, width: 360, height: h });
  }, height);
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

/** A DOM click, not Playwright's: Playwright focuses the page it clicks, which a real toolbar popup never is. */
export async function domClick(page: Page, selector: string) {
  await page.locator(selector).evaluate((b) => (b as HTMLButtonElement).click());
}
