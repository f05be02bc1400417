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
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchOnCreditSites } from './credit-sites-browser';
import { CREDIT_SITES, LOW, BLACKLISTED, UNKNOWN, expectedLevel } from './credit-sites';
import { MIN_BUCKET_HOSTS } from '../../lib/bundle/credit-prefixes';
import { CreditResponseSchema } from '../../lib/api';
import { startStaticOrigin, type StaticOrigin } from '../static-origin-server';
import { demoKeyBuild } from '../demo-key-build';

let origin: StaticOrigin;
let manifestUrl = '';
let context: BrowserContext;
let userDataDir: string;
let extensionId: string;
let build: ReturnType<typeof demoKeyBuild> | undefined;
let dir = '';
let asked: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  origin = await startStaticOrigin();
  ({ dir, asked, manifestUrl } = origin);
  // the same build as credit-badges: a test build trusting the demo key
  build = demoKeyBuild('chrome-mv3');
  ({ context, userDataDir, extensionId } = await launchOnCreditSites(build.dir));
});

test.afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  build?.remove();
  origin?.close();
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
