// Page text is always text (issue 5, design.md "page content is hostile"): script and markup
// payloads written as TEXT in chat lines, author names, the product title, the host name and the
// room title of a Douyin room are read, scanned and shown by the overlay (pop-up, findings panel,
// complaint form) as literal characters; none of them runs, in the page's world or in ours.
import { test, expect, serve, fixture } from './harness';

// one browser for the file's tests (harness.ts, shareBrowser): each serves its own room and reads only its tab
test.use({ shareBrowser: true });

const PWN = 'window.__lgPwned=(window.__lgPwned||0)+1';
const CHAT = [
  `<script>${PWN}</script>加V信 ks889900`,
  `<img src=x onerror="${PWN}">好物推荐`,
  `<svg/onload=${PWN}>好物推荐`,
  `<a href="javascript:${PWN}">点我领券</a>`,
  '&lt;b&gt;不是粗体&lt;/b&gt; &amp;amp; &#60;i&#62;',
  '\u202E这是反向文字 abc \u202Dlrm',
];
const AUTHORS = [`<img src=x onerror="${PWN}">`, `<script>${PWN}</script>`, '\u202Eevil\u202C'];
const TITLE = `<script>${PWN}</script>全网最低价 <img src=x onerror="${PWN}">`;
const HOST = `<svg onload="${PWN}">茶园</svg>`;
const PRODUCT = `<img src=x onerror="${PWN}">羊绒大衣 &amp; \u202E特价`;

/** HTML-escape, so the page itself shows the payload as text (as a site that escapes correctly does). */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hostilePage(): string {
  // every chat line three times from three authors: a templated run (R-DATA-20), whose finding's
  // matched text is the whole line, so the panel has to show each payload in full
  const rows = CHAT.flatMap((text, i) =>
    [0, 1, 2].map(
      (k) =>
        `<div class="webcast-chatroom___item" data-id="99${i}${k}"><div class="TNg5meqw"><span class="u2QdU6ht">${esc(AUTHORS[k] + i)}：</span><span class="WsJsvMP9"><span class="webcast-chatroom___content-with-emoji-text">${esc(text)}</span></span></div></div>`,
    ),
  );
  // one off-platform lure from each hostile author, so each name is shown with its finding
  const lures = AUTHORS.map(
    (a, k) =>
      `<div class="webcast-chatroom___item" data-id="88${k}"><div class="TNg5meqw"><span class="u2QdU6ht">${esc(a)}：</span><span class="WsJsvMP9"><span class="webcast-chatroom___content-with-emoji-text">加V信 lg88990${k}</span></span></div></div>`,
  );
  return fixture('sites/douyin.html')
    .replace('明前龙井 全网最低价 现摘现发', esc(TITLE))
    .replace('>茶园直供<', `>${esc(HOST)}<`)
    .replace('53度白酒 整箱特价', esc(PRODUCT))
    .replace(/<div class="webcast-chatroom___items"><div>[\s\S]*?<\/div><\/div><\/div><\/div>/, `<div class="webcast-chatroom___items"><div>${[...rows, ...lures].join('\n')}</div></div></div></div>`)
    .replace(/<script>[\s\S]*?<\/script>/, '');
}

test('script and markup payloads in chat, names, product and room titles never run and show as literal text', async ({ context, page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await serve(context, 'https://live.douyin.com/**', hostilePage());
  await page.goto('https://live.douyin.com/880088000');

  // the page itself shows the payloads as text (the fixture is a correctly escaping site)
  await expect(page.locator('[data-e2e="live-room-title"]')).toHaveText(TITLE);
  const overlay = page.locator('[data-liveguard="overlay"]');

  // the off-platform pop-up names the line's author: a payload, shown as text
  const popup = overlay.locator('.lg-popup[data-liveguard-finding="off_platform"]');
  await expect(popup.locator('.lg-matched bdi')).toHaveText('V信 ks889900');
  await expect(popup.locator('.lg-author bdi')).toHaveText(`${AUTHORS[0]}0`);

  // the panel lists every chat payload in full (templated runs) and the product card (price ratio)
  await overlay.locator('[data-liveguard="panel-toggle"]').click();
  const panel = overlay.locator('[data-liveguard="findings-panel"]');
  // one templated run per payload line, plus the three lures (same words, digits swapped)
  await expect(panel.locator('[data-liveguard-finding="data_falsification"]')).toHaveCount(CHAT.length + 1);
  const shown = await panel.locator('bdi').allTextContents();
  for (const line of CHAT) expect(shown, line).toContain(line);
  for (const a of AUTHORS) expect(shown, a).toContain(a);
  expect(shown.some((s) => s.includes(PRODUCT))).toBe(true);
  await expect(panel.locator('[data-liveguard-finding="false_claim"] bdi').first()).toHaveText('全网最低价');

  // the complaint form shows the room title, host name and product title, as text
  await panel.locator('[data-liveguard-finding="price_fraud"] [data-liveguard-action="file-complaint"]').click();
  // the form is an extension page framed into the overlay (issue 14): its text is read inside the frame
  const form = page.frameLocator('iframe[data-liveguard="complaint-frame"]').locator('[data-liveguard="complaint-form"]');
  await expect(form).toContainText(TITLE);
  await expect(form).toContainText(HOST);
  await expect(form).toContainText(PRODUCT);

  // nothing ran and nothing was parsed into elements: not in the page, not in the overlay
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { __lgPwned?: number }).__lgPwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // our own frames (the complaint form, the panel's room chart: issue 18 item 5) are extension pages, never page markup
  await expect(overlay.locator('script, img, svg, iframe:not([data-liveguard="complaint-frame"]):not([data-liveguard="room-chart-frame"]), a[href], b, i')).toHaveCount(0);
  for (const src of await overlay.locator('iframe').evaluateAll((fs) => fs.map((f) => (f as HTMLIFrameElement).src))) expect(src).toMatch(/^chrome-extension:\/\//);
  await expect(form.locator('script, img, svg, iframe, a[href], b, i')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('body img, body svg, body script, body a[href^="javascript"], body b, body i').length)).toBe(0);
  // page marks carry our own label, never page text
  const labels = await page.locator('[data-liveguard-label]').evaluateAll((els) => els.map((e) => e.getAttribute('data-liveguard-label') ?? ''));
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) expect(l).toMatch(/^⚠ [^<>]+$/);
});

test('the RTL override in page text stays inside its <bdi> and cannot reorder the overlay', async ({ context, page }) => {
  await serve(context, 'https://live.douyin.com/**', hostilePage());
  await page.goto('https://live.douyin.com/880088000');
  const overlay = page.locator('[data-liveguard="overlay"]');
  await overlay.locator('[data-liveguard="panel-toggle"]').click();
  const rtl = overlay.locator('[data-liveguard="findings-panel"] bdi', { hasText: '这是反向文字' });
  await expect(rtl).toHaveCount(1);
  // the override character is inside the isolate, and the isolate is a real <bdi> (unicode-bidi: isolate)
  expect(await rtl.evaluate((e) => [e.tagName, getComputedStyle(e).unicodeBidi, e.textContent?.includes('\u202E')])).toEqual(['BDI', 'isolate', true]);
});
