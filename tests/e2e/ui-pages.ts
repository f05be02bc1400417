/**
 * Every extension page and the demo-room overlay, opened the same way for the accessibility,
 * keyboard-focus and store-screenshot specs (issue 18 items 6-7). Add a page here and all three
 * specs cover it (the welcome page goes here when it lands: `{ id: 'welcome', path: 'welcome.html', ready: … }`).
 */
import { expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';
import { serve } from './harness';

export type UiLang = 'zh-CN' | 'en';
export const UI_LANGS: UiLang[] = ['zh-CN', 'en'];
export const COLOR_SCHEMES = ['light', 'dark'] as const;

export interface ExtensionPage {
  id: string;
  /** path under chrome-extension://<id>/ (hash included) */
  path: string;
  /** page size for screenshots (the popup is small) */
  viewport: { width: number; height: number };
  /** a condition that says the page has rendered */
  ready: (page: Page) => Promise<void>;
}

const app = (page: Page) => expect(page.locator('#app > *').first()).toBeVisible();

export const EXTENSION_PAGES: ExtensionPage[] = [
  { id: 'popup', path: 'popup.html', viewport: { width: 400, height: 600 }, ready: (p) => expect(p.locator('[data-liveguard="popup"]')).toBeVisible() },
  { id: 'options', path: 'options.html', viewport: { width: 1280, height: 800 }, ready: (p) => expect(p.locator('[data-liveguard="options"]')).toBeVisible() },
  { id: 'complaints', path: 'complaints.html', viewport: { width: 1280, height: 800 }, ready: app },
  // the gate's PIN frame, as the content script frames it for a budget gate
  { id: 'protection-pin', path: `protection-pin.html#${encodeURIComponent(JSON.stringify({ gate: 'budget' }))}`, viewport: { width: 480, height: 240 }, ready: app },
];

/** Open the demo room with the page's clock held (Math.random fixed), so the chat stops where we say. */
export async function openDemoRoom(context: BrowserContext, page: Page) {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.addInitScript(() => {
    let seed = 1;
    Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  });
  await page.clock.install({ time: new Date('2026-12-07T12:00:00+08:00') });
  await page.goto(`${DEMO_ROOM_URL}?interval=100`);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
}

/** Play the demo room's whole first tour (64 ticks) in page time, then wait for the interstitial. */
export async function playDemoTour(page: Page) {
  for (let i = 0; i < 16; i++) {
    await page.clock.runFor(400);
    await page.waitForTimeout(50); // let the content script read each batch on its own (real time)
  }
  const overlay = page.locator('[data-liveguard="overlay"]');
  await expect(overlay.locator('.lg-interstitial')).toHaveCount(1, { timeout: 20_000 });
  await expect(overlay.locator('.lg-popup').first()).toBeVisible();
  return overlay;
}

/** The complaint form framed into the room from the interstitial's "complain" action. */
export async function openComplaintFrame(page: Page): Promise<{ frame: FrameLocator; src: string }> {
  await page.locator('.lg-interstitial [data-liveguard-action="file-complaint"]').click();
  const iframe = page.locator('iframe[data-liveguard="complaint-frame"]');
  const frame = page.frameLocator('iframe[data-liveguard="complaint-frame"]');
  await expect(frame.locator('[data-liveguard="complaint-form"]')).toBeVisible();
  return { frame, src: (await iframe.getAttribute('src')) ?? '' };
}
