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
import type { Browser } from 'puppeteer-core';
import { BLACKLISTED, CREDIT_SITES, LOW, UNKNOWN, expectedLevel } from '../e2e/credit-sites';
import { startStaticOrigin, type StaticOrigin } from '../static-origin-server';
import { demoKeyBuild } from '../demo-key-build';

let browser: Browser;
let origin: StaticOrigin;
let manifestUrl = '';
let build: ReturnType<typeof demoKeyBuild> | undefined;
let harness: typeof import('./harness');
let asked: string[] = [];

before(async () => {
  origin = await startStaticOrigin();
  ({ asked, manifestUrl } = origin);
  if (!process.env.LG_FIREFOX_EXTENSION_DIR) {
    build = demoKeyBuild('firefox-mv2');
    process.env.LG_FIREFOX_EXTENSION_DIR = build.dir;
  }
  harness = await import('./harness'); // reads the extension directory when imported
  browser = await harness.launchFirefox();
});
after(async () => {
  await browser?.close();
  origin?.close();
  build?.remove();
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

for (const site of [LOW[0]!, BLACKLISTED[0]!, UNKNOWN[0]!]) {
  test(`Firefox ${site} from the static origin: ${expectedLevel(site)} badge; bucket files only for listed hosts`, async () => {
    asked.length = 0;
    const page = await browser.newPage();
    await harness.serveRoutes(page, harness.siteRoutes(Object.values(CREDIT_SITES)));
    await page.goto(CREDIT_SITES[site].url);
    const badge = await harness.waitPierce(page, 'pierce/[data-liveguard="credit-badge"]');
    assert.equal(await badge!.evaluate((el) => el.getAttribute('data-credit-level')), expectedLevel(site));
    // the badge shows only after the lookup answered, so every request it made is logged by now
    for (const p of asked) assert.match(p, /^\/manifest\.json$|^\/credit\/[0-9a-f]{4}\.[0-9a-f]{16}\.json$/);
    const files = asked.filter((p) => p.startsWith('/credit/'));
    if (UNKNOWN.includes(site)) assert.deepEqual(files, [], `${site}: unlisted, no bucket read`);
    else assert.ok(files.length > 1, `${site}: its bucket and decoys (${files.join(' ')})`);
    await page.close();
  });
}
