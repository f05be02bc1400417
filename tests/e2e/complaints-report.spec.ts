/**
 * Issue 23 end to end in real Chromium (TEST build, .output-test/chrome-mv3): file a complaint
 * from an overlay pop-up in a room whose product card the selectors cannot split, in zh-CN and in
 * en, with the browser in a named time zone; then on the complaints page and in the exported
 * report.html: no raw schema word (every text node against the zod schema's keys), times with the
 * zone named, the product's fields parsed, the filing guidance with a copy button per field; the
 * report printed to an A4 PDF (Chromium's own print, page.pdf) has one page per complaint plus the
 * appendix, and says what it should. With LG_DOCS_SCREENSHOTS=1 it writes the README's pictures.
 * The first-filing permission flow runs with the test build's stand-in for the browser's prompt
 * (lib/complaints/screenshot-grant.ts): headless Chromium cannot answer the real one.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchTestBuild, serve } from './harness';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';
import { pageTexts, rawKeysIn } from '../complaint-schema-keys';
import { pdfFirstPagePng, pdfPages, screenshotDir, unpackExport, withUnsplitCard } from './complaint-report-check';

const test = base.extend<{ profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-chromium-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

const extensionIdOf = async (context: BrowserContext) => new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
const formIn = (room: Page) => room.frameLocator('iframe[data-liveguard="complaint-frame"]').locator('[data-liveguard="complaint-form"]');

/** the frame's text nodes (it is an extension page: Playwright reaches it as a frame) */
async function frameTexts(room: Page): Promise<string[]> {
  const frame = room.frames().find((f) => f.url().includes('complaint-form.html'));
  if (!frame) throw new Error('no complaint frame');
  return frame.evaluate(pageTexts);
}

async function fileFromPopup(room: Page) {
  await serve(room.context(), `${DEMO_ROOM_URL}**`, withUnsplitCard(demoRoomHtml()));
  await room.goto(`${DEMO_ROOM_URL}?interval=100`);
  // click 1: "file a complaint" on the off-platform warning pop-up
  await room.locator('.lg-popup [data-liveguard-action="file-complaint"]').first().click({ timeout: 30_000 });
  const form = formIn(room);
  await expect(form).toBeVisible();
  return form;
}

const CASES = [
  { lang: 'zh-CN', timeZone: 'Asia/Shanghai', zone: /\(Asia\/Shanghai, UTC\+8\)/, missing: '12315 投诉尚缺：投诉人姓名、投诉人电话', facts: '主播让我加微信私下付款', title: '纯棉T恤 男女同款', guide: '全国 12315 平台', pdfHead: '投诉 1' },
  { lang: 'en', timeZone: 'America/New_York', zone: /\(America\/New_York, UTC-5\)/, missing: 'Still missing for a 12315 complaint: Your name, Your phone', facts: 'The host asked me to pay on WeChat.', title: '纯棉T恤 男女同款', guide: 'National 12315 platform', pdfHead: 'Complaint 1' },
] as const;

for (const c of CASES) {
  test(`${c.lang}: file from a pop-up, the page and the exported report in the viewer's words and zone, printed to A4`, async ({ profile }) => {
    const shots = screenshotDir();
    const context = await launchTestBuild(profile, { lang: c.lang, timeZone: c.timeZone });
    const extensionId = await extensionIdOf(context);
    const room = await context.newPage();
    await room.setViewportSize({ width: 1280, height: 800 });
    const form = await fileFromPopup(room);
    await expect(form.locator('[data-liveguard="form-product-title"]')).toHaveText(c.title);
    await expect(form.locator('[data-liveguard="form-product-price"]')).toHaveText('¥59 / ¥79');
    await expect(form.locator('[data-liveguard="form-time"]')).toHaveText(c.zone);
    await form.locator('textarea[name="facts"]').fill(c.facts);
    await room.screenshot({ path: join(shots, `complaint-form-${c.lang}.png`) });
    expect(rawKeysIn(await frameTexts(room))).toEqual([]);
    // click 2: save (the test build holds <all_urls>, standing in for a grant)
    await form.locator('[data-liveguard-action="complaint-submit"]').click();
    await expect(form.locator('[data-liveguard="complaint-saved"]')).toHaveAttribute('data-screenshot', 'true');
    expect(rawKeysIn(await frameTexts(room))).toEqual([]);

    // the complaints page
    const mgr = await context.newPage();
    await mgr.setViewportSize({ width: 1280, height: 1400 });
    await mgr.goto(`chrome-extension://${extensionId}/complaints.html`);
    await mgr.locator('[data-liveguard="complaint-list"] li button').click();
    await expect(mgr.locator('[data-liveguard="evidence-integrity"]')).toHaveAttribute('data-intact', 'true');
    await expect(mgr.locator('[data-liveguard="evidence-product-title"]')).toHaveText(c.title);
    await expect(mgr.locator('[data-liveguard="evidence-product-original"]')).toHaveText('¥79');
    await expect(mgr.locator('[data-liveguard="evidence-time"]')).toHaveText(c.zone);
    // where to file: the platform's own entry and 12315, each field with its copy button
    const guide = mgr.locator('[data-liveguard="filing-guide"]');
    await expect(guide.locator('[data-liveguard="guide-destination"]')).toHaveCount(2);
    await expect(guide).toContainText(c.guide);
    const national = guide.locator('[data-destination="12315"]');
    await expect(national.locator('[data-liveguard="guide-link"]')).toHaveAttribute('href', 'https://www.12315.cn/');
    const rows = national.locator('[data-liveguard="guide-field"]');
    expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-field')))).toEqual(
      ['cpBusinessName', 'fgField_eventTime', 'fgField_platform', 'fgField_product', 'complaintFacts', 'fgField_evidence'],
    );
    await national.locator('[data-field="fgField_product"] [data-liveguard-action="copy-field"]').click();
    await expect(national.locator('[data-field="fgField_product"] [data-liveguard-action="copy-field"]')).toHaveText(c.lang === 'en' ? 'Copied' : '已复制');
    // "Copied" shows only once navigator.clipboard.writeText resolved (reading the clipboard back is
    // refused to extension pages in headless Chromium: "Read permission denied")
    expect(rawKeysIn(await mgr.evaluate(pageTexts))).toEqual([]);
    await mgr.screenshot({ path: join(shots, `complaint-page-${c.lang}.png`), fullPage: true });

    // export this one in the viewer's language; the JSON keeps UTC epoch milliseconds
    await mgr.locator('select[name="lang"]').selectOption(c.lang);
    const dl = mgr.waitForEvent('download');
    await mgr.locator('[data-liveguard-action="export-one"]').click();
    const zipPath = join(profile, 'export.zip');
    await (await dl).saveAs(zipPath);
    const exp = await unpackExport(zipPath);
    const rec = exp.json.complaints[0]!;
    expect(Number.isInteger(rec.evidence.capturedAt)).toBe(true);
    expect(rec.evidence.product).toMatchObject({ title: c.title, price: 59, originalPrice: 79 });

    // the report as a reader opens it
    const report = await context.newPage();
    await report.goto(`file://${join(exp.dir, 'report.html')}`);
    const texts = await report.evaluate(pageTexts);
    expect(rawKeysIn(texts)).toEqual([]);
    const all = texts.join('\n');
    expect(all).toMatch(c.zone);
    expect(all).toContain(c.missing);
    expect(all).toContain('¥79');
    await expect(report.locator('img.shot')).toHaveCount(1);
    expect(await report.locator('img.shot').evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);

    // printed through Chromium's own print path: A4, the complaint on page 1, the digests after it
    const pdf = join(exp.dir, 'report.pdf');
    await report.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    console.log(`[pdf ${c.lang}] ${pages.length} pages: ${pages.map((p) => p.trim().slice(0, 40).replace(/\s+/g, ' ')).join(' | ')}`);
    // the appendix starts with its title and how to check the digests (page 1 only links to it)
    const appendixAt = pages.findIndex((p) => p.includes(c.lang === 'en' ? 'How to check:' : '如何校验：'));
    expect(pages[appendixAt]).toContain(c.lang === 'en' ? 'Appendix: chat, findings and evidence digests' : '附录：弹幕记录、检测结果与证据校验值');
    // one complaint, one page (with the cover); chat, findings and digests in the appendix after it
    expect(pages[0]).toContain(c.pdfHead);
    expect(pages[0]).toContain(c.facts);
    expect(pages[0]).toMatch(c.zone);
    expect(appendixAt).toBe(1);
    expect(pages.slice(1, appendixAt).join('\n')).not.toContain(c.pdfHead);
    expect(pages[appendixAt]).not.toContain(c.facts);
    expect(pages.slice(appendixAt).join('').replace(/\s/g, '')).toContain(rec.evidence.recordHash);
    expect(pages.slice(0, appendixAt).join('\n')).not.toContain(rec.evidence.recordHash.slice(0, 24));
    pdfFirstPagePng(pdf, join(shots, `complaint-report-pdf-${c.lang}.png`));
    rmSync(exp.dir, { recursive: true, force: true });
    await context.close();
  });
}

test('first filing from the overlay: explains, asks for the screenshot permission in one step, then captures; not asked again', async ({ profile }) => {
  const context = await launchTestBuild(profile);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // the test build's stand-in for the browser prompt: grant not given yet, the viewer says yes
  await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ lgTestScreenshotGrant: { answer: true } }));
  const room = await context.newPage();
  const form = await fileFromPopup(room);
  await expect(form.locator('[data-liveguard="grant-why"]')).toContainText('截图');
  await expect(form.locator('[data-liveguard-action="complaint-submit"]')).toHaveCount(0);
  await form.locator('[data-liveguard-action="complaint-grant-submit"]').click();
  await expect(form.locator('[data-liveguard="complaint-saved"]')).toHaveAttribute('data-screenshot', 'true');
  await form.locator('button', { hasText: '关闭' }).click();
  // the next filing is not asked again
  await room.locator('.lg-interstitial [data-liveguard-action="file-complaint"]').click({ timeout: 40_000 });
  await expect(formIn(room).locator('[data-liveguard-action="complaint-submit"]')).toBeVisible();
  await expect(formIn(room).locator('[data-liveguard="grant-why"]')).toHaveCount(0);
  await context.close();
});

test('first filing, the viewer declines: saved without a screenshot, and it says why', async ({ profile }) => {
  const context = await launchTestBuild(profile);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ lgTestScreenshotGrant: { answer: false } }));
  const room = await context.newPage();
  const form = await fileFromPopup(room);
  await form.locator('[data-liveguard-action="complaint-grant-submit"]').click();
  const saved = form.locator('[data-liveguard="complaint-saved"]');
  await expect(saved).toHaveAttribute('data-screenshot', 'false');
  await expect(saved).toContainText('未授予权限');
  await context.close();
});
