// R-MINOR-10/12 on livestream pages in real Chromium with the built extension: tipping hidden on
// two sites, the curfew gate with a fixed clock (test build only), the budget gate, PIN at the gate.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { test, serve, launchWithExtension, blockUnrouted } from './harness';
import { DEMO_PRODUCT_TITLE, DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';
import { setUpGuardian, TWITCH_FIXTURE } from './protection-helpers';

test('tip, gift and recharge buttons and leaderboards are hidden on Douyin and Twitch once protection is on', async ({ context, page, extensionId }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await serve(context, 'https://www.twitch.tv/**', TWITCH_FIXTURE);
  // before: visible (so what follows is protection's doing)
  await page.goto(DEMO_ROOM_URL);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
  await expect(page.locator('#GiftTrayLayout button[data-demo="gift"]')).toBeVisible();

  await setUpGuardian(context, extensionId, { pin: '482148', curfew: { enabled: false } });

  await page.goto(DEMO_ROOM_URL);
  await expect(page.locator('[data-liveguard="protection-countdown"]')).toBeVisible();
  await expect(page.locator('#GiftTrayLayout button[data-demo="gift"]')).toBeHidden();
  await expect(page.locator('#GiftTrayLayout button[data-demo="recharge"]')).toBeHidden();
  await expect(page.locator('[data-e2e="yellowCart-container"]')).toBeVisible(); // nothing unsuitable found: buying stays

  await page.goto('https://www.twitch.tv/somechannel');
  await expect(page.locator('[data-liveguard="protection-countdown"]')).toBeVisible();
  for (const sel of ['top-nav-get-bits-button', 'bits-button', 'gift-button']) await expect(page.locator(`[data-a-target="${sel}"]`)).toBeHidden();
  await expect(page.locator('[data-test-selector="channel-leaderboard-container"]')).toBeHidden();
  await expect(page.locator('[data-a-target="chat-send-button"]')).toBeVisible();
});

test('an unsuitable product puts the room behind the PIN gate; buy buttons hidden; the right PIN opens it', async ({ context, page, extensionId }) => {
  // the demo room explaining an alcohol product (a minor_unsuitable term of the built-in vocabulary)
  const html = demoRoomHtml().replace(DEMO_PRODUCT_TITLE, '【讲解中】53度高度酒 礼盒装 今晚特价');
  expect(html).toContain('高度酒');
  await serve(context, `${DEMO_ROOM_URL}**`, html);
  await setUpGuardian(context, extensionId, { pin: '482148', curfew: { enabled: false } });
  await page.goto(DEMO_ROOM_URL);
  const gate = page.locator('[data-liveguard="protection-gate"]');
  await expect(gate).toHaveAttribute('data-gate', 'content');
  await expect(page.locator('[data-e2e="live-room-title"]')).toBeHidden();
  await expect(page.locator('#EcmoCardLayout button')).toBeHidden();
  await expect(page.locator('[data-e2e="yellowCart-container"]')).toBeHidden();
  const pinFrame = page.frameLocator('iframe[data-liveguard="pin-frame"]');
  await pinFrame.locator('input[name="pin"]').fill('999999');
  await pinFrame.locator('button[type="submit"]').click();
  await expect(pinFrame.locator('[data-liveguard="pin-problem"]')).toBeVisible();
  await expect(gate).toBeVisible();
  await pinFrame.locator('input[name="pin"]').fill('482148');
  await pinFrame.locator('button[type="submit"]').click();
  await expect(gate).toHaveCount(0);
  await expect(page.locator('[data-e2e="live-room-title"]')).toBeVisible();
  await expect(page.locator('#EcmoCardLayout button')).toBeHidden(); // still no buying unsuitable goods
  await expect(page.locator('#GiftTrayLayout')).toBeHidden();
});

test('"this host looks under 16" is recorded locally and shows in the guardian\'s log', async ({ context, page, extensionId }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(DEMO_ROOM_URL);
  await page.locator('[data-liveguard="report-minor-host"]').click();
  await expect(page.locator('[data-liveguard="report-minor-host"]')).toBeDisabled();
  const opts = await context.newPage();
  await opts.goto(`chrome-extension://${extensionId}/options.html`);
  await opts.locator('[data-liveguard="show-log"]').click();
  await expect(opts.locator('li[data-kind="minor-host-report"]')).toContainText('douyin 880088000');
  await expect(opts.locator('[data-liveguard="protection-reports"]')).toContainText('880088000');
  await expect(opts.locator('[data-liveguard="protection-reports"]')).toContainText('严选好物小美');
  await expect(opts.locator('[data-liveguard="protection-reports"]')).toContainText('MS4wLjABAAAA_liveguard_demo_host');
});

// ---- fixed clock: the TEST build's background reads globalThis.__liveguardTestNow ----
const TEST_EXT = resolve('.output-test/chrome-mv3');
const fixed = base.extend<{ ctx: BrowserContext; sw: Worker; extId: string }>({
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
const setNow = (sw: Worker, iso: string) => sw.evaluate((ms) => void ((globalThis as { __liveguardTestNow?: number }).__liveguardTestNow = ms), Date.parse(iso));

base('the release build carries no test clock hook', () => {
  expect(readFileSync(resolve('.output/chrome-mv3/background.js'), 'utf8')).not.toContain('__liveguardTestNow');
  expect(readFileSync(resolve(TEST_EXT, 'background.js'), 'utf8')).toContain('__liveguardTestNow');
});

fixed('curfew: at 23:00 Shanghai time the room is gated and hidden; the guardian PIN opens it', async ({ ctx, sw, extId }) => {
  await setUpGuardian(ctx, extId, { pin: '246824', timeZone: 'Asia/Shanghai' }); // default curfew 22:00-06:00
  await setNow(sw, '2026-11-22T23:00:00+08:00');
  await serve(ctx, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  const page = await ctx.newPage();
  await page.goto(DEMO_ROOM_URL);
  const gate = page.locator('[data-liveguard="protection-gate"]');
  await expect(gate).toHaveAttribute('data-gate', 'curfew');
  await expect(gate).toContainText(/06:00/);
  await expect(page.locator('[data-e2e="live-room-nickname"]')).toBeHidden(); // the page behind is hidden
  await expect(page.locator('#GiftTrayLayout')).toBeHidden();

  // The PIN field is an extension page in a frame: the page's own scripts see no keystrokes.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
    for (const type of ['keydown', 'keyup', 'input']) document.addEventListener(type, (e) => seen.push((e as KeyboardEvent).key ?? type), true);
  });
  const pinFrame = page.frameLocator('iframe[data-liveguard="pin-frame"]');
  await pinFrame.locator('input[name="pin"]').pressSequentially('111111');
  await pinFrame.locator('button[type="submit"]').click();
  await expect(pinFrame.locator('[data-liveguard="pin-problem"]')).toBeVisible();
  await expect(gate).toBeVisible();
  await pinFrame.locator('input[name="pin"]').pressSequentially('246824');
  await pinFrame.locator('button[type="submit"]').click();
  await expect(gate).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  await expect(page.locator('[data-e2e="live-room-nickname"]')).toBeVisible();

  // at 06:00 the next morning the curfew is over without any PIN
  await setNow(sw, '2026-11-23T06:00:00+08:00');
  const morning = await ctx.newPage();
  await morning.goto(DEMO_ROOM_URL);
  await expect(morning.locator('[data-liveguard="protection-countdown"]')).toBeVisible();
  await expect(morning.locator('[data-liveguard="protection-gate"]')).toHaveCount(0);
});

fixed('budget: a 1-minute budget spent across page loads gates the room; a new day reopens it', async ({ ctx, sw, extId }) => {
  await setUpGuardian(ctx, extId, { pin: '246824', timeZone: 'Asia/Shanghai', budgetMinutes: 1, curfew: { enabled: false } });
  await serve(ctx, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  const page = await ctx.newPage();
  await setNow(sw, '2026-11-22T15:00:00+08:00');
  await page.goto(DEMO_ROOM_URL);
  await expect(page.locator('[data-liveguard="protection-countdown"]')).toContainText('01:00');
  // a second room opened one tick gap later: 60 s credited (a reload would first send the
  // leaving page's hidden-tab tick, which rightly credits nothing)
  await setNow(sw, '2026-11-22T15:01:00+08:00');
  const second = await ctx.newPage();
  await second.goto(DEMO_ROOM_URL);
  await expect(second.locator('[data-liveguard="protection-gate"]')).toHaveAttribute('data-gate', 'budget');
  await setNow(sw, '2026-11-23T08:00:00+08:00');
  const nextDay = await ctx.newPage();
  await nextDay.goto(DEMO_ROOM_URL);
  await expect(nextDay.locator('[data-liveguard="protection-countdown"]')).toBeVisible();
  await expect(nextDay.locator('[data-liveguard="protection-gate"]')).toHaveCount(0);
});
