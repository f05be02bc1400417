// Issue 20 item 1 (R-INFO-24): the seller the room disclosed goes into a complaint's sealed evidence,
// the 12315 business is prefilled from it, the report prints it; complaints filed before keep verifying.
import { describe, expect, it } from 'vitest';
import { makeComplaint } from './make-complaint';
import { verifyEvidence } from '@/lib/complaints/hashing';
import { ComplaintSchema } from '@/lib/complaints/schema';
import { filingGuidance } from '@/lib/complaints/filing-guidance';
import { labelsFor } from '@/lib/complaints/labels';
import { reportHtml } from '@/lib/complaints/report-html';
import { PLATFORM_ENTRIES } from '@/lib/complaints/platform-entries';

const SELLER = { name: '茶园直供官方旗舰店', url: 'https://haohuo.jinritemai.com/views/shop/index?id=fxShop01', licenceUrl: 'https://haohuo.jinritemai.com/views/shop/multipleLicenses?id=fxShop01' };
const page = (seller: unknown) => ({ url: 'https://live.douyin.com/880088000', site: 'douyin' as const, roomId: '880088000', roomTitle: '好物', hostName: '茶园直供', hostId: 'h1', seller: seller as typeof SELLER | null });
const douyin = PLATFORM_ENTRIES.douyin;

describe('seller in complaint evidence (R-INFO-24)', () => {
  it('carries the disclosed seller under the page hash, and the 12315 business is the seller, not the host', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { page: page(SELLER) } });
    expect(ComplaintSchema.parse(complaint).evidence.page.seller).toEqual(SELLER);
    expect(complaint.business.name).toBe('茶园直供官方旗舰店');
    expect(await verifyEvidence(complaint.evidence)).toEqual([]);
    // the seller is sealed: changing it afterwards breaks the page and record hashes
    const forged = structuredClone(complaint);
    forged.evidence.page.seller!.name = '别家店';
    expect(await verifyEvidence(forged.evidence)).toEqual(['page', 'record']);

    const [platform, national] = filingGuidance(complaint, douyin, labelsFor('zh-CN'), 'Asia/Shanghai');
    expect(national!.fields.find((f) => f.labelKey === 'cpBusinessName')!.value).toBe('茶园直供官方旗舰店');
    expect(national!.fields.find((f) => f.labelKey === 'fgField_seller')!.value).toBe(`${SELLER.name} ${SELLER.url} ${SELLER.licenceUrl}`);
    expect(platform!.fields.map((f) => f.labelKey)).toContain('fgField_seller');

    for (const lang of ['zh-CN', 'en'] as const) {
      const html = reportHtml([complaint], lang, Date.UTC(2025, 6, 1), undefined, 'Asia/Shanghai');
      expect(html).toContain(SELLER.url.replace(/&/g, '&amp;'));
      expect(html).toContain(lang === 'zh-CN' ? '直播间公示的销售者' : 'Seller the room disclosed');
    }
  });

  it('without a disclosed seller: the card\'s shop, else the host, is the business; no seller row', async () => {
    const card = await makeComplaint(crypto.randomUUID(), { input: { page: page(null), product: { title: '面霜', price: 99, originalPrice: null, text: '面霜 ¥99', seller: '别家旗舰店' } } });
    expect(card.complaint.business.name).toBe('别家旗舰店');
    const none = await makeComplaint(crypto.randomUUID(), { input: { page: page(null) } });
    expect(none.complaint.business.name).toBe('茶园直供');
    const [, national] = filingGuidance(none.complaint, douyin, labelsFor('en'), 'UTC');
    expect(national!.fields.map((f) => f.labelKey)).not.toContain('fgField_seller');
    expect(reportHtml([none.complaint], 'en', 0)).not.toContain('Seller the room disclosed');
  });

  it('a complaint sealed before the field existed still parses and verifies; a non-http link is refused', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID()); // make-complaint's page has no seller key at all
    expect('seller' in complaint.evidence.page).toBe(false);
    expect(ComplaintSchema.safeParse(complaint).success).toBe(true);
    expect(await verifyEvidence(complaint.evidence)).toEqual([]);
    const bad = await makeComplaint(crypto.randomUUID(), { input: { page: page({ ...SELLER, url: 'javascript:alert(1)' }) } });
    expect(ComplaintSchema.safeParse(bad.complaint).success).toBe(false);
  });
});
