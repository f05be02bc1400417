// R-MINOR-11: the policy route in real Chromium. Debian's Chromium reads managed policy only from
// /etc/chromium/policies/managed/*.json (its --policy switch is ignored; tried). To affect no other
// browser run on this machine, the policy names only a throw-away copy of the extension: an
// unpacked extension's id is derived from its path, so a fresh temp path gives an id nothing else
// uses. The file is removed afterwards. Needs write access to that folder (root); otherwise the
// test is skipped with that reason.
import { test as base, expect, chromium, type BrowserContext } from '@playwright/test';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path';
import { EXTENSION_DIR, blockUnrouted } from './harness';
import { hashPin, MIN_ITERATIONS } from '../../lib/protection/pin';

const POLICY_DIR = '/etc/chromium/policies/managed';

function policyDirWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
function unpackedId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

base('a managed policy forces protection on; the options page cannot switch it off even with the PIN', async () => {
  base.skip(!policyDirWritable(), `${POLICY_DIR} is not writable (needs root); the merge logic is covered by tests/unit/protection/policy.test.ts`);
  const extDir = mkdtempSync(join(tmpdir(), 'lg-policy-ext-'));
  cpSync(EXTENSION_DIR, extDir, { recursive: true });
  const id = unpackedId(extDir);
  const policyFile = join(POLICY_DIR, `liveguard-e2e-${id}.json`);
  const pin = await hashPin('246824', { iterations: MIN_ITERATIONS });
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: { protectionEnabled: true, dailyBudgetMinutes: 15, curfewStart: '21:30', pin } } } }));
  const userDataDir = mkdtempSync(join(tmpdir(), 'lg-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...CHROMIUM_ARGS],
    });
    await blockUnrouted(context, [/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/]);
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(sw.url()).host).toBe(id);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);

    // forced on, fixed fields disabled and marked, no local PIN form (the policy PIN rules)
    await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
    const form = page.locator('[data-liveguard="guardian-form"]');
    await expect(form.locator('input[name="enabled"]')).toBeDisabled();
    await expect(form.locator('input[name="budget"]')).toBeDisabled();
    await expect(form.locator('input[name="budget"]')).toHaveValue('15');
    await expect(form.locator('input[name="curfewStart"]')).toHaveValue('21:30');
    await expect(page.locator('[data-liveguard="set-pin"]')).toHaveCount(0);
    await expect(page.locator('[data-liveguard="pin-by-policy"]')).toBeVisible();

    // the policy PIN works for what the policy leaves open
    await form.locator('input[name="curfewEnd"]').fill('07:00');
    await form.locator('input[name="pin"]').fill('246824');
    await form.locator('button[type="submit"]').click();
    await expect(form.locator('[data-liveguard="saved"]')).toBeVisible();
    await expect(page.locator('[data-liveguard="guardian-form"] input[name="curfewEnd"]')).toHaveValue('07:00');

    // and a hand-made message with the right PIN still cannot switch it off
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        liveguard: 1,
        type: 'protection:update',
        data: { pin: '246824', patch: { enabled: false } },
      }),
    );
    expect(reply).toEqual({ ok: true, data: { ok: false, lockedUntil: null, error: 'set by policy: enabled' } });
    await page.reload();
    await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
  } finally {
    rmSync(policyFile, { force: true });
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(extDir, { recursive: true, force: true });
  }
});
