// @vitest-environment happy-dom
// R-MINOR-10/12: the content-side guard against the REAL background handlers and storage
// (WXT's fakeBrowser stands in for extension APIs; messages go through onMessage.trigger because
// fakeBrowser.runtime.sendMessage ignores promise listeners, testing.md). DOM: happy-dom.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { registerProtection } from '@/lib/protection/background';
import { resetProtectionDbForTests } from '@/lib/db/protection-state';
import { forgetCachedState } from '@/lib/protection/store';
import { startProtection, type Send } from '@/entrypoints/live.content/features/protection/guard';
import { GATED_CLASS } from '@/entrypoints/live.content/features/protection/page-style';
import { parsePinFrameHash, PIN_FRAME_DONE } from '@/lib/protection/pin-frame';
import { buildLocaleMessages } from '@/lib/locales-build';
import { render } from 'preact';
import { createOverlayStore, type OverlayStore } from '@/lib/overlay/store';
import { callBackgroundRaw } from '../background-call';

// fakeBrowser has no i18n.getMessage: serve the real built English messages.
const EN = buildLocaleMessages('locales').en;

const now = Date.parse('2026-11-22T15:00:00+08:00');
const clock = { now: () => now, timeZone: () => 'Asia/Shanghai' };
const CONTENT = { id: 'x', tab: { id: 3, url: 'https://live.douyin.com/880088000' }, url: 'https://live.douyin.com/880088000' };

const raw = callBackgroundRaw;
const sendFromContent: Send = (type, data) => raw(type, data, { ...CONTENT, id: fakeBrowser.runtime.id }) as never;
const sendFromOptions = (type: string, data: unknown) => raw(type, data, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

const FRAME = 'chrome-extension://test/protection-pin.html';
const ROOM = { site: 'douyin' as const, roomId: '880088000', host: () => ({ name: '严选好物小美', id: 'MS4wLjABAAAA_liveguard_demo_host' }), tippingSelectors: ['#GiftTrayLayout'], buySelectors: ['.goods-buy'] };
let ac: AbortController;
// The guard renders as a layer of the room's one UI host; here the layers render into a plain div.
let store: OverlayStore;
let mount: HTMLElement;
const Layers = () => <>{store.layers.value.map(({ id, Component }) => <Component key={id} />)}</>;

beforeEach(async () => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetProtectionDbForTests();
  forgetCachedState();
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((k: string, s?: string | string[]) => (EN[k]?.message ?? '').replace(/\$(\d)/g, (_m, d: string) => [s].flat()[Number(d) - 1] ?? '')) as typeof fakeBrowser.i18n.getMessage;
  registerProtection(clock, { heartbeat: false });
  document.body.replaceChildren();
  const tray = document.createElement('div');
  tray.id = 'GiftTrayLayout';
  const buy = document.createElement('button');
  buy.className = 'goods-buy';
  const video = document.createElement('video');
  document.body.append(tray, buy, video);
  ac = new AbortController();
  store = createOverlayStore();
  mount = document.createElement('div');
  document.documentElement.append(mount);
  render(<Layers />, mount);
  await sendFromOptions('protection:setPin', { newPin: '482148' });
  await sendFromOptions('protection:update', { pin: '482148', patch: { enabled: true, curfew: { enabled: false } } });
});
afterEach(() => {
  ac.abort();
  render(null, mount);
  mount.remove();
});

const layer = () => mount;
const pageCss = () => document.querySelector('style[data-liveguard="protection-style"]')!.textContent ?? '';

describe('content guard', () => {
  it('hides tipping at once, gates unsuitable content, and a PIN at the gate opens it', async () => {
    const guard = startProtection(ROOM, ac.signal, sendFromContent, { now: clock.now, pinFrameUrl: FRAME, overlay: store });
    await vi.waitFor(() => expect(pageCss()).toContain('#GiftTrayLayout { display: none !important; }'));
    expect(pageCss()).not.toContain('.goods-buy');
    await vi.waitFor(() => expect(layer().querySelector('[data-liveguard="protection-countdown"]')?.textContent).toBe('Left today: 40:00'));
    expect(document.documentElement.classList.contains(GATED_CLASS)).toBe(false);

    guard.setCategories(['minor_unsuitable']);
    await vi.waitFor(() => expect(layer().querySelector('[data-liveguard="protection-gate"]')?.getAttribute('data-gate')).toBe('content'));
    expect(document.documentElement.classList.contains(GATED_CLASS)).toBe(true);
    expect(pageCss()).toContain('.goods-buy { display: none !important; }');

    // The PIN is typed in the extension's frame, which sends it to the background itself (from an
    // extension page: a content script may not) and then posts "check again" to the page.
    const src = layer().querySelector('iframe[data-liveguard="pin-frame"]')!.getAttribute('src')!;
    expect(src.startsWith(FRAME + '#')).toBe(true);
    const frameCtx = parsePinFrameHash(new URL(src).hash)!;
    expect(frameCtx).toMatchObject({ gate: 'content', site: 'douyin', roomId: '880088000', contentKey: 'douyin:880088000' });
    expect(layer().querySelector('input')).toBeNull();
    const frameSender = { id: fakeBrowser.runtime.id, tab: { id: 3, url: 'https://live.douyin.com/880088000' }, url: FRAME.replace('chrome-extension://test/', fakeBrowser.runtime.getURL('/')) };
    await expect(sendFromContent('protection:unlock', { ...frameCtx, pin: '482148' })).rejects.toThrow(/not allowed/);
    expect(await raw('protection:unlock', { ...frameCtx, pin: '000000' }, frameSender)).toMatchObject({ ok: false, error: 'wrong PIN' });
    window.postMessage({ liveguard: PIN_FRAME_DONE }, '*');
    await new Promise((r) => setTimeout(r, 300));
    expect(layer().querySelector('[data-liveguard="protection-gate"]')).not.toBeNull();
    expect(await raw('protection:unlock', { ...frameCtx, pin: '482148' }, frameSender)).toMatchObject({ ok: true });
    window.postMessage({ liveguard: PIN_FRAME_DONE }, '*');
    await vi.waitFor(() => expect(layer().querySelector('[data-liveguard="protection-gate"]')).toBeNull());
    expect(document.documentElement.classList.contains(GATED_CLASS)).toBe(false);
    expect(pageCss()).toContain('.goods-buy'); // buy buttons of unsuitable goods stay hidden after a pass

    const { log } = (await sendFromOptions('protection:getLog', {})) as { log: Array<{ kind: string }> };
    expect(log.map((e) => e.kind).slice(-4)).toEqual(['gate-shown', 'pin-fail', 'pin-ok', 'gate-unlocked']);
  });

  it('pauses playing media behind a gate and keeps it paused when the site plays it again', async () => {
    const video = document.querySelector('video')!;
    let playing = true;
    Object.defineProperty(video, 'paused', { get: () => !playing });
    const pause = vi.spyOn(video, 'pause').mockImplementation(() => void (playing = false));
    const guard = startProtection(ROOM, ac.signal, sendFromContent, { now: clock.now, pinFrameUrl: FRAME, overlay: store });
    await vi.waitFor(() => expect(pageCss()).toContain('#GiftTrayLayout'));
    expect(pause).not.toHaveBeenCalled(); // no gate, no pause
    guard.setCategories(['minor_unsuitable']);
    await vi.waitFor(() => expect(pause).toHaveBeenCalledTimes(1));
    playing = true; // the site's player starts again
    video.dispatchEvent(new Event('play'));
    expect(pause).toHaveBeenCalledTimes(2);
  });

  // (the layer's host is the room's UI host, which keeps itself: tests/dom/keep-host.test.ts)
  it('puts its stylesheet and the gate class back when the page removes them', async () => {
    const guard = startProtection(ROOM, ac.signal, sendFromContent, { now: clock.now, pinFrameUrl: FRAME, overlay: store });
    guard.setCategories(['prohibited_goods']);
    await vi.waitFor(() => expect(layer().querySelector('[data-liveguard="protection-gate"]')).not.toBeNull());
    document.querySelector('style[data-liveguard="protection-style"]')!.remove();
    document.documentElement.classList.remove(GATED_CLASS);
    await vi.waitFor(() => {
      expect(document.querySelector('style[data-liveguard="protection-style"]')).not.toBeNull();
      expect(document.documentElement.classList.contains(GATED_CLASS)).toBe(true);
    });
  });

  it('records a "host looks under 16" report with room and host identity, locally (R-MINOR-12)', async () => {
    startProtection(ROOM, ac.signal, sendFromContent, { now: clock.now, pinFrameUrl: FRAME, overlay: store });
    const button = () => layer().querySelector('[data-liveguard="report-minor-host"]') as HTMLButtonElement;
    await vi.waitFor(() => expect(button()).not.toBeNull());
    button().click();
    await vi.waitFor(() => expect(button().disabled).toBe(true));
    const { reports } = (await sendFromOptions('protection:getLog', {})) as { reports: Array<Record<string, unknown>> };
    expect(reports).toEqual([expect.objectContaining({ site: 'douyin', roomId: '880088000', hostName: '严选好物小美', hostId: 'MS4wLjABAAAA_liveguard_demo_host', at: now })]);
  });

  it('removes everything it added when its signal aborts', async () => {
    startProtection(ROOM, ac.signal, sendFromContent, { now: clock.now, pinFrameUrl: FRAME, overlay: store });
    await vi.waitFor(() => expect(pageCss()).toContain('#GiftTrayLayout'));
    ac.abort();
    expect(store.layers.value.map((l) => l.id)).not.toContain('protection');
    await vi.waitFor(() => expect(mount.querySelector('[data-liveguard="report-minor-host"]')).toBeNull());
    expect(document.querySelector('style[data-liveguard="protection-style"]')).toBeNull();
  });
});
