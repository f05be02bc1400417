/**
 * The optional screenshot permission, asked at the first filing from the overlay (issue 23,
 * R-COMPLAINT-17): capturing the tab when the viewer submits needs <all_urls> (the overlay's
 * button is not a toolbar/menu/shortcut gesture, so activeTab does not cover it). The form frame
 * is an extension page, so its own click can ask the browser (permissions.request needs the user
 * gesture: nothing may be awaited before it). Asked once; the options page can grant it later.
 *
 * Firefox gives an extension frame inside a web page no `permissions` API (seen in Firefox ESR 140:
 * `browser.permissions` is undefined there), so the frame cannot ask; it files as before and says
 * how to get a screenshot (toolbar, menu, shortcut, or the grant in the options).
 *
 * Test builds only: the test build has <all_urls> built in, so a test may set
 * `lgTestScreenshotGrant` in storage to say "not granted yet" and the viewer's answer: a yes calls
 * the real permissions.request (which resolves at once, the build holding the grant), a no stands
 * in for the viewer refusing the browser's prompt, which headless Chromium cannot show. Release
 * builds drop this.
 */
export const SCREENSHOT_GRANT = { origins: ['<all_urls>'] };
const ASKED_KEY = 'complaintScreenshotAsked';
const TEST_KEY = 'lgTestScreenshotGrant';

type TestGrant = { answer: boolean };
export interface GrantState {
  granted: boolean;
  /** this context has permissions.request (not Firefox's framed extension pages) */
  canAsk: boolean;
  /** asked before (at a previous filing): not asked again from the form */
  asked: boolean;
  test: TestGrant | null;
}

export async function screenshotGrantState(): Promise<GrantState> {
  const stored = await browser.storage.local.get([ASKED_KEY, TEST_KEY]);
  const test = __LG_TEST_BUILD__ ? ((stored[TEST_KEY] as TestGrant | undefined) ?? null) : null;
  const api = (browser as { permissions?: typeof browser.permissions }).permissions;
  const canAsk = typeof api?.request === 'function';
  const granted = test ? false : canAsk ? await api!.contains(SCREENSHOT_GRANT).catch(() => false) : false;
  return { granted, canAsk, asked: stored[ASKED_KEY] === true, test };
}

/** The first filing from a context that can ask, without the grant: ask (once). */
export const shouldAsk = (s: GrantState) => s.canAsk && !s.granted && !s.asked;

/** Call synchronously inside the click handler (user gesture). Resolves to whether it was granted. */
export function requestScreenshotGrant(state: GrantState): Promise<boolean> {
  const asked = state.test && !state.test.answer ? Promise.resolve(false) : browser.permissions.request(SCREENSHOT_GRANT);
  return asked.catch(() => false).finally(() => void browser.storage.local.set({ [ASKED_KEY]: true }));
}

export async function markScreenshotAsked(): Promise<void> {
  await browser.storage.local.set({ [ASKED_KEY]: true });
}
