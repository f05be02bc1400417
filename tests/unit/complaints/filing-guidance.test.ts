// Issue 23: after saving, where to file and what to paste, per site, in the forms' order.
import { describe, expect, it } from 'vitest';
import { filingGuidance, URL_12315 } from '@/lib/complaints/filing-guidance';
import { labelsFor } from '@/lib/complaints/labels';
import { SITE_DESCRIPTORS } from '@/lib/sites/descriptors/all';
import { ComplaintEntrySchema, PLATFORM_ENTRIES } from '@/lib/complaints/platform-entries';
import { makeComplaint } from './make-complaint';

describe('filing guidance', () => {
  it('every site names its own complaint or report entry, with a source; the report flows for Twitch/YouTube/TikTok', () => {
    for (const d of SITE_DESCRIPTORS) {
      const parsed = ComplaintEntrySchema.parse(PLATFORM_ENTRIES[d.id]);
      expect(parsed.source.length, d.id).toBeGreaterThan(10);
      for (const lang of ['zh-CN', 'en'] as const) expect(labelsFor(lang)(`fgHow_${d.id}`)).not.toBe('');
    }
    const entry = (id: string) => PLATFORM_ENTRIES[id as keyof typeof PLATFORM_ENTRIES];
    for (const id of ['twitch', 'youtube', 'tiktok']) {
      expect(entry(id).kind).toBe('report');
      expect(entry(id).url).toMatch(/^https:\/\//);
    }
    for (const id of ['douyin', 'kuaishou', 'taobao']) expect(entry(id).kind).toBe('complaint');
  });

  it('lists the platform and 12315 with the fields in the order their forms ask, in the viewer\'s words and zone', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    complaint.complainant = { name: '张三', phone: '13800000000', address: '北京市' };
    const douyin = PLATFORM_ENTRIES.douyin;
    const [platform, national] = filingGuidance(complaint, douyin, labelsFor('zh-CN'), 'Asia/Shanghai');
    expect(platform!.title).toBe('抖音 平台投诉');
    expect(platform!.url).toBeNull(); // in the app only: the steps say where
    expect(platform!.how).toContain('举报');
    expect(platform!.fields.map((f) => f.labelKey)).toEqual(['fgField_roomUrl', 'fgField_host', 'fgField_reason', 'fgField_product', 'complaintFacts', 'complaintRequest', 'fgField_eventTime', 'fgField_evidence']);
    expect(platform!.fields.find((f) => f.labelKey === 'fgField_reason')!.value).toBe('诱导私下交易');
    expect(national!.url).toBe(URL_12315);
    expect(national!.fields.map((f) => f.labelKey)).toEqual([
      'cpBusinessName', 'fgField_eventTime', 'fgField_platform', 'fgField_product', 'complaintFacts', 'complaintRequest',
      'cpComplainantName', 'cpComplainantPhone', 'cpComplainantAddress', 'fgField_evidence',
    ]); // business address empty: left out, the form still asks for it (the editor flags it)
    expect(national!.fields.find((f) => f.labelKey === 'fgField_eventTime')!.value).toBe('2025-06-01 20:00 (Asia/Shanghai, UTC+8)');
    expect(national!.fields.find((f) => f.labelKey === 'fgField_product')!.value).toBe('面霜，价格 ¥99，原价 ¥999');
    expect(national!.fields.at(-1)!.value).toBe(complaint.evidence.recordHash);
  });

  it('a report flow (YouTube) asks no refund request and links the help page, in English', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { page: { url: 'https://www.youtube.com/watch?v=abc', site: 'youtube', roomId: 'abc', roomTitle: 'Live', hostName: 'Shop', hostId: 'UC1' } } });
    const yt = PLATFORM_ENTRIES.youtube;
    const [platform] = filingGuidance(complaint, yt, labelsFor('en'), 'America/New_York');
    expect(platform!.title).toBe("YouTube's report flow");
    expect(platform!.url).toBe('https://support.google.com/youtube/answer/2802027');
    expect(platform!.fields.map((f) => f.labelKey)).not.toContain('complaintRequest');
    expect(platform!.fields.find((f) => f.labelKey === 'fgField_eventTime')!.value).toBe('2025-06-01 08:00 (America/New_York, UTC-4)');
  });
});
