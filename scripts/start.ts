/**
 * `npm start`: build the extension, start the companion API (when present) on its embedded
 * database, and open the demo livestream room in Chromium with the extension loaded.
 * `npm start -- --headless` (or no display) runs headless, saves a screenshot of the room with the
 * overlay and prints what the overlay shows, so it can be checked on a server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser-path';
import { DEMO_ROOM_URL, demoRoomHtml } from '../demo/room';
import { DEMO_PUBLIC_KEY } from '../server/src/seed/demo-key';

const API_PORT = Number(process.env.PORT ?? 8787);
const API_URL = `http://127.0.0.1:${API_PORT}`;
// The demo build trusts the demo signing key (committed; the seeded server signs with it) and talks
// to the local API. It goes to its own folder so it never mixes with a release build in .output.
const OUT_DIR = '.output-demo';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 15);
const shotPath = resolve(args.find((a) => a.startsWith('--screenshot='))?.split('=')[1] ?? 'liveguard-demo.png');

function log(msg: string) {
  console.log(`[liveguard] ${msg}`);
}

async function startServer(): Promise<ChildProcess | null> {
  if (!existsSync('server/src/main.ts')) return null;
  if (await fetch(`${API_URL}/healthz`).then((r) => r.ok, () => false))
    throw new Error(`port ${API_PORT} is already serving something: stop it or run with PORT=<free port>`);
  log(`starting the companion API on ${API_URL} (embedded database, demo data)…`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PORT: String(API_PORT), LIVEGUARD_SEED_DEMO: '1' },
  });
  // Never leave the API running behind us: an orphan would hold the port for the next start.
  process.on('exit', () => child.kill());
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, () => process.exit(130));
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? 1));
  // PGlite's first start (WASM, migrations, demo seed) takes ~2 s idle but >20 s on a busy 2-core box.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the companion API exited (code ${exited}) before it came up`);
    try {
      const r = await fetch(`${API_URL}/healthz`);
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`the companion API did not come up on port ${API_PORT} within 90 s`);
}

/** Sync once right away (a real install waits 30-60 s for its first alarm) so the demo shows server data. */
async function syncNow(context: import('@playwright/test').BrowserContext) {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
  await options.getByTestId('sync-now').click();
  const status = options.locator('[data-liveguard="sync-status"]');
  await status.and(options.locator('[data-status="ok"], [data-status="error"], [data-status="rejected"]')).waitFor({ timeout: 15_000 }).catch(() => undefined);
  log(`rules synced from the demo API: ${(await status.getAttribute('data-status')) ?? 'unknown'}, bundle version ${(await status.getAttribute('data-version')) ?? '?'}`);
  await options.close();
}

async function main() {
  log('building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, LG_OUT_DIR: OUT_DIR, WXT_LIVEGUARD_API_URL: API_URL, WXT_LIVEGUARD_BUNDLE_PUBKEY: DEMO_PUBLIC_KEY },
  });
  if (build.status !== 0) throw new Error('build failed');
  const server = await startServer();
  const extDir = resolve(OUT_DIR, 'chrome-mv3');
  const userDataDir = mkdtempSync(join(tmpdir(), 'lg-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE
    env: { ...process.env, LANGUAGE: process.env.LG_UI_LANGUAGE ?? 'zh_CN' },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...CHROMIUM_ARGS],
  });
  // The demo room is served at the real Douyin URL so the extension's real match patterns apply.
  await context.route(`${DEMO_ROOM_URL}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: demoRoomHtml() }));
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
    route.request().url().startsWith(DEMO_ROOM_URL) ? route.fallback() : route.fulfill({ status: 404, body: '' }),
  );
  if (server) await syncNow(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_ROOM_URL);
  log(`demo room open at ${DEMO_ROOM_URL}`);
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    server?.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!headless) {
    log('close the browser window (or press Ctrl-C) to stop.');
    await new Promise<void>((r) => context.on('close', () => r()));
    await cleanup();
    return;
  }
  await page.waitForTimeout(seconds * 1000);
  await page.screenshot({ path: shotPath });
  // The overlay's root is closed to page scripts and to Playwright alike: ask the room the way the
  // toolbar popup does (`room:state`, lib/room/protocol.ts).
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const state = (await sw.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ url: `${url}*` });
    return tab ? c.tabs.sendMessage(tab.id, { liveguard: 1, type: 'room:state', data: {} }).catch(() => null) : null;
  }, DEMO_ROOM_URL)) as { ok: boolean; data?: { interstitial: string | null; popups: string[]; findings: Array<{ severity: string; category: string; ruleId: string }> } } | null;
  const overlays = await page.locator('liveguard-overlay').count();
  log(`overlay mounted: ${overlays > 0 ? 'yes' : 'NO'}`);
  const room = state?.ok ? state.data : undefined;
  if (room) {
    log(`on screen: ${room.interstitial ? `critical interstitial (${room.interstitial}), ` : ''}${room.popups.length} pop-up(s)${room.popups.length ? ` (${room.popups.join(', ')})` : ''}`);
    log(`the findings panel lists ${room.findings.length} finding(s):`);
    for (const f of room.findings) console.log(`  - ${f.severity} ${f.category} (${f.ruleId})`);
  }
  log(`screenshot saved to ${shotPath}`);
  await cleanup();
  if (!overlays) process.exit(1);
}

main().catch((e) => {
  console.error(`[liveguard] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
