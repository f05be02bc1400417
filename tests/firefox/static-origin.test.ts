/**
 * Issue 22 in real Firefox (the Chromium twin: tests/e2e/static-origin.spec.ts): the extension reads
 * a STATIC origin. The companion API (demo data plus the credit fixture hosts) is exported with
 * exportStatic and shut down; a plain node:http file server serves the export on loopback and logs
 * every path. The viewer sets the manifest's URL in the options; the extension verifies the signed
 * manifest, syncs the signed bundle by its content-hash name, and shows credit badges from the
 * bucket files: a listed host reads its bucket among decoys, an unlisted host reads none, and no
 * path carries more than hex and a hash (LG_FIREFOX_EXTENSION_DIR reuses a test build).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEMO_PUBLIC_KEY } from '../../server/src/seed/demo-key';
import { startServer } from '../../server/src/server';
import { exportStatic } from '../../server/src/static-export';
import { BLACKLISTED, CREDIT_SITES, LOW, UNKNOWN, expectedLevel, seedFixtureHosts } from '../e2e/credit-sites';

let browser: Browser;
let origin: Server;
let manifestUrl = '';
let outDir = '';
let harness: typeof import('./harness');
const dir = mkdtempSync(join(tmpdir(), 'lg-static-ff-'));
const asked: string[] = [];

before(async () => {
  const api = await startServer({ port: 0, dataDir: 'memory://', seedDemo: true });
  await seedFixtureHosts(api); // publishes version 2 with the fixture hosts in its prefix set
  await exportStatic(api.db, api.key, dir);
  await api.close(); // from here on, only the static files exist
  origin = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    asked.push(req.url!);
    try {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    }
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
  manifestUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}/manifest.json`;
  if (!process.env.LG_FIREFOX_EXTENSION_DIR) {
    outDir = mkdtempSync(join(tmpdir(), 'lg-static-ff-ext-'));
    const b = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { env: { ...process.env, LG_OUT_DIR: outDir, LIVEGUARD_TEST_BUILD: '1', WXT_LIVEGUARD_BUNDLE_PUBKEY: DEMO_PUBLIC_KEY }, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr + b.stdout);
    process.env.LG_FIREFOX_EXTENSION_DIR = join(outDir, 'firefox-mv2');
  }
  harness = await import('./harness'); // reads the extension directory when imported
  browser = await harness.launchFirefox();
});
after(async () => {
  await browser?.close();
  origin?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

test('Firefox: the viewer sets a static origin; the extension syncs the signed bundle from its files', async () => {
  const options = await browser.newPage();
  await harness.gotoExtensionPage(options, 'options.html');
  const input = await options.waitForSelector('[data-testid="sync-url"]', { timeout: 15_000 });
  await input!.type(manifestUrl);
  await (await options.waitForSelector('[data-testid="sync-save"]'))!.click();
  await options.waitForFunction((u) => (document.querySelector('[data-testid="sync-url"]') as HTMLInputElement | null)?.value === u, { timeout: 10_000 }, manifestUrl);
  asked.length = 0;
  await (await options.waitForSelector('[data-testid="sync-now"]'))!.click();
  await options.waitForFunction(() => document.querySelector('[data-liveguard="sync-status"]')?.getAttribute('data-status') === 'ok', { timeout: 30_000 });
  assert.equal(await options.$eval('[data-liveguard="sync-status"]', (el) => el.getAttribute('data-version')), '2');
  assert.deepEqual(asked.slice(0, 1), ['/manifest.json']);
  assert.match(asked[1] ?? '', /^\/bundle\/full-2\.[0-9a-f]{16}\.json$/);
  await options.close();
});

const routes = () => {
  const r: Record<string, string> = { 'https://www.youtube.com/live_chat': harness.fixture('sites/youtube-chat.html') };
  for (const s of Object.values(CREDIT_SITES)) r[new URL(s.url).origin + '/'] = harness.fixture(s.fixture);
  return r;
};
/** Polls for a pierce/ selector: a change inside the overlay's shadow root alone does not wake waitForSelector. */
async function waitPierce(page: Page, selector: string, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const el = await page.$(selector);
    if (el) return el;
    if (Date.now() > until) throw new Error(`timed out waiting for ${selector}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

for (const site of [LOW[0]!, BLACKLISTED[0]!, UNKNOWN[0]!]) {
  test(`Firefox ${site} from the static origin: ${expectedLevel(site)} badge; bucket files only for listed hosts`, async () => {
    asked.length = 0;
    const page = await browser.newPage();
    await harness.serveRoutes(page, routes());
    await page.goto(CREDIT_SITES[site].url);
    const badge = await waitPierce(page, 'pierce/[data-liveguard="credit-badge"]');
    assert.equal(await badge!.evaluate((el) => el.getAttribute('data-credit-level')), expectedLevel(site));
    // the badge shows only after the lookup answered, so every request it made is logged by now
    for (const p of asked) assert.match(p, /^\/manifest\.json$|^\/credit\/[0-9a-f]{4}\.[0-9a-f]{16}\.json$/);
    const files = asked.filter((p) => p.startsWith('/credit/'));
    if (UNKNOWN.includes(site)) assert.deepEqual(files, [], `${site}: unlisted, no bucket read`);
    else assert.ok(files.length > 1, `${site}: its bucket and decoys (${files.join(' ')})`);
    await page.close();
  });
}
