/**
 * Every extension page and the demo-room overlay, opened the same way for the accessibility,
 * keyboard-focus and store-screenshot specs (issue 18 items 6-7). Add a page here and all three
 * specs cover it.
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
  // options: its guardian section reads protection's state from the background last; a shot taken
  // before that lands differs by 2% (seen on a re-run), so ready waits for the status line
  { id: 'options', path: 'options.html', viewport: { width: 1280, height: 800 }, ready: async (p) => { await expect(p.locator('[data-liveguard="options"]')).toBeVisible(); await expect(p.locator('[data-liveguard="protection-status"]')).toBeVisible(); } },
  { id: 'complaints', path: 'complaints.html', viewport: { width: 1280, height: 800 }, ready: app },
  // the gate's PIN frame, as the content script frames it for a budget gate
  // the first-run page (issue 18 item 4), as opened on install
  { id: 'welcome', path: 'welcome.html', viewport: { width: 1280, height: 800 }, ready: (p) => expect(p.locator('[data-liveguard="welcome"]')).toBeVisible() },
  { id: 'protection-pin', path: `protection-pin.html#${encodeURIComponent(JSON.stringify({ gate: 'budget' }))}`, viewport: { width: 480, height: 240 }, ready: app },
];

/** Open the demo room with the page's clock held (Math.random fixed), so the chat stops where we say. */
export async function openDemoRoom(context: BrowserContext, page: Page) {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  // the viewer count moves by round(random * 6 - 2): 1/3 keeps it where the page starts
  await page.addInitScript(() => {
    Math.random = () => 1 / 3;
  });
  // install() lets time run; pauseAt() holds it, so the chat moves only when playDemoTour says
  const t0 = new Date('2026-12-07T12:00:00+08:00').getTime();
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(t0 + 1000);
  await page.goto(`${DEMO_ROOM_URL}?interval=100`);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
}

/** Play the demo room's first tour (68 ticks of 100 ms, demo/room-chat.js) in page time, then wait for the interstitial. */
export async function playDemoTour(page: Page) {
  for (let i = 0; i < 17; i++) {
    await page.clock.runFor(400);
    await page.waitForTimeout(50); // let the content script read each batch on its own (real time)
  }
  // the chat ends here: the page's list takes no more rows (its own appendChild, in the page's
  // world only; the content script's is untouched), then time runs again for the framed pages
  await page.evaluate(() => {
    const list = document.querySelector('.webcast-chatroom___items > div');
    if (list) list.appendChild = <T extends Node>(n: T) => n;
  });
  await page.clock.resume();
  const overlay = page.locator('[data-liveguard="overlay"]');
  await expect(overlay.locator('.lg-interstitial')).toHaveCount(1, { timeout: 20_000 });
  await expect(overlay.locator('.lg-popup').first()).toBeVisible();
  return overlay;
}

/** The complaint form framed into the room from a "complain" action (default: the interstitial's). */
export async function openComplaintFrame(page: Page, action = page.locator('.lg-interstitial [data-liveguard-action="file-complaint"]')): Promise<{ frame: FrameLocator; src: string }> {
  await action.click();
  const iframe = page.locator('iframe[data-liveguard="complaint-frame"]');
  const frame = page.frameLocator('iframe[data-liveguard="complaint-frame"]');
  await expect(frame.locator('[data-liveguard="complaint-form"]')).toBeVisible();
  return { frame, src: (await iframe.getAttribute('src')) ?? '' };
}

/**
 * Wait until the page's DOM stops changing (same markup length over three 300 ms polls): the
 * options page fills its sections from several async reads, and a screenshot taken between two of
 * them is a different picture (seen: the guardian status line arriving late).
 */
export async function settled(page: Page) {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 40 && same < 3; i++) {
    const n = await page.evaluate(() => document.body.innerHTML.length);
    same = n === last ? same + 1 : 0;
    last = n;
    await page.waitForTimeout(300);
  }
}
