/**
 * Firefox harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot drive it; testing.md). Loads the BUILT Firefox extension and serves fixture pages at the
 * real sites' https URLs through request interception (Douyin/Twitch are HSTS-preloaded).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixturePath } from '../fixture-path';

/**
 * The behaviour tests run the TEST build (its UI root is open, so `pierce/` selectors reach the
 * overlay); the hostile-page test runs the RELEASE build, whose root is closed (issue 14).
 */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.LG_FIREFOX_EXTENSION_DIR ?? '.output-test/firefox-mv2');
export const FIREFOX_RELEASE_DIR = resolve(process.env.LG_FIREFOX_RELEASE_DIR ?? '.output/firefox-mv2');
/** Pinned moz-extension UUID so tests can open extension pages (testing.md). */
export const FIREFOX_EXTENSION_UUID = 'b7c2a1d4-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
export const FIREFOX_EXTENSION_ID = 'liveguard@liveguard.app';

export function firefoxPath(): string {
  const p = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(p)) throw new Error('Firefox not found. Install it with: sudo apt-get install -y firefox-esr  (or set FIREFOX_PATH)');
  return p;
}

/** `prefs`: extra Firefox prefs; `timeZone`: the zone the browser runs in (TZ). */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR, opts: { prefs?: Record<string, unknown>; timeZone?: string } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(opts.timeZone ? { env: { ...process.env, TZ: opts.timeZone } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      'intl.locale.requested': 'zh-CN',
      'intl.accept_languages': 'zh-CN, zh, en',
      ...opts.prefs,
    },
  });
  const before = (await browser.pages()).length;
  await browser.installExtension(extensionDir);
  if (opensWelcomeOnInstall(extensionDir)) await closeWelcome(browser, before);
  return browser;
}

/**
 * A release build opens its welcome page on install (entrypoints/background/first-run.ts); the
 * test build (which holds <all_urls>) never does. Close it before a spec starts, so it never takes
 * the foreground mid-test.
 */
function opensWelcomeOnInstall(extensionDir: string): boolean {
  const m = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
  return ![...(m.permissions ?? []), ...(m.host_permissions ?? [])].includes('<all_urls>');
}
// BiDi lists the moz-extension tab as about:blank here, so the welcome tab is the one the
// install added; if none comes within the time, nothing is closed.
async function closeWelcome(browser: Browser, before: number, timeoutMs = 15_000) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const pages = await browser.pages();
    if (pages.length > before) return pages[pages.length - 1]!.close();
  }
}

/** the same files as the Chromium harness's fixture() (sites/… are in demo/sites, see fixturePath there) */
export function fixture(relPath: string): string {
  return readFileSync(fixturePath(relPath), 'utf8');
}

/**
 * Route requests: `routes` maps a URL prefix to an HTML body; localhost passes through; anything
 * else gets a 404 (no test reaches the internet).
 */
export async function serveRoutes(page: Page, routes: Record<string, string>) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    const hit = Object.keys(routes).find((prefix) => url.startsWith(prefix));
    if (hit) return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: routes[hit] });
    if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || !/^https?:/.test(url)) return req.continue();
    return req.respond({ status: 404, body: '' });
  });
}

export function extensionPageUrl(path: string): string {
  return `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
}

/** moz-extension:// navigations never report "load" to BiDi here; a short, caught goto is the recipe. */
export async function gotoExtensionPage(page: Page, path: string) {
  await page.goto(extensionPageUrl(path), { timeout: 3000 }).catch(() => undefined);
}

/**
 * Open the complaint form in the room's tab the way the capture gestures do (background → content
 * script), from one of our own pages: the release build's root is closed to the test as well.
 */
export async function openComplaintFormFromExtension(browser: Browser, roomUrlPattern: string) {
  const ext = await browser.newPage();
  await gotoExtensionPage(ext, 'popup.html');
  await ext.evaluate(async (pattern) => {
    const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).browser;
    const [tab] = await b.tabs.query({ url: pattern });
    await b.tabs.sendMessage(tab!.id, { liveguard: 1, to: 'content', type: 'complaintOpenForm', data: { screenshot: false } });
  }, roomUrlPattern);
  await ext.close();
}

/**
 * The complaint form's frame in `page`, once it is there. BiDi may list an extension frame as
 * about:blank, so each child frame is asked for the form itself.
 */
export async function complaintFrame(page: Page, timeout = 10_000) {
  for (let waited = 0; waited < timeout; waited += 200) {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      if (await f.$('[data-liveguard="complaint-form"]').catch(() => null)) return f;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no complaint form frame; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
}

/**
 * Polls for a pierce/ selector: waitForSelector watches the document's mutations, and a change
 * inside the overlay's shadow root alone (the credit badge arriving) does not wake it.
 */
export async function waitPierce(page: Page, selector: string, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const el = await page.$(selector);
    if (el) return el;
    if (Date.now() > until) throw new Error(`timed out waiting for ${selector}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** serveRoutes() for fixture sites at their real origins (the credit sites), YouTube's chat frame included. */
export function siteRoutes(sites: Iterable<{ url: string; fixture: string }>): Record<string, string> {
  const r: Record<string, string> = { 'https://www.youtube.com/live_chat': fixture('sites/youtube-chat.html') };
  for (const s of sites) r[new URL(s.url).origin + '/'] = fixture(s.fixture);
  return r;
}
