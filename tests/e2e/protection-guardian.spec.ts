// Issue 24 in real Chromium with the built TEST extension (.output-test: the heartbeat beats every
// 6 s instead of 30 s, and the background's clock can be pinned): what the guardian is told about
// private windows, a disabled extension and a moved clock, and the one-time recovery code.
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { blockUnrouted, launchWithExtension, serve } from './harness';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path';
import { setUpGuardian } from './protection-helpers';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

const TEST_EXT = resolve('.output-test/chrome-mv3');
const HELPER_EXT = resolve('tests/fixtures/extensions/management-helper');
const PIN = '246824';
/** GAP_MS of the TEST build (lib/protection/heartbeat.ts: two 6 s beats and 8 s of slack) */
const TEST_GAP_MS = 20_000;

const test = base.extend<{ ctx: BrowserContext; sw: Worker; extId: string }>({
  // eslint-disable-next-line no-empty-pattern
  ctx: async ({}, use) => {
    const { context, userDataDir } = await launchWithExtension(TEST_EXT);
    await blockUnrouted(context, []);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  sw: async ({ ctx }, use) => use(ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'))),
  extId: async ({ sw }, use) => use(new URL(sw.url()).host),
});

async function options(ctx: BrowserContext, extId: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extId}/options.html`);
  await expect(page.locator('[data-liveguard="guardian-watch"]')).toBeVisible();
  return page;
}
/** Reload the options page until `selector` shows (the heartbeat writes on its own schedule). */
async function untilShown(page: Page, selector: string, timeoutMs = 30_000) {
  await expect(async () => {
    await page.reload();
    await expect(page.locator(selector).first()).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: timeoutMs });
}

test('a private window without access is reported to the guardian, with the policy that closes it', async ({ ctx, sw, extId }) => {
  // Playwright's persistent context cannot open an incognito window with the extension, so this
  // checks the background's check against the REAL isAllowedIncognitoAccess() of this browser
  // (an unpacked extension is not allowed in incognito unless the user says so).
  const real = await sw.evaluate(() => (globalThis as unknown as { chrome: { extension: { isAllowedIncognitoAccess(): Promise<boolean> } } }).chrome.extension.isAllowedIncognitoAccess());
  expect(real).toBe(false);
  await setUpGuardian(ctx, extId, { pin: PIN });
  const page = await options(ctx, extId);
  await untilShown(page, '[data-liveguard="gap-log"] li[data-kind="private-no-access"]');
  await expect(page.locator('[data-liveguard="private-status"]')).toHaveAttribute('data-allowed', 'false');
  await expect(page.locator('[data-liveguard="private-status"]')).toContainText('IncognitoModeAvailability');
  await expect(page.locator('[data-liveguard="bypass-table"] tr[data-bypass="devtools"]')).toContainText('DeveloperToolsAvailability');
});

test('a moved clock is logged and does not reset the day\'s budget', async ({ ctx, sw, extId }) => {
  // Playwright's clock API installs into pages, not into the extension's service worker, so the
  // TEST build's clock hooks stand in: __liveguardTestNow (the wall clock) and __liveguardTestMono
  // (the worker's monotonic clock, pinned so that a wall-clock jump is a MOVED clock, not time passing).
  await setUpGuardian(ctx, extId, { pin: PIN, timeZone: 'Asia/Shanghai', budgetMinutes: 1, curfew: { enabled: false } });
  await serve(ctx, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  const setNow = (iso: string) => sw.evaluate((ms) => void ((globalThis as { __liveguardTestNow?: number }).__liveguardTestNow = ms), Date.parse(iso));
  await setNow('2026-11-22T23:58:00+08:00');
  const first = await ctx.newPage();
  await first.goto(DEMO_ROOM_URL);
  await expect(first.locator('[data-liveguard="protection-countdown"]')).toContainText('01:00');
  await setNow('2026-11-22T23:59:00+08:00');
  const second = await ctx.newPage();
  await second.goto(DEMO_ROOM_URL);
  await expect(second.locator('[data-liveguard="protection-gate"]')).toHaveAttribute('data-gate', 'budget');
  // the child moves the clock to 08:00 the next day: the monotonic clock does not move with it
  await sw.evaluate(() => {
    const g = globalThis as { __liveguardTestNow?: number; __liveguardTestMono?: number };
    g.__liveguardTestMono = performance.now() + (g.__liveguardTestNow! - Date.now());
  });
  await setNow('2026-11-23T08:00:00+08:00');
  const moved = await ctx.newPage();
  await moved.goto(DEMO_ROOM_URL);
  await expect(moved.locator('[data-liveguard="protection-gate"]')).toHaveAttribute('data-gate', 'budget');
  const page = await options(ctx, extId);
  await untilShown(page, '[data-liveguard="gap-log"] li[data-kind="clock-forward"]');
  expect(Number(await page.locator('[data-liveguard="clock-status"]').getAttribute('data-skew'))).toBeGreaterThan(8 * 3_600_000 - 120_000);
});

test('the recovery code, shown once at PIN set-up, resets the PIN exactly once', async ({ ctx, extId }) => {
  const page = await options(ctx, extId);
  const setPin = page.locator('[data-liveguard="set-pin"]');
  await setPin.locator('input[name="new"]').fill(PIN);
  await setPin.locator('input[name="repeat"]').fill(PIN);
  await setPin.locator('button[type="submit"]').click();
  const code = (await page.locator('[data-liveguard="recovery-code-value"]').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await page.locator('[data-liveguard="recovery-done"]').click();
  await expect(page.locator('[data-liveguard="recovery-code"]')).toHaveCount(0);
  await page.reload(); // shown once: not on a fresh page
  await expect(page.locator('[data-liveguard="recovery-code"]')).toHaveCount(0);

  const recover = async (newPin: string) => {
    await page.locator('[data-liveguard="recover-section"] summary').click();
    const f = page.locator('[data-liveguard="recover-pin"]');
    await f.locator('input[name="code"]').fill(code.toLowerCase());
    await f.locator('input[name="new"]').fill(newPin);
    await f.locator('input[name="repeat"]').fill(newPin);
    await f.locator('button[type="submit"]').click();
  };
  await recover('first-new-pin');
  const fresh = (await page.locator('[data-liveguard="recovery-code-value"]').textContent())!.trim();
  expect(fresh).not.toBe(code);
  await page.locator('[data-liveguard="recovery-done"]').click();
  // the old PIN no longer works, the new one does
  const form = page.locator('[data-liveguard="guardian-form"]');
  await form.locator('input[name="enabled"]').check();
  await form.locator('input[name="pin"]').fill(PIN);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('[data-liveguard="pin-problem"]')).toBeVisible();
  await form.locator('input[name="enabled"]').check();
  await form.locator('input[name="pin"]').fill('first-new-pin');
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('[data-liveguard="protection-status"]')).toHaveAttribute('data-enabled', 'true');
  // the same code a second time is refused
  await page.reload();
  await recover('second-new-pin');
  await expect(page.locator('[data-liveguard="recover-problem"]')).toBeVisible();
  await expect(page.locator('[data-liveguard="recovery-code"]')).toHaveCount(0);
});

// ---- two extensions: LiveGuard and a helper with the management permission ----
base('a disabled-then-enabled extension leaves a gap entry from the last heartbeat to its return', async () => {
  base.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'lg-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'zh-CN',
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    args: [`--disable-extensions-except=${TEST_EXT},${HELPER_EXT}`, `--load-extension=${TEST_EXT},${HELPER_EXT}`, ...CHROMIUM_ARGS],
  });
  try {
    await blockUnrouted(ctx, []);
    const worker = async (file: string) => {
      const found = () => ctx.serviceWorkers().find((w) => w.url().endsWith(file));
      await expect.poll(found, { timeout: 15_000 }).toBeTruthy();
      return found()!;
    };
    const lg = await worker('/background.js');
    const helper = await worker('/sw.js');
    const extId = new URL(lg.url()).host;
    await setUpGuardian(ctx, extId, { pin: PIN });
    await new Promise((r) => setTimeout(r, 7_000)); // one heartbeat with protection on
    const setEnabled = (on: boolean) =>
      helper.evaluate(([id, enabled]) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, e: boolean): Promise<void> } } }).chrome.management.setEnabled(id as string, enabled as boolean), [extId, on] as const);
    await setEnabled(false);
    const offAt = Date.now(); // once the call returns, LiveGuard has stopped
    // Longer than the test build's gap allowance (GAP_MS, lib/protection/heartbeat.ts: 20 s there), and
    // that is enough: the last beat came before offAt and the first beat after the return comes after
    // onAt, so the silence the background measures is at least onAt - offAt (was a 30 s wait)
    await new Promise((r) => setTimeout(r, TEST_GAP_MS + 1_000));
    const onAt = Date.now();
    await setEnabled(true);
    const page = await options(ctx, extId);
    await untilShown(page, '[data-liveguard="gap-log"] li[data-kind="gap"]');
    const gap = page.locator('[data-liveguard="gap-log"] li[data-kind="gap"]').first();
    const from = Number(await gap.getAttribute('data-from'));
    const at = Number(await gap.getAttribute('data-at'));
    console.log(`gap entry: from ${new Date(from).toISOString()} to ${new Date(at).toISOString()}; disabled at ${new Date(offAt).toISOString()}, enabled at ${new Date(onAt).toISOString()}`);
    expect(from).toBeLessThanOrEqual(offAt);
    expect(from).toBeGreaterThan(offAt - 15_000); // the last beat before the disable
    expect(at).toBeGreaterThanOrEqual(onAt);
    await expect(gap).toContainText(/LiveGuard/);
  } finally {
    await ctx.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('the refund request carries the times of LiveGuard\'s records: the room watched and the log', async ({ ctx, extId }) => {
  await setUpGuardian(ctx, extId, { pin: PIN, curfew: { enabled: false } });
  await serve(ctx, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  const room = await ctx.newPage();
  await room.goto(DEMO_ROOM_URL);
  await expect(room.locator('[data-liveguard="protection-countdown"]')).toBeVisible();
  const page = await options(ctx, extId);
  type Ev = { visits: { from: number; to: number; roomId: string }[]; log: { at: number; kind: string }[] };
  const evidence = () => page.evaluate(async () => ((await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ data: unknown }> } } }).chrome.runtime.sendMessage({ liveguard: 1, type: 'protection:refundEvidence', data: {} })).data) as Ev);
  await expect.poll(async () => (await evidence()).visits.length, { timeout: 20_000 }).toBeGreaterThan(0);
  const payAt = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const line = `${payAt.getFullYear()}-${pad(payAt.getMonth() + 1)}-${pad(payAt.getDate())} ${pad(payAt.getHours())}:${pad(payAt.getMinutes())}, 648.00, 充值`;
  const form = page.locator('[data-liveguard="refund-form"]');
  await form.locator('select[name="site"]').selectOption('douyin');
  await form.locator('input[name="account"]').fill('kid-account-1');
  await form.locator('input[name="childAge"]').fill('12');
  await form.locator('textarea[name="payments"]').fill(line);
  await form.locator('button[type="submit"]').click();
  const req = page.locator('[data-liveguard="refund-request"]');
  await expect(req).toBeVisible();
  await expect(req.locator('[data-liveguard="refund-channel"]')).toHaveAttribute('data-confirmed', 'false');
  await expect(req).toContainText('kid-account-1');
  const ev = await evidence();
  // every log entry of the period is in the request, at its own time, as the guardian's locale writes it
  const logAts = await req.locator('[data-liveguard="refund-log"] li').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-at'))));
  expect(logAts.length).toBeGreaterThan(0);
  expect(logAts.sort()).toEqual(ev.log.map((e) => e.at).filter((at) => Math.abs(at - payAt.getTime()) < 6 * 3_600_000 + 60_000).sort());
  const first = ev.log.find((e) => e.kind === 'protection-on')!;
  const shown = await page.evaluate((at) => new Date(at).toLocaleString(), first.at);
  await expect(req.locator(`[data-liveguard="refund-log"] li[data-at="${first.at}"][data-kind="protection-on"]`)).toContainText(shown);
  const visit = req.locator('[data-liveguard="refund-visits"] li').first();
  await expect(visit).toHaveAttribute('data-from', String(ev.visits[0]!.from));
  await expect(visit).toContainText('880088000');
  await expect(visit).toContainText(await page.evaluate((at) => new Date(at).toLocaleString(), ev.visits[0]!.from));
});
