/**
 * `npm start`: build the extension, start the companion API on its embedded database, and open the
 * demo livestream room (or one of the seven sites' saved rooms) in Chromium with LiveGuard loaded.
 * `npm start -- --headless` (and any run without a display) watches the room, saves screenshots and
 * prints what LiveGuard shows, so it can be checked on a server. `npm start -- --help` lists options.
 * Product code only: nothing here imports the test suites.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PUBLIC_KEY } from '../server/src/seed/demo-key';
import { launchFlags, isSandboxFailure } from './lib/browser-launch';
import { startCompanionApi, type CompanionApi } from './lib/companion-api';
import { ensureBrowser } from './lib/ensure-browser';
import { currentHost } from './lib/host';
import { launcherChain, readProcess, watchProcesses } from './lib/launcher-watch';
import { newTiers, nextSteps, readShown, tierLine, type OverlayState, type Tier } from './lib/room-guide';
import { serveRoom } from './lib/serve-room';
import { helpText, parseStartArgs, StartUsageError, tierScreenshotPath, type StartOptions } from './lib/start-options';

const API_PORT = Number(process.env.PORT ?? 8787);
const API_URL = `http://127.0.0.1:${API_PORT}`;
// The demo build trusts the demo signing key (committed; the seeded server signs with it) and talks
// to the local API. It goes to its own folder so it never mixes with a release build in .output.
const OUT_DIR = '.output-demo';
const BUILT_FOR = join(OUT_DIR, 'built-for.json');

const log = (msg: string) => console.log(`[liveguard] ${msg}`);

// ---- one way out: whatever ends the demo closes the browser and the API and waits for both ----
let api: CompanionApi | null = null;
let context: BrowserContext | null = null;
let build: ChildProcess | null = null;
let userDataDir: string | null = null;
let stopping: Promise<void> | null = null;
function shutdown(code: number, why?: string): Promise<never> {
  if (!stopping) {
    if (why) log(why);
    stopping = (async () => {
      build?.kill('SIGTERM');
      await context?.close().catch(() => undefined);
      await api?.stop();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    })();
  }
  return stopping.then(() => process.exit(code));
}
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.on(sig, () => void shutdown(code, `${sig}: stopping`));
// npm passes SIGTERM only to its `sh -c`, which dies without passing it on: watch npm itself
watchProcesses(launcherChain(process.ppid, readProcess), (pid) => void shutdown(143, `the process that started this (pid ${pid}) is gone: stopping`));

function buildExtension(): Promise<void> {
  log('building the extension…');
  const wxt = resolve('node_modules/wxt/bin/wxt.mjs');
  build = spawn(process.execPath, [wxt, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, LG_OUT_DIR: OUT_DIR, WXT_LIVEGUARD_API_URL: API_URL, WXT_LIVEGUARD_BUNDLE_PUBKEY: DEMO_PUBLIC_KEY },
  });
  return new Promise((ok, fail) =>
    build!.once('exit', (code) => {
      build = null;
      if (code === 0) ok();
      else fail(new Error('build failed'));
    }),
  );
}

async function launch(opts: StartOptions, browserPath: string, isRoot: boolean): Promise<BrowserContext> {
  const extensionDir = resolve(OUT_DIR, 'chrome-mv3');
  // Chinese first; LG_UI_LANGUAGE=en for English (Linux reads LANGUAGE, macOS and Windows --lang)
  const uiLanguage = process.env.LG_UI_LANGUAGE ?? 'zh_CN';
  const lang = uiLanguage.replace('_', '-');
  const attempt = (noSandbox: boolean) => {
    const flags = launchFlags({ isRoot, extensionDir, noSandbox, lang });
    return chromium.launchPersistentContext(userDataDir!, {
      executablePath: browserPath,
      headless: opts.headless,
      chromiumSandbox: flags.chromiumSandbox,
      args: flags.args,
      // the window is the user's: no automation bar, and our own signal handling (shutdown above)
      ignoreDefaultArgs: ['--enable-automation'],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: opts.headless ? { width: 1280, height: 800 } : null,
      locale: lang,
      env: { ...process.env, LANGUAGE: uiLanguage },
    });
  };
  try {
    return await attempt(false);
  } catch (e) {
    if (isRoot || !isSandboxFailure(String(e))) throw e;
    log("Chromium's sandbox cannot start on this machine (no user namespaces?): starting it with --no-sandbox");
    return attempt(true);
  }
}

/** Sync once right away (a real install waits 30-60 s for its first alarm) so the demo shows server data. */
async function syncNow(ctx: BrowserContext, extensionId: string) {
  const options = await ctx.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('sync-now').click();
  const status = options.locator('[data-liveguard="sync-status"]');
  await status.and(options.locator('[data-status="ok"], [data-status="error"], [data-status="rejected"]')).waitFor({ timeout: 15_000 }).catch(() => undefined);
  log(`rules synced from the demo API: ${(await status.getAttribute('data-status')) ?? 'unknown'}, bundle version ${(await status.getAttribute('data-version')) ?? '?'}`);
  await options.close();
}

/**
 * The room's overlay as the toolbar popup reads it (`room:state`, lib/room/protocol.ts): asked of
 * the page's tab by the service worker, since the overlay's root is closed (issue 14).
 */
async function roomStateOf(page: Page): Promise<OverlayState | null> {
  const sw = page.context().serviceWorkers()[0];
  if (!sw) return null;
  const reply = (await sw
    .evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === url);
      return tab ? c.tabs.sendMessage(tab.id, { liveguard: 1, to: 'content', type: 'room:state', data: {} }).catch(() => null) : null;
    }, page.url())
    .catch(() => null)) as { ok: boolean; data?: OverlayState } | null;
  return reply?.ok && reply.data ? reply.data : null;
}

/** One terminal line per tier as it first shows (and its screenshot when headless), then what to try next. */
function guide(page: Page, opts: StartOptions, extensionId: string) {
  const announced = new Set<Tier>();
  const started = Date.now();
  let nextShown = false;
  const showNext = () => {
    if (nextShown) return;
    nextShown = true;
    for (const line of nextSteps(extensionId)) log(line);
  };
  let busy = false;
  const timer = setInterval(async () => {
    if (busy || page.isClosed()) return;
    busy = true;
    try {
      for (const { tier, first } of newTiers(await readShown(page, await roomStateOf(page)), announced)) {
        announced.add(tier);
        log(`${Math.round((Date.now() - started) / 1000)} s  ${tierLine(tier, first)}`);
        if (opts.headless) await page.screenshot({ path: tierScreenshotPath(resolve(opts.screenshot), tier) });
      }
      if (announced.has('critical') || Date.now() - started > 60_000) showNext();
    } catch {
      /* the page is navigating or closing */
    } finally {
      busy = false;
    }
  }, 1000);
  return () => clearInterval(timer);
}

async function main() {
  const host = currentHost();
  const opts = parseStartArgs(process.argv.slice(2), host);
  if (opts.help) {
    console.log(helpText());
    return;
  }
  const browser = ensureBrowser(host, { install: opts.install, log });
  log(`browser: ${browser.path}${host.isRoot ? ' (as root: without its sandbox, which Chromium refuses to run as root)' : ''}`);
  if (opts.headlessWhy === 'no display') log('no display: running headless (screenshots instead of a window)');
  if (opts.build) {
    await buildExtension();
    writeFileSync(BUILT_FOR, JSON.stringify({ apiUrl: API_URL }));
  } else {
    if (!existsSync(resolve(OUT_DIR, 'chrome-mv3', 'manifest.json'))) throw new Error(`--no-build: there is no earlier build in ${OUT_DIR}; run without --no-build once`);
    // the API's address is built into the extension: a build for another PORT cannot sync
    const builtFor = existsSync(BUILT_FOR) ? (JSON.parse(readFileSync(BUILT_FOR, 'utf8')) as { apiUrl?: string }).apiUrl : undefined;
    if (builtFor !== API_URL) log(`--no-build: the last build talks to ${builtFor ?? 'an unknown address'}, not ${API_URL}; rules and credit will not sync (build again, or use that PORT)`);
  }
  if (existsSync('server/src/main.ts')) api = await startCompanionApi({ port: API_PORT, log });
  userDataDir = mkdtempSync(join(tmpdir(), 'lg-demo-'));
  context = await launch(opts, browser.path, host.isRoot);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => null));
  if (!sw) throw new Error(`LiveGuard did not load in ${browser.path}${browser.branded ? ' (a branded Chrome/Edge ignores --load-extension)' : ''}`);
  const extensionId = new URL(sw.url()).host;
  const url = await serveRoom(context, opts.room);
  if (api) await syncNow(context, extensionId);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  log(`${opts.room === 'demo' ? 'demo room' : `${opts.room} room`} open at ${url}`);
  if (opts.room === 'demo') log('its first minute shows each tier in turn: a notice mark at once, a warning pop-up at ~12 s, the critical interstitial at ~26 s');
  const stopGuide = guide(page, opts, extensionId);
  if (!opts.headless) {
    log('close the browser window (or press Ctrl-C) to stop.');
    await new Promise<void>((r) => context!.on('close', () => r()));
    stopGuide();
    await shutdown(0);
    return;
  }
  await page.waitForTimeout(opts.seconds * 1000);
  stopGuide();
  const shot = resolve(opts.screenshot);
  mkdirSync(dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  const shown = (await readShown(page, await roomStateOf(page))).filter((s) => s.kind !== 'mark');
  // the UI host is in the page (its contents are not: the root is closed)
  const overlays = await page.locator('liveguard-overlay').count();
  log(`overlay mounted: ${overlays > 0 ? 'yes' : 'NO'}`);
  log(`the overlay shows ${shown.length} finding element(s):`);
  for (const s of shown) console.log(`  - ${s.severity} ${s.category} (${s.kind}): ${s.text}`);
  log(`screenshot saved to ${shot}`);
  await shutdown(overlays ? 0 : 1);
}

main().catch((e) => {
  if (stopping) return; // a signal is ending the run: the browser closing under main() is expected
  if (e instanceof StartUsageError) {
    console.error(`[liveguard] ${e.message}`);
    process.exit(2);
  }
  console.error(`[liveguard] ${e instanceof Error ? e.message : e}`);
  void shutdown(1);
});
