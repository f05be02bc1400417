// Issue 14 in real Chromium with the RELEASE build: a hostile page script (tests/fixtures/hostile-page.js)
// tries to read the overlay, click its buttons, remove, hide and cover it. It reads nothing, clicks
// nothing, and the overlay is back within 1 s every time. The room's state is read the way the
// popup reads it (`room:state`), never through the shadow root.
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { blockUnrouted, launchWithExtension, RELEASE_EXTENSION_DIR, EXTENSION_DIR, roomStateOf, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

const HOSTILE = resolve('tests/fixtures/hostile-page.js');

async function openHostileRoom(extDir: string) {
  const { context, userDataDir } = await launchWithExtension(extDir);
  await blockUnrouted(context, []);
  await context.addInitScript({ path: HOSTILE });
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${DEMO_ROOM_URL}?interval=150`);
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, sw, page, close };
}

const hostile = <T>(page: Page, fn: string) => page.evaluate(`window.__hostile.${fn}`) as Promise<T>;

async function waitForInterstitial(sw: Worker) {
  await expect.poll(async () => (await roomStateOf(sw, 'https://live.douyin.com/*'))?.interstitial ?? null, { timeout: 25_000 }).toBe('prohibited_goods');
}

base('release build: the page reads nothing, clicks nothing, and cannot remove, hide or cover the overlay', async () => {
  const { sw, page, close } = await openHostileRoom(RELEASE_EXTENSION_DIR);
  try {
    await waitForInterstitial(sw);
    // read: no shadow root, no text, no rule ids anywhere the page can look
    expect(await hostile(page, 'read()')).toEqual({ hostFound: true, shadowRoot: false, hostText: '', pageShowsRuleIds: false, shadowCalls: 0 });

    // click: synthetic clicks and keys at the host, the centre of the screen, the document
    expect(await hostile<number>(page, 'clickEverything()')).toBeGreaterThan(20);
    await page.waitForTimeout(500);
    const afterClicks = await roomStateOf(sw, 'https://live.douyin.com/*');
    expect(afterClicks?.interstitial).toBe('prohibited_goods');

    // remove, hide, cover: back within 1 s each time, with the same state (the interstitial still up)
    const names = Object.keys(await page.evaluate('window.__hostile.attacks') as object);
    const times: Record<string, number> = {};
    for (const name of names) {
      times[name] = await hostile<number>(page, `attack(${JSON.stringify(name)})`);
      expect(times[name], `${name}: back within 1 s`).toBeGreaterThanOrEqual(0);
      expect(times[name], `${name}: back within 1 s`).toBeLessThanOrEqual(1000);
    }
    console.log('hostile page → overlay back after (ms):', JSON.stringify(times));
    const state = await roomStateOf(sw, 'https://live.douyin.com/*');
    expect(state?.interstitial).toBe('prohibited_goods');
    expect(state?.ui.attached).toBe(true);
    expect(state?.ui.repairs).toBeGreaterThan(0);
    // and still nothing to read
    expect(await hostile(page, 'read()')).toMatchObject({ shadowRoot: false, hostText: '', pageShowsRuleIds: false });
    // a real (trusted) click at the centre still reaches our UI through the page's cover
    expect(await hostile<boolean>(page, 'visible()')).toBe(true);
  } finally {
    await close();
  }
});

base('release build: the complaint form is an extension frame; the page logs none of the keys typed into it and reads no value', async () => {
  const { sw, page, close } = await openHostileRoom(RELEASE_EXTENSION_DIR);
  try {
    await waitForInterstitial(sw);
    // open the form the way the capture gestures do (background → content script)
    await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://live.douyin.com/*' });
      await c.tabs.sendMessage(tab!.id, { liveguard: 1, to: 'content', type: 'complaintOpenForm', data: { screenshot: false } });
    });
    await expect.poll(() => page.frames().some((f) => f.url().includes('/complaint-form.html#'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/complaint-form.html#'))!;
    // the page cannot probe for LiveGuard through the framed pages' fixed URLs (use_dynamic_url)
    const probe = await page.evaluate(async (id) => {
      const out: Record<string, string> = {};
      for (const path of ['protection-pin.html', 'complaint-form.html', 'content-scripts/live.css']) {
        out[path] = await fetch(`chrome-extension://${id}/${path}`).then((r) => `status ${r.status}`, () => 'blocked');
      }
      return out;
    }, new URL(sw.url()).host);
    expect(probe).toEqual({ 'protection-pin.html': 'blocked', 'complaint-form.html': 'blocked', 'content-scripts/live.css': 'blocked' });
    const secret = '13800138000 北京市朝阳区幸福路8号';
    await frame.locator('[data-liveguard="complaint-form"] textarea[name="facts"]').pressSequentially(secret);
    await expect(frame.locator('textarea[name="facts"]')).toHaveValue(secret);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __hostile: { log: { keys: string[]; values: string[] } } };
      let frameRead = 'blocked';
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frameRead = String(window.frames[i]!.document.body.innerText);
        } catch {
          /* cross-origin: what we want */
        }
      }
      return { keys: w.__hostile.log.keys.join(''), values: w.__hostile.log.values.join(''), frameRead, frames: window.frames.length };
    });
    // a frame inside a closed root is not even in window.frames here; any frame it can list is cross-origin
    expect(seen.frameRead).toBe('blocked');
    for (const ch of ['1', '3', '8', '北', '幸']) {
      expect(seen.keys).not.toContain(ch);
      expect(seen.values).not.toContain(ch);
    }
    // and the same keys typed into a field of the page itself are seen by it: the logger works
    await page.evaluate(() => {
      const i = document.createElement('input');
      i.id = 'page-own-field';
      document.body.append(i);
    });
    await page.locator('#page-own-field').pressSequentially('138');
    const control = await page.evaluate(() => (window as unknown as { __hostile: { log: { keys: string[]; values: string[] } } }).__hostile.log);
    for (const ch of ['1', '3', '8']) expect(control.keys.join('')).toContain(ch);
    expect(control.values).toContain('138');
  } finally {
    await close();
  }
});

base('even where the page can reach our elements (the TEST build\'s open root), its synthetic clicks and keys do nothing', async () => {
  const { sw, page, close } = await openHostileRoom(EXTENSION_DIR);
  try {
    await waitForInterstitial(sw);
    expect(await hostile<number>(page, 'clickInside()')).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    expect((await roomStateOf(sw, 'https://live.douyin.com/*'))?.interstitial).toBe('prohibited_goods');
    // the viewer's keys on our UI stop at our root: the page's own bubbling key handlers (hotkeys) see none
    await page.evaluate(() => {
      const w = window as unknown as { __bubbled: string[] };
      w.__bubbled = [];
      document.addEventListener('keydown', (e) => w.__bubbled.push(e.key));
    });
    await page.locator('[data-liveguard="overlay"] .lg-interstitial [data-liveguard-action="continue"]').focus();
    await page.keyboard.press('k');
    await page.keyboard.press('m');
    const bubbled = () => page.evaluate(() => (window as unknown as { __bubbled: string[] }).__bubbled);
    expect(await bubbled()).toEqual([]);
    // control: the same key pressed on the page itself reaches that handler
    await page.evaluate(() => {
      const i = document.createElement('input');
      document.body.append(i);
      i.focus();
    });
    await page.keyboard.press('k');
    expect(await bubbled()).toEqual(['k']);
    // a trusted click does act: the same button, clicked by the user
    await page.locator('[data-liveguard="overlay"] .lg-interstitial [data-liveguard-action="continue"]').click();
    await expect.poll(async () => (await roomStateOf(sw, 'https://live.douyin.com/*'))?.interstitial ?? null).toBeNull();
  } finally {
    await close();
  }
});
