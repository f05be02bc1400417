// Issue 17 in real Chromium with the built extension: in every site's redesigned room (no hook
// left that the selectors know) the chat is still read and the first lure appended after load is
// marked on its row within FIRST_WARNING_TARGET_MS; on pages whose only growing list is a feed, a
// gift ticker or a danmaku layer, nothing is taken for the chat and nothing is marked.
import type { Frame, Page } from '@playwright/test';
import { test, expect, serve, fixture } from './harness';
import { FIRST_WARNING_TARGET_MS, LURE_STATE, NON_CHAT_PAGES, NON_CHAT_STATE, NON_CHAT_URL, NON_CHAT_WATCH_MS, REDESIGNED_ROOMS, type LureState, type NonChatState } from './redesigned-rooms';

// one browser for the file's tests (harness.ts, shareBrowser): each serves its own room and reads only its tab
test.use({ shareBrowser: true });

async function chatFrameOf(page: Page, chatFrame?: RegExp): Promise<Frame> {
  if (!chatFrame) return page.mainFrame();
  await expect.poll(() => page.frames().some((f) => chatFrame.test(f.url()))).toBe(true);
  return page.frames().find((f) => chatFrame.test(f.url()))!;
}

for (const room of REDESIGNED_ROOMS) {
  test(`${room.site}: redesigned room, the chat is found by shape and the first lure marked within ${FIRST_WARNING_TARGET_MS / 1000} s`, async ({ context, page }) => {
    for (const [prefix, file] of Object.entries(room.pages)) await serve(context, `${prefix}**`, fixture(`sites/${file}`));
    await page.goto(room.url);
    const frame = await chatFrameOf(page, room.chatFrame);
    let state: LureState | null = null;
    await expect.poll(async () => (state = (await frame.evaluate(LURE_STATE)) as LureState | null)?.marked, { timeout: 20_000 }).toBe(true);
    const s = state as unknown as LureState;
    console.log(`${room.site}: first lure marked ${Math.round(s.ms!)} ms after its insertion`);
    expect(s.category).toBe('off_platform');
    expect(s.fallbackList).toBe(true);
    expect(s.ms!).toBeLessThanOrEqual(FIRST_WARNING_TARGET_MS);
    // the rows that were on the page before the finder took the list are read too (their critical lure)
    await expect(frame.locator(`[data-liveguard-mark="${room.critical.category}"]`).first()).toBeAttached();
  });
}

for (const file of NON_CHAT_PAGES) {
  test(`${file}: a growing non-chat list is not taken for the chat`, async ({ context, page }) => {
    await serve(context, 'https://live.douyin.com/**', fixture(`sites/${file}`));
    await page.goto(NON_CHAT_URL);
    await page.waitForTimeout(NON_CHAT_WATCH_MS);
    const s = (await page.evaluate(NON_CHAT_STATE)) as NonChatState;
    expect(s.grew).toBe(true);
    expect(s.running).toBe(true);
    expect(s.chatLists).toBe(0);
    expect(s.marks).toEqual([]);
  });
}
