// R-MINOR-10 in real Firefox (release build): the guardian sets protection up on the options page
// with a curfew around the current time (UTC), so the real clock puts the room behind the gate;
// a wrong PIN keeps it shut, the right one opens it; tipping stays hidden.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { gotoExtensionPage, launchFirefox, serveRoutes } from './harness';
import { demoRoomHtml, DEMO_ROOM_URL } from '../../demo/room';

let browser: Browser;
before(async () => { browser = await launchFirefox(); });
after(async () => { await browser?.close(); });

const hhmm = (minuteOfDay: number) => {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

async function fill(page: Page, selector: string, value: string) {
  await page.$eval(selector, (el, v) => {
    const input = el as HTMLInputElement;
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

test('Firefox: curfew gate on a Douyin room needs the guardian PIN; tipping hidden', async () => {
  const opts = await browser.newPage();
  await gotoExtensionPage(opts, 'options.html');
  await opts.waitForSelector('[data-liveguard="set-pin"]', { timeout: 10_000 });
  await fill(opts, '[data-liveguard="set-pin"] input[name="new"]', '864286');
  await fill(opts, '[data-liveguard="set-pin"] input[name="repeat"]', '864286');
  await opts.click('[data-liveguard="set-pin"] button[type="submit"]');
  await opts.waitForSelector('[data-liveguard="guardian-form"]', { timeout: 10_000 });
  const nowUtc = new Date();
  const minute = nowUtc.getUTCHours() * 60 + nowUtc.getUTCMinutes();
  await opts.click('[data-liveguard="guardian-form"] input[name="enabled"]');
  await fill(opts, '[data-liveguard="guardian-form"] input[name="curfewStart"]', hhmm(minute - 60));
  await fill(opts, '[data-liveguard="guardian-form"] input[name="curfewEnd"]', hhmm(minute + 60));
  await fill(opts, '[data-liveguard="guardian-form"] input[name="timeZone"]', 'UTC');
  await fill(opts, '[data-liveguard="guardian-form"] input[name="pin"]', '864286');
  await opts.click('[data-liveguard="guardian-form"] button[type="submit"]');
  await opts.waitForSelector('[data-liveguard="protection-status"][data-enabled="true"]', { timeout: 10_000 });
  await opts.close();

  const page = await browser.newPage();
  await serveRoutes(page, { [DEMO_ROOM_URL]: demoRoomHtml() });
  await page.goto(DEMO_ROOM_URL);
  const gate = await page.waitForSelector('pierce/[data-liveguard="protection-gate"]', { timeout: 15_000 });
  assert.equal(await gate!.evaluate((el) => el.getAttribute('data-gate')), 'curfew');
  const bodyVisibility = await page.evaluate(() => getComputedStyle(document.body).visibility);
  assert.equal(bodyVisibility, 'hidden', 'the room behind the gate is hidden');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#GiftTrayLayout')!).display), 'none');

  // the PIN field is an extension page framed into the gate (keystrokes stay out of the page)
  const frameHandle = await page.waitForSelector('pierce/iframe[data-liveguard="pin-frame"]');
  const frame = (await frameHandle!.contentFrame())!;
  const pinInput = await frame.waitForSelector('[data-liveguard="gate-pin"] input[name="pin"]', { timeout: 10_000 });
  await pinInput!.type('000000');
  await (await frame.$('[data-liveguard="gate-pin"] button[type="submit"]'))!.click();
  await frame.waitForSelector('[data-liveguard="pin-problem"]', { timeout: 10_000 });
  assert.ok(await page.$('pierce/[data-liveguard="protection-gate"]'), 'a wrong PIN keeps the gate');

  await pinInput!.type('864286');
  await (await frame.$('[data-liveguard="gate-pin"] button[type="submit"]'))!.click();
  await page.waitForFunction(() => !document.querySelector('liveguard-overlay')?.shadowRoot?.querySelector('[data-liveguard="protection-gate"]'), { timeout: 10_000 });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).visibility), 'visible');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#GiftTrayLayout')!).display), 'none', 'tipping stays hidden after the pass');
  await page.close();
});
