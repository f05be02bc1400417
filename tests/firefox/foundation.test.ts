import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, serveRoutes } from './harness';

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>room</title></head><body><h1>live</h1></body></html>';
let browser: Browser;
before(async () => { browser = await launchFirefox(); });
after(async () => { await browser?.close(); });

test('Firefox: the overlay mounts on a supported site (https fixture at the real URL)', async () => {
  const page = await browser.newPage();
  await serveRoutes(page, { 'https://live.douyin.com/': PAGE, 'https://www.twitch.tv/': PAGE });
  for (const url of ['https://live.douyin.com/880088000', 'https://www.twitch.tv/somechannel']) {
    await page.goto(url);
    const el = await page.waitForSelector('pierce/[data-liveguard="overlay"]', { timeout: 10_000 });
    assert.ok(el, `overlay on ${url}`);
  }
  await page.close();
});

test('Firefox: nothing is injected on an unsupported site', async () => {
  const page = await browser.newPage();
  await serveRoutes(page, { 'https://shop.example.com/': PAGE });
  await page.goto('https://shop.example.com/live/1');
  await new Promise((r) => setTimeout(r, 1000));
  const found = await page.$('pierce/[data-liveguard="overlay"]');
  assert.equal(found, null);
  await page.close();
});
