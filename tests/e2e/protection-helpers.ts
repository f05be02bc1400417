/** Shared steps for the protection-mode e2e specs: set up a guardian through the real options page. */
import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface GuardianSetup {
  pin: string;
  timeZone?: string;
  budgetMinutes?: number;
  curfew?: { enabled: boolean; start?: string; end?: string };
}

export async function setUpGuardian(context: BrowserContext, extensionId: string, s: GuardianSetup): Promise<void> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const setPin = page.locator('[data-liveguard="set-pin"]');
  await setPin.locator('input[name="new"]').fill(s.pin);
  await setPin.locator('input[name="repeat"]').fill(s.pin);
  await setPin.locator('button[type="submit"]').click();
  const form = page.locator('[data-liveguard="guardian-form"]');
  await form.locator('input[name="enabled"]').check();
  if (s.budgetMinutes !== undefined) await form.locator('input[name="budget"]').fill(String(s.budgetMinutes));
  if (s.curfew) {
    await form.locator('input[name="curfew"]').setChecked(s.curfew.enabled);
    if (s.curfew.start) await form.locator('input[name="curfewStart"]').fill(s.curfew.start);
    if (s.curfew.end) await form.locator('input[name="curfewEnd"]').fill(s.curfew.end);
  }
  if (s.timeZone) await form.locator('input[name="timeZone"]').fill(s.timeZone);
  await form.locator('input[name="pin"]').fill(s.pin);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
  await page.close();
}

export const TWITCH_FIXTURE = `<!doctype html><html><head><meta charset="utf-8"><title>somechannel - Twitch</title></head><body>
<nav><button data-a-target="top-nav-get-bits-button">Get Bits</button></nav>
<main><video muted></video><h1>somechannel</h1>
<div class="chat-input"><button data-a-target="bits-button">Bits</button><button data-a-target="gift-button">Gift a Sub</button><button data-a-target="chat-send-button">Chat</button></div>
<div data-test-selector="channel-leaderboard-container">top gifters</div></main></body></html>`;
