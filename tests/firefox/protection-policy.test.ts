// R-MINOR-11 in real Firefox: a managed-storage manifest forces protection mode on. Firefox reads
// per-user manifests from $HOME/.mozilla/managed-storage/<extension id>.json, so this test starts
// Firefox with HOME set to a throw-away folder: nothing outside it is touched.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID, firefoxPath, gotoExtensionPage } from './harness';

let browser: Browser;
let home: string;

before(async () => {
  home = mkdtempSync(join(tmpdir(), 'lg-ffhome-'));
  mkdirSync(join(home, '.mozilla/managed-storage'), { recursive: true });
  writeFileSync(
    join(home, '.mozilla/managed-storage', `${FIREFOX_EXTENSION_ID}.json`),
    JSON.stringify({ name: FIREFOX_EXTENSION_ID, description: 'LiveGuard guardian policy (test)', type: 'storage', data: { protectionEnabled: true, dailyBudgetMinutes: 15 } }),
  );
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
});
after(async () => {
  await browser?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('Firefox: managed storage forces protection on and the options page cannot switch it off', async () => {
  const page = await browser.newPage();
  await gotoExtensionPage(page, 'options.html');
  const status = await page.waitForSelector('[data-liveguard="protection-status"][data-enabled="true"]', { timeout: 10_000 });
  assert.ok(status, 'protection shown as on');
  // fresh profile: no PIN yet, so the guardian sets one (the policy sets none here)
  await page.type('[data-liveguard="set-pin"] input[name="new"]', '135713');
  await page.type('[data-liveguard="set-pin"] input[name="repeat"]', '135713');
  await page.click('[data-liveguard="set-pin"] button[type="submit"]');
  await page.waitForSelector('[data-liveguard="guardian-form"]', { timeout: 10_000 });
  assert.equal(await page.$eval('[data-liveguard="guardian-form"] input[name="enabled"]', (el) => (el as HTMLInputElement).disabled), true);
  assert.equal(await page.$eval('[data-liveguard="guardian-form"] input[name="budget"]', (el) => (el as HTMLInputElement).value), '15');
  const reply = await page.evaluate(() =>
    (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ liveguard: 1, type: 'protection:update', data: { pin: '135713', patch: { enabled: false } } }),
  );
  assert.deepEqual(reply, { ok: true, data: { ok: false, lockedUntil: null, error: 'set by policy: enabled' } });
  await page.close();
});
