/**
 * Issue 22 end to end in real Chromium: the extension reads a STATIC origin. The companion API
 * (demo data plus the credit fixture hosts) is exported with `export-static` and then shut down;
 * a plain node:http file server serves the export directory on loopback and logs every path. The
 * viewer sets the manifest's URL as the server in the options; the extension verifies the signed
 * manifest, syncs the signed bundle by its content-hash name, and shows credit badges from the
 * bucket files: a listed host's lookup reads its bucket among decoy buckets naming >= 16 listed
 * hosts (issue 14), unlisted hosts read nothing, and no path carries more than hex and a hash.
 */
import { test, expect, type BrowserContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEMO_PUBLIC_KEY } from '../../server/src/seed/demo-key';
import { startServer } from '../../server/src/server';
import { exportStatic } from '../../server/src/static-export';
import { blockUnrouted, fixture, launchWithExtension } from './harness';
import { CREDIT_SITES, LOW, BLACKLISTED, UNKNOWN, expectedLevel, seedFixtureHosts } from './credit-sites';
import { MIN_BUCKET_HOSTS } from '../../lib/bundle/credit-prefixes';
import { CreditResponseSchema } from '../../lib/api';

let origin: Server;
let manifestUrl = '';
let context: BrowserContext;
let userDataDir: string;
let extensionId: string;
let outDir = '';
const dir = mkdtempSync(join(tmpdir(), 'lg-static-origin-'));
const asked: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
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
  // the same build as credit-badges (a test build trusting the demo key); LG_CREDIT_EXTENSION_DIR reuses one
  outDir = process.env.LG_CREDIT_EXTENSION_DIR ?? mkdtempSync(join(tmpdir(), 'lg-static-ext-'));
  if (!process.env.LG_CREDIT_EXTENSION_DIR) {
    const b = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, LG_OUT_DIR: outDir, LIVEGUARD_TEST_BUILD: '1', WXT_LIVEGUARD_BUNDLE_PUBKEY: DEMO_PUBLIC_KEY }, encoding: 'utf8' });
    expect(b.status, b.stderr + b.stdout).toBe(0);
  }
  ({ context, userDataDir } = await launchWithExtension(join(outDir, 'chrome-mv3')));
  await blockUnrouted(context, [/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/]);
  const chat = fixture('sites/youtube-chat.html');
  for (const s of Object.values(CREDIT_SITES)) {
    const body = fixture(s.fixture);
    await context.route(s.glob, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: r.request().url().includes('/live_chat') ? chat : body }));
  }
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
});

test.afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (outDir && !process.env.LG_CREDIT_EXTENSION_DIR) rmSync(outDir, { recursive: true, force: true });
  origin?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the viewer sets a static origin in the options; the extension syncs the signed bundle from its files', async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('sync-url').fill(manifestUrl);
  await page.getByTestId('sync-save').click();
  asked.length = 0;
  await page.getByTestId('sync-now').click();
  const status = page.locator('[data-liveguard="sync-status"]');
  await expect(status).toHaveAttribute('data-status', 'ok');
  await expect(status).toHaveAttribute('data-version', '2');
  expect(asked).toEqual(['/manifest.json', expect.stringMatching(/^\/bundle\/full-2\.[0-9a-f]{16}\.json$/)]);
  await page.close();
});

test('credit badges come from the bucket files: a listed host reads its bucket among decoys naming >= 16 listed hosts; unlisted hosts read nothing', async () => {
  const lines: string[] = [];
  for (const site of [...LOW, ...BLACKLISTED]) {
    asked.length = 0;
    const page = await context.newPage();
    await page.goto(CREDIT_SITES[site].url);
    await expect(page.locator('[data-liveguard="credit-badge"]'), site).toHaveAttribute('data-credit-level', expectedLevel(site), { timeout: 20_000 });
    const files = asked.filter((p) => p.startsWith('/credit/'));
    for (const p of asked) expect(p, 'only the manifest and hash-named files').toMatch(/^\/manifest\.json$|^\/credit\/[0-9a-f]{4}\.[0-9a-f]{16}\.json$/);
    expect(files.length, `${site}: its bucket and decoys`).toBeGreaterThan(1);
    const hosts = files.reduce((n, p) => n + CreditResponseSchema.parse(JSON.parse(readFileSync(join(dir, p), 'utf8'))).entries.length, 0);
    expect(hosts, `${site}: listed hosts in the buckets read`).toBeGreaterThanOrEqual(MIN_BUCKET_HOSTS);
    lines.push(`${site}: ${files.length} bucket files, ${hosts} listed hosts`);
    await page.close();
  }
  for (const site of UNKNOWN) {
    asked.length = 0;
    const page = await context.newPage();
    await page.goto(CREDIT_SITES[site].url);
    await expect(page.locator('[data-liveguard="credit-badge"]'), site).toHaveAttribute('data-credit-level', expectedLevel(site), { timeout: 20_000 });
    // the badge shows only after the lookup answered, so a request, had there been one, is logged by now
    expect(asked.filter((p) => p.startsWith('/credit/')), `${site}: unlisted, no bucket read`).toEqual([]);
    await page.close();
  }
  console.log(`static origin credit privacy: ${lines.join('; ')}`);
});
