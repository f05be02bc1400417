/**
 * Price truth in real Chromium (issue 19), TEST build: the background's clock is driven through the
 * test build's hook (globalThis.__liveguardTestNow in the service worker, as the curfew spec does;
 * compiled out of release builds) — the page's clock is left alone, Playwright's clock API cannot
 * reach a service worker. Nothing is seeded: the history is what the real extension stored in the
 * browser's IndexedDB when the room was opened "days earlier".
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, serve } from './harness';
import { dayTime } from '../../lib/price/days';

const URL_ = 'https://live.douyin.com/880088000';

/** a Douyin room (the descriptor's hooks, as demo/sites/douyin.html) with one product card */
function room(card: { price: string; struck?: string }) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>直播间 - 抖音直播</title></head><body>
<div data-e2e="rooom-info-bar-anchor"><a data-e2e="live-room-nickname" href="https://www.douyin.com/user/MS4wLjABAAAA_price_host">面霜旗舰店</a></div>
<div data-e2e="live-room-title">面霜专场</div>
<div style="height:60px"></div>
<div id="EcmoCardLayout" data-e2e="explain-card" style="margin-left:40px;width:260px;padding:8px;border:1px solid #ccc"><div class="goods-title">修护面霜 50ml</div><span class="goods-price">${card.price}</span>${card.struck ? ` <del>${card.struck}</del>` : ''}<button>去抢购</button></div>
<div id="chatroom"><div class="webcast-chatroom___list"><div class="webcast-chatroom___items"><div></div></div></div></div>
</body></html>`;
}

async function say(page: Page, id: string, text: string) {
  await page.evaluate(
    ([id, text]) => {
      const item = document.createElement('div');
      item.className = 'webcast-chatroom___item webcast-chatroom___enter-done';
      item.setAttribute('data-id', id);
      const wrap = item.appendChild(document.createElement('div'));
      wrap.className = 'TNg5meqw';
      const who = wrap.appendChild(document.createElement('span'));
      who.className = 'u2QdU6ht';
      who.textContent = '主播助理：';
      const body = wrap.appendChild(document.createElement('span'));
      body.className = 'WsJsvMP9';
      const t = body.appendChild(document.createElement('span'));
      t.className = 'webcast-chatroom___content-with-emoji-text';
      t.textContent = text;
      document.querySelector('.webcast-chatroom___items > div')!.appendChild(item);
    },
    [id, text],
  );
}

const setNow = (sw: Worker, iso: string) => sw.evaluate((ms) => void ((globalThis as { __liveguardTestNow?: number }).__liveguardTestNow = ms), Date.parse(iso));
const swZone = (sw: Worker) => sw.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

async function priceFindings(page: Page) {
  const toggle = page.locator('[data-liveguard="panel-toggle"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  // ours carry the evidence after "⟶" (lib/price/finding.ts); the scanner's own price words may be listed too
  return page.locator('[data-liveguard="findings-panel"] [data-liveguard-finding="price_fraud"]').filter({ hasText: '⟶' });
}

test('seen at ¥89, offered days later as 原价¥1999 今天¥99: a warning with the seen price and date; the chart on hover and focus', async ({ context, page, serviceWorker: sw }) => {
  const tz = await swZone(sw);
  const seenAt = '2026-12-01T12:00:00+08:00';
  await setNow(sw, seenAt);
  await serve(context, `${URL_}**`, room({ price: '¥89' }));
  await page.goto(URL_);
  // the background answered with the card's history: the chip is on the card
  await expect(page.locator('[data-liveguard="price-chip"]')).toBeVisible();
  expect(await (await priceFindings(page)).count()).toBe(0);

  await setNow(sw, '2026-12-04T20:00:00+08:00');
  await context.unroute(`${URL_}**`);
  await serve(context, `${URL_}**`, room({ price: '今天¥99', struck: '原价¥1999' }));
  await page.goto(URL_);
  const seen = `¥89 ${dayTime(Date.parse(seenAt), tz)}`;
  const found = (await priceFindings(page)).filter({ hasText: seen });
  await expect(found).toHaveCount(1);
  await expect(found).toHaveAttribute('data-severity', 'warning');
  await expect(found).toContainText('¥1999');
  // the warning's pop-up says what the history is: what this browser saw, not the shop's books
  const popup = page.locator('.lg-popup[data-liveguard-finding="price_fraud"][data-severity="warning"]');
  await expect(popup.locator('.lg-matched')).toContainText(seen);
  await expect(popup.locator('.lg-advice')).toContainText('不是商家的账目');
  // the card carries the mark
  await expect(page.locator('#EcmoCardLayout')).toHaveAttribute('data-liveguard-mark', 'price_fraud');

  // the chart: hover, then keyboard focus
  await page.locator('[data-liveguard="panel-toggle"]').click();
  const chip = page.locator('[data-liveguard="price-chip"]');
  await chip.hover();
  const tip = page.locator('[data-liveguard="price-tip"]');
  await expect(tip).toBeVisible();
  await expect(tip.locator('[data-liveguard="price-low"]')).toContainText(`¥89 ${dayTime(Date.parse(seenAt), tz).slice(0, 10)}`);
  await expect(tip.locator('svg polyline')).toHaveAttribute('points', /\d/);
  await page.locator('[data-liveguard="price-chart"]').screenshot({ path: 'docs/screenshots/price-history-chart.png' });
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  await chip.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);

  // a complaint from the warning carries the product's history: the form shows it as evidence
  await popup.locator('[data-liveguard-action="file-complaint"]').click();
  const form = page.frameLocator('iframe[data-liveguard="complaint-frame"]').locator('[data-liveguard="complaint-form"]');
  const evidence = form.locator('[data-liveguard="price-evidence"]');
  await expect(evidence).toContainText(seen);
  await expect(evidence).toContainText(`¥99 (¥1999) ${dayTime(Date.parse('2026-12-04T20:00:00+08:00'), tz)}`);
  await form.screenshot({ path: 'docs/screenshots/price-history-complaint-evidence.png' });
  await form.locator('textarea[name="facts"]').fill('原价虚高');
  await form.locator('[data-liveguard-action="complaint-submit"]').click();
  await expect(form.locator('[data-liveguard="complaint-saved"]')).toBeVisible();
  // the stored complaint's sealed evidence holds both prices seen (read from the extension's IndexedDB)
  const stored = await sw.evaluate(
    () =>
      new Promise<unknown>((ok, fail) => {
        const req = indexedDB.open('liveguard');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('complaints').objectStore('complaints').getAll();
          all.onsuccess = () => ok((all.result as { evidence: { priceHistory?: { price: number | null }[]; hashes: { priceHistory?: string } } }[]).map((c) => ({ prices: c.evidence.priceHistory?.map((p) => p.price), hashed: !!c.evidence.hashes.priceHistory })));
        };
      }),
  );
  expect(stored).toEqual([{ prices: [89, 99], hashed: true }]);
});

test('a false "back to ¥459 in one minute" is caught after the minute, with the price seen then', async ({ context, page, serviceWorker: sw }) => {
  const tz = await swZone(sw);
  const t0 = Date.parse('2026-12-04T20:00:00+08:00');
  await sw.evaluate((ms) => void ((globalThis as { __liveguardTestNow?: number }).__liveguardTestNow = ms), t0);
  await serve(context, `${URL_}**`, room({ price: '¥399' }));
  await page.goto(URL_);
  await expect(page.locator('[data-liveguard="price-chip"]')).toBeVisible();
  await say(page, '7390000000000000001', '家人们抓紧，一分钟后恢复¥459！');
  // before the minute is up the card is read again and nothing is said
  await page.waitForTimeout(4500); // two info ticks (INFO_INTERVAL_MS = 2 s) with the claim pending
  expect(await (await priceFindings(page)).count()).toBe(0);
  await page.locator('[data-liveguard="panel-toggle"]').click();

  await sw.evaluate((ms) => void ((globalThis as { __liveguardTestNow?: number }).__liveguardTestNow = ms), t0 + 70_000);
  const found = (await priceFindings(page)).filter({ hasText: '一分钟后恢复¥459' });
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(`¥399 ${dayTime(t0 + 70_000, tz)}`);
  await expect(found).toHaveAttribute('data-severity', 'warning');
});
