// R-MINOR-10/11 in real Chromium with the built extension: the guardian sets a PIN and switches
// protection on; switching it off needs the PIN; five wrong PINs lock out; the log shows it all.
import { test, expect } from './harness';
import type { Page } from '@playwright/test';

async function setPinAndEnable(page: Page, pin: string) {
  const setPin = page.locator('[data-liveguard="set-pin"]');
  await setPin.locator('input[name="new"]').fill(pin);
  await setPin.locator('input[name="repeat"]').fill(pin);
  await setPin.locator('button[type="submit"]').click();
  const form = page.locator('[data-liveguard="guardian-form"]');
  await expect(form).toBeVisible();
  await form.locator('input[name="enabled"]').check();
  await form.locator('input[name="pin"]').fill(pin);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
}

test('guardian sets a PIN, switches on; off needs the PIN; five wrong PINs lock out', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-liveguard="guardian-section"] h2')).toHaveText(/监护人保护模式|Guardian protection mode/);
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'false');
  await setPinAndEnable(page, '482148');

  const form = page.locator('[data-liveguard="guardian-form"]');
  // a child tries to switch it off with guesses
  for (let i = 0; i < 5; i++) {
    await form.locator('input[name="enabled"]').uncheck();
    await form.locator('input[name="pin"]').fill(`000${i}`);
    await form.locator('button[type="submit"]').click();
    await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
    await expect(form.locator('[data-liveguard="pin-problem"]')).toBeVisible();
  }
  await expect(form.locator('[data-liveguard="pin-problem"]')).toContainText(/已锁定|locked until/);
  // even the right PIN is refused while locked
  await form.locator('input[name="enabled"]').uncheck();
  await form.locator('input[name="pin"]').fill('482148');
  await form.locator('button[type="submit"]').click();
  await expect(form.locator('[data-liveguard="pin-problem"]')).toContainText(/已锁定|locked until/);
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');

  // reloading the page does not clear the lockout or the setting (they live in the background)
  await page.reload();
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
  await page.locator('[data-liveguard="show-log"]').click();
  const kinds = await page.locator('[data-liveguard="protection-log"] li[data-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  // settings-changed: the first save pins the guardian's time zone (docs/protection-policy.md)
  // the heartbeat (issue 24) adds its own entries on its own schedule (this browser does not let
  // LiveGuard run in incognito windows): protection-guardian.spec.ts checks those
  expect(kinds.reverse().filter((k) => k !== 'private-no-access')).toEqual(['pin-set', 'pin-ok', 'protection-on', 'settings-changed', 'pin-fail', 'pin-fail', 'pin-fail', 'pin-fail', 'pin-fail', 'lockout', 'locked-attempt']);
  await expect(page.locator('[data-liveguard="protection-log"] li[data-kind="settings-changed"]')).toContainText('timeZone');
});

test('the right PIN switches protection off; storage holds only the salted PBKDF2 hash, out of content scripts\' reach', async ({ page, extensionId, serviceWorker }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await setPinAndEnable(page, 'abcd1234');
  // the extension's own IndexedDB (the background's; a content script's IndexedDB is the page's)
  const stored = await serviceWorker.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('liveguard-protection');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('state').objectStore('state').get('current');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  const text = JSON.stringify(stored);
  expect(text).toContain('PBKDF2-SHA256');
  expect(text).toContain('"iterations":600000');
  expect(text).not.toContain('abcd1234');
  // storage.local, which content scripts can read and write, holds nothing of protection mode
  const local = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
  expect(JSON.stringify(local)).not.toContain('PBKDF2');
  expect(Object.keys(local).filter((k) => k.startsWith('protection'))).toEqual([]);
  const form = page.locator('[data-liveguard="guardian-form"]');
  await form.locator('input[name="enabled"]').uncheck();
  await form.locator('input[name="pin"]').fill('abcd1234');
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'false');
});
