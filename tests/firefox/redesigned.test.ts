// Issue 17 in real Firefox (firefox-esr, release MV2 build): every site's redesigned room still has
// its chat read (found by shape) and the first appended lure marked on its row within the target;
// the non-chat pages (feed, gift ticker, danmaku layer) get no chat list and no mark. Page marks
// only, no shadow root (tests/e2e/redesigned-rooms.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Frame } from 'puppeteer-core';
import { fixture, launchFirefox, serveRoutes } from './harness';
import { FIRST_WARNING_TARGET_MS, LURE_STATE, NON_CHAT_PAGES, NON_CHAT_STATE, NON_CHAT_URL, NON_CHAT_WATCH_MS, REDESIGNED_ROOMS, type LureState, type NonChatState } from '../e2e/redesigned-rooms';

let browser: Browser;
before(async () => { browser = await launchFirefox(); });
after(async () => { await browser?.close(); });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const room of REDESIGNED_ROOMS) {
  test(`Firefox ${room.site}: redesigned room, first lure marked within ${FIRST_WARNING_TARGET_MS / 1000} s`, async () => {
    const page = await browser.newPage();
    await serveRoutes(page, Object.fromEntries(Object.entries(room.pages).map(([prefix, file]) => [prefix, fixture(`sites/${file}`)])));
    await page.goto(room.url);
    let frame: Frame = page.mainFrame();
    const end = Date.now() + 20_000;
    let state: LureState | null = null;
    while (Date.now() < end) {
      if (room.chatFrame) frame = page.frames().find((f) => room.chatFrame!.test(f.url())) ?? frame;
      state = (await frame.evaluate(LURE_STATE).catch(() => null)) as LureState | null;
      if (state?.marked) break;
      await sleep(150);
    }
    assert.ok(state?.marked, `the lure row was marked; last state ${JSON.stringify(state)}`);
    console.log(`Firefox ${room.site}: first lure marked ${Math.round(state.ms!)} ms after its insertion`);
    assert.equal(state.category, 'off_platform');
    assert.equal(state.fallbackList, true);
    assert.ok(state.ms! <= FIRST_WARNING_TARGET_MS, `${state.ms} ms`);
    const critical = await frame.evaluate((c) => document.querySelectorAll(`[data-liveguard-mark="${c}"]`).length, room.critical.category);
    assert.ok(critical >= 1, 'the critical lure already on the page was read too');
    await page.close();
  });
}

for (const file of NON_CHAT_PAGES) {
  test(`Firefox ${file}: a growing non-chat list is not taken for the chat`, async () => {
    const page = await browser.newPage();
    await serveRoutes(page, { 'https://live.douyin.com/': fixture(`sites/${file}`) });
    await page.goto(NON_CHAT_URL);
    await sleep(NON_CHAT_WATCH_MS);
    const s = (await page.evaluate(NON_CHAT_STATE)) as NonChatState;
    assert.deepEqual(s, { chatLists: 0, marks: [], grew: true, running: true });
    await page.close();
  });
}
