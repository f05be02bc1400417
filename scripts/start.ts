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

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 15);
const shotPath = resolve(args.find((a) => a.startsWith('--screenshot='))?.split('=')[1] ?? 'liveguard-demo.png');

function log(msg: string) {
  console.log(`[liveguard] ${msg}`);
}

async function startServer(): Promise<ChildProcess | null> {
  if (!existsSync('server/src/main.ts')) return null;
  log('starting the companion API on http://127.0.0.1:8787 (embedded database)…');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PORT: process.env.PORT ?? '8787', LIVEGUARD_SEED_DEMO: '1' },
  });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch('http://127.0.0.1:8787/healthz');
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the companion API did not come up on port 8787');
}

async function main() {
  log('building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const server = await startServer();
  const extDir = resolve('.output/chrome-mv3');
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
    process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
    await new Promise<void>((r) => context.on('close', () => r()));
    await cleanup();
    return;
  }
  await page.waitForTimeout(seconds * 1000);
  await page.screenshot({ path: shotPath });
  const shown = await page.locator('[data-liveguard-finding]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-liveguard-finding')}: ${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)}`),
  );
  const overlays = await page.locator('[data-liveguard="overlay"]').count();
  log(`overlay mounted: ${overlays > 0 ? 'yes' : 'NO'}`);
  log(`the overlay shows ${shown.length} finding element(s):`);
  for (const s of shown) console.log(`  - ${s}`);
  log(`screenshot saved to ${shotPath}`);
  await cleanup();
  if (!overlays) process.exit(1);
}

main().catch((e) => {
  console.error(`[liveguard] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
