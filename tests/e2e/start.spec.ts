// `npm start` as a newcomer runs it (issue 21): the real npm, build, companion API and Chromium.
// Headless: the demo room's first minute prints each tier in turn and saves the screenshots.
// Lifetime: when only the npm process is signalled (or killed), nothing it started is left and the
// API's port is free.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path';
import { EXTENSION_DIR } from './harness';

// serial: the signal tests reuse the first test's demo build (--no-build)
test.describe.configure({ mode: 'serial' });

const tmp = mkdtempSync(join(tmpdir(), 'lg-start-e2e-'));
let port = 0;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
test.beforeAll(async () => {
  port = await freePort();
});
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  out: () => string;
  exit: Promise<number | null>;
}
/** npm start in a process group of its own (npm leads it), so the test can tell when all of it is gone */
function npmStart(args: string[], at = { port, dataDir: join(tmp, 'data') }): Run {
  let out = '';
  const child = spawn('npm', ['start', '--', ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(at.port), LIVEGUARD_DATA_DIR: at.dataDir },
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, out: () => out, exit };
}
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};
const apiUp = (p: number) => fetch(`http://127.0.0.1:${p}/healthz`).then((r) => r.ok, () => false);
function killGroup(run: Run) {
  if (groupAlive(run.child.pid!)) process.kill(-run.child.pid!, 'SIGKILL');
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('npm start -- --headless: the demo room shows notice, warning, critical in turn; the screenshots show the room', async () => {
  test.setTimeout(300_000);
  const shot = join(tmp, 'shots', 'first.png');
  const run = npmStart(['--headless', `--screenshot=${shot}`]);
  try {
    expect(await run.exit, run.out()).toBe(0);
  } finally {
    killGroup(run);
  }
  const out = run.out();
  // the product's own browser flags: as root (CI) the sandbox is off, said so
  expect(out).toContain('(as root: without its sandbox');
  expect(out).toMatch(/rules synced from the demo API: ok, bundle version [1-9]/);
  // one line per tier, in tier order, each naming what it was
  const notice = out.search(/\d+ s {2}notice +— a mark on the page: misleading price/);
  const warning = out.search(/\d+ s {2}warning +— a pop-up: off-platform trading lure/);
  const critical = out.search(/\d+ s {2}critical — the room is covered: goods that may not be sold online/);
  expect([notice, warning, critical].every((i) => i >= 0), out).toBe(true);
  expect(notice).toBeLessThan(warning);
  expect(warning).toBeLessThan(critical);
  // seconds apart, not all at once (the first minute is paced)
  const at = (i: number) => Number(out.slice(i).match(/^(\d+) s/)![1]);
  expect(at(warning) - at(notice)).toBeGreaterThanOrEqual(5);
  expect(at(critical) - at(warning)).toBeGreaterThanOrEqual(5);
  expect(out).toContain('next, try:');
  expect(out).toMatch(/guardian mode .*chrome-extension:\/\/[a-p]{32}\/options\.html/);
  // the printed findings
  expect(out).toContain('overlay mounted: yes');
  // read through room:state (the overlay's root is closed, issue 14): categories and tiers, not the page's words
  expect(out).toMatch(/- warning off_platform \(popup\): off-platform trading lure/);
  expect(out).toMatch(/- critical prohibited_goods \(interstitial\): goods that may not be sold online/);
  expect(out).toContain(`screenshot saved to ${shot}`);

  // the screenshots: the room's size, one per tier, each a different picture of a real page
  const files = ['first.png', 'first-notice.png', 'first-warning.png', 'first-critical.png'].map((f) => join(tmp, 'shots', f));
  for (const f of files) expect(pngSize(f)).toEqual({ width: 1280, height: 800 });
  const bytes = files.map((f) => readFileSync(f).toString('base64'));
  expect(new Set(bytes).size).toBe(files.length);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const b64 of bytes) {
      // sample a 64×40 grid: a blank or single-colour capture has a handful of colours, the room hundreds
      const colours = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 40;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0, 64, 40);
        const d = g.getImageData(0, 0, 64, 40).data;
        const seen = new Set<number>();
        for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return seen.size;
      }, `data:image/png;base64,${b64}`);
      expect(colours).toBeGreaterThan(100);
    }
  } finally {
    await browser.close();
  }
});

/** Opens the demo room on its own port and data folder, signals npm alone, and checks that all of it ends. */
async function endsOnSignal(signal: 'SIGTERM' | 'SIGKILL', at: { port: number; dataDir: string }) {
  const run = npmStart(['--headless', '--no-build', '--seconds=600', `--screenshot=${join(tmp, `signal-${signal}.png`)}`], at);
  try {
    await expect.poll(() => run.out(), { timeout: 180_000, message: `${signal}: the room opens` }).toContain('demo room open at');
    expect(await apiUp(at.port), `${signal}: the API answers on ${at.port}`).toBe(true);
    // only npm: not its group, as `kill <pid of npm>` or a process manager does
    process.kill(run.child.pid!, signal);
    await expect.poll(() => apiUp(at.port), { timeout: 30_000, message: `${signal}: port ${at.port} freed` }).toBe(false);
    await expect.poll(() => groupAlive(run.child.pid!), { timeout: 30_000, message: `${signal}: every process npm start began has ended` }).toBe(false);
    expect(run.out(), signal).toContain('is gone: stopping');
  } finally {
    killGroup(run);
  }
}

// The two signals side by side, each on its own port and data folder (issue 13, CI time: one start's
// wait instead of two). The build talks to the first port's API; a start on another port says so and
// goes on, and neither check reads the sync. The second folder is a copy of the first test's closed
// database, so neither run pays PGlite's first start (initdb, migrations, seed: >20 s under load).
// Each run is awaited to its end before the test reports.
test('SIGTERM, and SIGKILL, to the npm process alone end the browser and the companion API: port freed', async () => {
  test.setTimeout(240_000);
  cpSync(join(tmp, 'data'), join(tmp, 'data-kill'), { recursive: true });
  const runs = [
    endsOnSignal('SIGTERM', { port, dataDir: join(tmp, 'data') }),
    endsOnSignal('SIGKILL', { port: await freePort(), dataDir: join(tmp, 'data-kill') }),
  ];
  const failed = (await Promise.allSettled(runs)).filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length) throw failed[0].reason;
});

test('as an ordinary user, npm start\'s flags keep Chromium sandboxed, with LiveGuard loaded', async () => {
  test.setTimeout(120_000);
  // as root (CI), run the probe as the unprivileged `nobody`; as a user, run it directly
  const probe = `${process.execPath} --import tsx tests/e2e/sandbox-probe.ts ${EXTENSION_DIR}`;
  if (process.getuid?.() === 0) {
    const readable = spawnSync('su', ['-s', '/bin/sh', 'nobody', '-c', `test -r ${join(process.cwd(), 'package.json')}`]).status === 0;
    test.skip(!readable, `the checkout at ${process.cwd()} is not readable by the user nobody, so there is no ordinary user to run Chromium as`);
  }
  const home = mkdtempSync(join(tmpdir(), 'lg-probe-home-'));
  const r =
    process.getuid?.() === 0
      ? spawnSync('su', ['-s', '/bin/sh', 'nobody', '-c', `cd ${process.cwd()} && HOME=${home} TMPDIR=/tmp ${probe}`], { encoding: 'utf8', timeout: 100_000 })
      : spawnSync('sh', ['-c', probe], { encoding: 'utf8', timeout: 100_000 });
  rmSync(home, { recursive: true, force: true });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  const result = JSON.parse(r.stdout.trim().split('\n').pop()!);
  expect(result.uid).not.toBe(0);
  expect(result.flags.chromiumSandbox).toBe(true);
  expect(result.flags.args).not.toContain('--no-sandbox');
  expect(result.flags.args).not.toContain('--disable-gpu');
  expect(result.serviceWorker).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  expect(result.sandbox).toContain('You are adequately sandboxed');
});
