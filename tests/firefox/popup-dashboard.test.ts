/**
 * Issue 18 item 2 in real Firefox (TEST build, .output-test/firefox-mv2): pause-this-room through
 * the background (Firefox's storage.session, which content scripts cannot reach) and the room's
 * `room:state`. The popup page, opened as a tab (puppeteer cannot open the toolbar popup), sends
 * what its pause button sends; the room is reloaded and its first-minute warning is listed but not
 * popped up while the critical interstitial still shows. The popup page in a tab of its own is
 * outside any room: it lists the supported sites from the descriptors.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { gotoExtensionPage, launchFirefox, serveRoutes } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';
import { SITE_DESCRIPTORS } from '../../lib/sites/descriptors/all';
import type { RoomState } from '../../lib/room/protocol';

let browser: Browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

type B = { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> }; runtime: { sendMessage(m: object): Promise<unknown> } } };

async function roomState(ext: Page): Promise<RoomState | null> {
  const r = (await ext.evaluate(async (url) => {
    const b = (globalThis as unknown as B).browser;
    const [tab] = await b.tabs.query({ url });
    return tab ? b.tabs.sendMessage(tab.id, { liveguard: 1, to: 'content', type: 'room:state', data: {} }).catch(() => null) : null;
  }, `${DEMO_ROOM_URL}*`)) as { ok?: boolean; data?: RoomState } | null;
  return r?.ok ? (r.data ?? null) : null;
}

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeout = 40_000): Promise<T> {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 300))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('Firefox: a paused room lists its warning without popping it up; the critical still shows; the popup page outside a room lists the sites', async () => {
  const room = await browser.newPage();
  await serveRoutes(room, { [DEMO_ROOM_URL]: demoRoomHtml() });
  await room.goto(`${DEMO_ROOM_URL}?interval=350`);
  const ext = await browser.newPage();
  await gotoExtensionPage(ext, 'popup.html');
  await until('the room to answer', () => roomState(ext));

  // what the popup's pause button sends (entrypoints/popup/room-client.ts)
  const reply = (await ext.evaluate(async (url) => {
    const b = (globalThis as unknown as B).browser;
    const [tab] = await b.tabs.query({ url });
    return b.runtime.sendMessage({ liveguard: 1, type: 'roomPause:set', data: { site: 'douyin', roomId: '880088000', pause: true, tabId: tab!.id } });
  }, `${DEMO_ROOM_URL}*`)) as { ok: boolean; data: { pausedUntil: number } };
  assert.ok(reply.ok && reply.data.pausedUntil > Date.now() + 55 * 60_000);

  await room.reload();
  const paused = await until('the critical interstitial', async () => {
    const s = await roomState(ext);
    return s?.interstitial === 'prohibited_goods' ? s : null;
  });
  assert.ok(paused.pausedUntil !== null, 'the reloaded room got its pause from the background');
  assert.ok(paused.findings.some((f) => f.category === 'off_platform' && f.severity === 'warning'), 'the warning was found and listed');
  const criticalCats = new Set(paused.findings.filter((f) => f.severity === 'critical').map((f) => f.category));
  assert.deepEqual(paused.popups.filter((c) => c !== 'minor_unsuitable' && !criticalCats.has(c)), [], 'no warning popped up');

  // the popup page in its own tab is outside any room
  await ext.bringToFront();
  const sites = await until('the supported sites', async () => {
    const ids = (await ext.evaluate(() => [...document.querySelectorAll('[data-liveguard="popup-sites"] li')].map((li) => li.getAttribute('data-site')))) as string[];
    return ids.length ? ids : null;
  });
  assert.deepEqual(sites, SITE_DESCRIPTORS.map((d) => d.id));
  await room.close();
  await ext.close();
});
