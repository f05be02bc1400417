// Issue 18 item 2 through the real message handler and WXT's storage item (WXT's fakeBrowser stands
// in for browser.storage.session and tabs, which cannot run in Node). Fake clock: an injected `now`.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRoomPause } from '@/lib/room-pause/background';
import { ROOM_PAUSE_MS } from '@/lib/overlay/room-pause';
import { MAX_PAUSED_ROOMS, livePauses } from '@/lib/room-pause/schema';
import { callBackground, contentScript, extensionPage } from '../../background-call';

const T0 = Date.UTC(2026, 11, 7, 12, 0, 0);
let now = T0;
const CONTENT = () => contentScript();
const POPUP = () => extensionPage('/popup.html');

const call = callBackground;

beforeEach(() => {
  fakeBrowser.reset();
  now = T0;
  registerRoomPause({ now: () => now });
});

describe('pause this room (background)', () => {
  it('keeps the pause in session storage for an hour, for that room only', async () => {
    expect(await call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: true }, POPUP())).toEqual({ pausedUntil: T0 + ROOM_PAUSE_MS });
    expect(await fakeBrowser.storage.session.get('roomPauses')).toEqual({ roomPauses: { 'douyin:880088000': T0 + ROOM_PAUSE_MS } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({}); // nothing where content scripts can read
    expect(await call('roomPause:get', { site: 'douyin', roomId: '880088000' }, CONTENT())).toEqual({ pausedUntil: T0 + ROOM_PAUSE_MS });
    expect(await call('roomPause:get', { site: 'douyin', roomId: '990099000' }, CONTENT())).toEqual({ pausedUntil: null });
    expect(await call('roomPause:get', { site: 'kuaishou', roomId: '880088000' }, CONTENT())).toEqual({ pausedUntil: null });
    now = T0 + ROOM_PAUSE_MS; // the hour is over
    expect(await call('roomPause:get', { site: 'douyin', roomId: '880088000' }, CONTENT())).toEqual({ pausedUntil: null });
  });

  it('resume lifts it at once', async () => {
    await call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: true }, POPUP());
    now += 60_000;
    expect(await call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: false }, POPUP())).toEqual({ pausedUntil: null });
    expect(await call('roomPause:get', { site: 'douyin', roomId: '880088000' }, CONTENT())).toEqual({ pausedUntil: null });
  });

  it('a content script (next to the page) cannot set or lift a pause', async () => {
    await expect(call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: true }, CONTENT())).rejects.toThrow(/not allowed/);
    await call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: true }, POPUP());
    await expect(call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: false }, CONTENT())).rejects.toThrow(/not allowed/);
  });

  it('tells the room tab when a tab is given', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, msg: unknown) => {
      sent.push({ tabId, msg });
      return { ok: true, data: { pausedUntil: T0 + ROOM_PAUSE_MS } };
    }) as typeof fakeBrowser.tabs.sendMessage;
    await call('roomPause:set', { site: 'douyin', roomId: '880088000', pause: true, tabId: 7 }, POPUP());
    expect(sent).toEqual([{ tabId: 7, msg: { liveguard: 1, to: 'content', type: 'room:pause', data: { site: 'douyin', roomId: '880088000', until: T0 + ROOM_PAUSE_MS } } }]);
  });

  it('a stored value of the wrong shape reads as no pauses', async () => {
    await fakeBrowser.storage.session.set({ roomPauses: 'nonsense' });
    expect(await call('roomPause:get', { site: 'douyin', roomId: '880088000' }, CONTENT())).toEqual({ pausedUntil: null });
  });

  it('remembers at most MAX_PAUSED_ROOMS live pauses, dropping ended ones', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_PAUSED_ROOMS + 10 }, (_, i) => [`douyin:${i}`, T0 + i + 1]));
    const kept = livePauses({ ...many, 'douyin:old': T0 - 1 }, T0);
    expect(Object.keys(kept)).toHaveLength(MAX_PAUSED_ROOMS);
    expect(kept['douyin:old']).toBeUndefined();
    expect(kept[`douyin:${MAX_PAUSED_ROOMS + 9}`]).toBe(T0 + MAX_PAUSED_ROOMS + 10);
  });
});
