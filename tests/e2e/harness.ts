/**
 * Playwright harness for the BUILT extension (.output/chrome-mv3) in real Chromium.
 * Fixture pages are served at the real sites' URLs with context.route, so the manifest's real
 * match patterns decide where the content script runs (testing.md).
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path';
import { FIXTURES_DIR, fixturePath } from '../fixture-path';
import type { RoomState } from '../../lib/room/protocol';

/**
 * The RELEASE build: closed shadow roots, exactly what users get. The hostile-page and foundation
 * specs run it; they read the room through page marks, the host element and the `room:state`
 * message, never through the shadow root.
 */
export const RELEASE_EXTENSION_DIR = resolve(process.env.LG_RELEASE_EXTENSION_DIR ?? '.output/chrome-mv3');
/**
 * The behaviour specs run the TEST build (LIVEGUARD_TEST_BUILD=1, .output-test): the same code,
 * except that its UI root is open so Playwright locators can read and click inside the overlay
 * (they pierce open roots only, testing.md), and the test-only hooks below.
 */
export const EXTENSION_DIR = resolve(process.env.LG_EXTENSION_DIR ?? '.output-test/chrome-mv3');
export { FIXTURES_DIR, fixturePath };

/**
 * A release build (no <all_urls> in its manifest, unlike the test build: wxt.config.ts) opens its
 * welcome page on install (entrypoints/background/first-run.ts); a test build never does.
 */
export function opensWelcomeOnInstall(extDir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  return !(manifest.host_permissions ?? []).includes('<all_urls>');
}

/** The welcome tab the install opened, once it is there (it is opened as the service worker starts). */
export async function waitForWelcome(context: BrowserContext, timeoutMs = 20_000): Promise<Page> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const page = context.pages().find((p) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test(p.url()));
    if (page) return page;
  }
  throw new Error(`no welcome page opened on install; tabs: ${context.pages().map((p) => p.url()).join(', ')}`);
}

/**
 * `keepWelcome`: leave the install's welcome tab open (the welcome spec). Otherwise, for a release
 * build, wait for it and close it before the spec starts, so it never appears mid-test.
 */
export async function launchWithExtension(extDir = EXTENSION_DIR, opts: { keepWelcome?: boolean } = {}): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE
    env: { ...process.env, LANGUAGE: process.env.LG_UI_LANGUAGE ?? 'zh_CN' },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...CHROMIUM_ARGS],
  });
  if (!opts.keepWelcome && opensWelcomeOnInstall(extDir)) await (await waitForWelcome(context)).close();
  return { context, userDataDir };
}

/**
 * The TEST build (.output-test/chrome-mv3): it adds <all_urls>, standing in for the activeTab
 * grant a toolbar click, shortcut or menu gesture gives (Playwright cannot make those gestures).
 */
export const TEST_EXTENSION_DIR = resolve(process.env.LG_TEST_EXTENSION_DIR ?? '.output-test/chrome-mv3');
export async function launchTestBuild(userDataDir: string, opts: { lang?: 'zh-CN' | 'en'; timeZone?: string } = {}): Promise<BrowserContext> {
  const lang = opts.lang ?? 'zh-CN';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: lang,
    // the viewer's zone (issue 23): the whole browser runs in it, extension pages included
    ...(opts.timeZone ? { timezoneId: opts.timeZone } : {}),
    env: { ...process.env, LANGUAGE: lang === 'en' ? 'en_US' : 'zh_CN', ...(opts.timeZone ? { TZ: opts.timeZone } : {}) },
    args: [`--disable-extensions-except=${TEST_EXTENSION_DIR}`, `--load-extension=${TEST_EXTENSION_DIR}`, ...CHROMIUM_ARGS],
  });
  await blockUnrouted(context);
  return context;
}

/** Serve `body` (or a fixture file, see fixturePath) for every request matching `urlGlob`. */
export async function serve(context: BrowserContext, urlGlob: string, body: string) {
  await context.route(urlGlob, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}
export function fixture(relPath: string): string {
  return readFileSync(fixturePath(relPath), 'utf8');
}


/** Block every other network request: tests never reach the internet (there is none here). */
export async function blockUnrouted(context: BrowserContext, allow: RegExp[] = []) {
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (allow.some((re) => re.test(url))) return route.fallback();
    return route.fulfill({ status: 404, body: '' });
  });
}

type Fixtures = { extensionDir: string; context: BrowserContext; serviceWorker: Worker; extensionId: string; page: Page };
type WorkerFixtures = { shareBrowser: boolean; sharedBrowser: { context: BrowserContext; userDataDir: string } | null };

const LOOPBACK = [/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/];

/**
 * `test.use({ shareBrowser: true })`: the file's tests share one browser (one profile, one extension
 * start) per worker instead of launching their own: launching Chromium with the extension costs
 * 2-7 s a test on this machine (issue 13, CI time). Each test still gets a fresh tab (every other
 * tab is closed) and fresh routes (the last test's are removed); what the extension stored stays.
 * So only files whose tests read nothing the others write use it: page specs that serve a room and
 * look at the overlay. A failed test ends its worker, so the next one starts a clean browser.
 * Tests that ask for another extensionDir launch their own as before.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  shareBrowser: [false, { option: true, scope: 'worker' }],
  sharedBrowser: [
    async ({ shareBrowser }, use) => {
      if (!shareBrowser) return use(null);
      const launched = await launchWithExtension(EXTENSION_DIR);
      await use(launched);
      await launched.context.close();
      rmSync(launched.userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extensionDir: [EXTENSION_DIR, { option: true }],
  context: async ({ extensionDir, sharedBrowser }, use) => {
    if (sharedBrowser && extensionDir === EXTENSION_DIR) {
      const { context } = sharedBrowser;
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await blockUnrouted(context, LOOPBACK);
      const fresh = await context.newPage();
      for (const p of context.pages()) if (p !== fresh) await p.close();
      await use(context);
      return;
    }
    const { context, userDataDir } = await launchWithExtension(extensionDir);
    await blockUnrouted(context, LOOPBACK);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});
export const expect = test.expect;

/** The room as the toolbar popup sees it (`room:state`), asked of the tab's content script from the service worker. */
export async function roomStateOf(sw: Worker, urlPattern: string): Promise<RoomState | null> {
  const reply = await sw.evaluate(async (pattern) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ url: pattern });
    if (!tab) return null;
    return c.tabs.sendMessage(tab.id, { liveguard: 1, to: 'content', type: 'room:state', data: {} }).catch(() => null);
  }, urlPattern);
  const r = reply as { ok?: boolean; data?: RoomState } | null;
  return r?.ok ? (r.data ?? null) : null;
}
