import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';

// one browser for the file's tests (harness.ts, shareBrowser): each serves its own room and reads only its tab
test.use({ shareBrowser: true });

test('the demo room streams chat in Douyin structure and the overlay mounts on it', async ({ context, page }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=100`);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
  await expect(page.locator('#chatroom .webcast-chatroom___item[data-id]').nth(5)).toBeAttached();
  await expect(page.locator('[data-e2e="live-room-nickname"]')).toHaveText('严选好物小美');
});

test('the demo room shows every tier: notice marks, warning pop-ups, the critical interstitial, data signs', async ({ context, page }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=150`);
  const overlay = page.locator('[data-liveguard="overlay"]');
  // warning: the off-platform pop-up in the words of the Measures (R-OFF-6), with the matched text
  const off = overlay.locator('.lg-popup[data-liveguard-finding="off_platform"][data-severity="warning"]');
  await expect(off).toContainText('平台外');
  await expect(off).toContainText('lg2026vip');
  // critical: the interstitial over the room, with "continue anyway" (R-RISK-1, prohibited goods)
  const interstitial = overlay.locator('.lg-interstitial[data-severity="critical"]');
  await expect(interstitial).toHaveAttribute('data-liveguard-finding', 'prohibited_goods', { timeout: 20_000 });
  await interstitial.locator('[data-liveguard-action="continue"]').click();
  await expect(interstitial).toHaveCount(0);
  // notice: a mark on the page's own element (the product card's absolute claim / price)
  await expect(page.locator('[data-liveguard-mark-severity="notice"]').first()).toBeAttached();
  // the findings panel lists all of it with times, data-falsification signs included (R-DATA-20)
  await overlay.locator('[data-liveguard="panel-toggle"]').click();
  const panel = overlay.locator('[data-liveguard="findings-panel"]');
  await expect(panel.locator('[data-severity="notice"]').first()).toBeAttached();
  await expect(panel.locator('[data-liveguard-finding="data_falsification"]').first()).toBeAttached({ timeout: 15_000 });
  await expect(panel.locator('[data-severity="critical"]').first()).toBeAttached();
});

test('the first minute shows one tier at a time, in order: notice, then one warning pop-up, then the interstitial', async ({ context, page }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=300`); // the tour at 300 ms a tick (npm start: 700 ms)
  const overlay = page.locator('[data-liveguard="overlay"]');
  await expect(page.locator('[data-liveguard-mark-severity="notice"]').first()).toBeAttached();
  await expect(overlay.locator('.lg-popup, .lg-interstitial')).toHaveCount(0);
  await expect(overlay.locator('.lg-popup')).toHaveCount(1);
  await expect(overlay.locator('.lg-interstitial')).toHaveCount(0);
  await expect(overlay.locator('.lg-interstitial')).toHaveCount(1, { timeout: 20_000 });
  await expect(overlay.locator('.lg-popup')).toHaveCount(1); // still the one warning, no pile of pop-ups
});

test('an unfavourable comment deleted from the middle of the chat is noticed and kept; trimmed rows are not', async ({ context, page }) => {
  await serve(context, `${DEMO_ROOM_URL}**`, demoRoomHtml());
  await page.goto(`${DEMO_ROOM_URL}?interval=600000`);
  await expect(page.locator('[data-liveguard="overlay"]')).toHaveCount(1);
  // the last line is a lure the extension marks: rows of one batch are read in order, so its mark
  // says every line before it was read (a condition, not a wait; issue 13)
  const lines = ['收到货质量差，申请退款不理人', '主播晚上好', '这个有优惠吗', '已经买了两次了，大家别买，是假货', '好看', '拍了', '私下转账更便宜 8号'];
  await page.evaluate((ls) => {
    const list = document.querySelector('.webcast-chatroom___items > div')!;
    ls.forEach((text, i) => {
      const item = document.createElement('div');
      item.className = 'webcast-chatroom___item';
      item.setAttribute('data-id', `990000${i}`);
      const name = document.createElement('span');
      name.textContent = '观*****：';
      const body = document.createElement('span');
      body.className = 'webcast-chatroom___content-with-emoji-text';
      body.textContent = text;
      item.append(name, body);
      list.appendChild(item);
    });
  }, lines);
  await expect(page.locator('[data-id="9900006"]')).toHaveAttribute('data-liveguard-mark', /./); // read by the extension
  await page.evaluate(() => {
    document.querySelector('[data-id="9900000"]')!.remove(); // the oldest: a trim, not a deletion
    document.querySelector('[data-id="9900003"]')!.remove(); // from the middle: a deletion
  });
  const overlay = page.locator('[data-liveguard="overlay"]');
  await overlay.locator('[data-liveguard="panel-toggle"]').click();
  const vanished = overlay.locator('[data-liveguard="findings-panel"] [data-liveguard-finding="data_falsification"]', { hasText: '是假货' });
  await expect(vanished).toHaveCount(1, { timeout: 10_000 });
  await page.waitForTimeout(2500); // another check pass
  await expect(overlay.locator('[data-liveguard="findings-panel"]')).not.toContainText('质量差');
});

// Issue 13: what every page of the supported hosts loads, read off the build this spec runs (the
// test build; the release differs by a few bytes, its test-only hooks dropped, its root closed).
// The content script goes without webextension-polyfill (wxt.config.ts); its text would be back if
// the alias that keeps it out stopped applying. It was 158.3 KB (release) before our own shadow
// host replaced WXT's UI helpers, the regex analysis moved to the background and the protection
// layer's styles went to live.css; 147.0 KB after. The same session's rule merges (claim, price and
// goods forms 7.9 KB, lure patterns 1.5 KB) and the viewer-locale and keep-clear code brought it to
// 162.7 KB (release). Stop 29 took it to 149.9 KB (release): only the sites' addresses are bundled and
// the background hands the room's site reading over with the rules (-8.9 KB), the override's shape
// check is left to the background (-1.3 KB), our own content-script context replaces WXT's (-1.9 KB),
// match patterns derive from the hosts and the marks' CSS ships without spaces: 149.9 KB on that branch.
// The same stop's rule merges (lure and commerce forms, the structured gate's table: +3.1 KB) brought
// main to 153.1 KB. Stop 30: the rule forms (efficacy, price, goods) are data handed over with the
// rules (lib/detect/form-spec.ts, forms.ts: -10.4 KB): 142.7 KB (142,686 bytes release, 142,684 test),
// so the guard sits just above that: growth past it fails here; the aim is 150 KB (issue 13). Stop 31
// (h-offplat): lure rules that are patterns, not words (qq_evasion, trade_dm) and the 非法 warning cue:
// 143,317 -> 144,046 bytes release. With stop 31's commerce forms (+389) and the per-message work
// (templated detector's queue, Douyin nickname walk: +560) main is 145,042 bytes, so the guard now sits at
// the aim itself (150,000): the margin left for rules is what the aim allows, no more.
test('the built content script stays at or under the 150 KB aim, without webextension-polyfill', async ({ extensionDir }) => {
  const code = readFileSync(join(extensionDir, 'content-scripts/live.js'), 'utf8');
  expect(code).not.toContain('The message port closed before a response was received');
  expect(Buffer.byteLength(code)).toBeLessThanOrEqual(150_000);
});
