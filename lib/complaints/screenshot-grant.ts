/**
 * The optional screenshot permission, asked at the first filing from the overlay (issue 23,
 * R-COMPLAINT-17): capturing the tab when the viewer submits needs <all_urls> (the overlay's
 * button is not a toolbar/menu/shortcut gesture, so activeTab does not cover it). The form frame
 * is an extension page, so its own click can ask the browser (permissions.request needs the user
 * gesture: nothing may be awaited before it). Asked once; the options page can grant it later.
 *
 * Test builds only: e2e in headless Chromium cannot answer the browser's prompt (and the test build
 * has <all_urls> built in), so a test may set `lgTestScreenshotGrant` in storage to play the
 * browser's part: the grant "not given yet" and the viewer's answer. Release builds drop this.
 */
export const SCREENSHOT_GRANT = { origins: ['<all_urls>'] };
const ASKED_KEY = 'complaintScreenshotAsked';
const TEST_KEY = 'lgTestScreenshotGrant';

type TestGrant = { answer: boolean };
export interface GrantState {
  granted: boolean;
  /** asked before (at a previous filing): not asked again from the form */
  asked: boolean;
  test: TestGrant | null;
}

export async function screenshotGrantState(): Promise<GrantState> {
  const stored = await browser.storage.local.get([ASKED_KEY, TEST_KEY]);
  const test = __LG_TEST_BUILD__ ? ((stored[TEST_KEY] as TestGrant | undefined) ?? null) : null;
  const granted = test ? false : await browser.permissions.contains(SCREENSHOT_GRANT).catch(() => false);
  return { granted, asked: stored[ASKED_KEY] === true, test };
}

/** Call synchronously inside the click handler (user gesture). Resolves to whether it was granted. */
export function requestScreenshotGrant(state: GrantState): Promise<boolean> {
  const asked = state.test ? Promise.resolve(state.test.answer) : browser.permissions.request(SCREENSHOT_GRANT);
  return asked.catch(() => false).finally(() => void browser.storage.local.set({ [ASKED_KEY]: true }));
}

export async function markScreenshotAsked(): Promise<void> {
  await browser.storage.local.set({ [ASKED_KEY]: true });
}
