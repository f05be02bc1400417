/** R-RISK-4 severity tiers and the finding shape (R-RISK-2). */
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '@/lib/model';
import { scan } from './helpers';

const sev = (text: string, kind: Parameters<typeof scan>[1] = 'chat') => scan(text, kind).map((f) => `${f.category}:${f.severity}`);

describe('severity tiers', () => {
  it('absolute terms alone are a notice', () => {
    expect(sev('国家级品质 销量第一', 'title')).toEqual(expect.arrayContaining(['false_claim:notice']));
    expect(sev('国家级品质 销量第一', 'title')).not.toContain('false_claim:warning');
  });
  it('cure / efficacy claims are at least a warning, even in chat', () => {
    expect(sev('喝了能根治糖尿病')).toContain('false_claim:warning');
    expect(sev('this tea cures cancer')).toContain('false_claim:warning');
  });
  it('off-platform lures are a warning', () => {
    expect(sev('加我微信便宜')).toContain('off_platform:warning');
  });
  it('prohibited goods are critical', () => {
    expect(sev('电子烟 烟弹 批发')).toContain('prohibited_goods:critical');
    expect(sev('disposable vape for sale')).toContain('prohibited_goods:critical');
  });
  it('every category is reachable from the default vocabulary', () => {
    const samples: [string, string][] = [
      ['off_platform', '加我微信'], ['false_claim', '三天见效'], ['counterfeit', '1:1复刻大牌包'], ['prohibited_goods', '出售仿真枪'],
      ['gambling_fraud', '稳赚不赔带你上分'], ['data_falsification', '专业刷单买粉'], ['price_fraud', '下播恢复原价'],
      ['minor_unsuitable', '学生贷秒到账'], ['harassment', '你个傻逼'],
    ];
    for (const [cat, text] of samples) expect(scan(text).map((f) => f.category), text).toContain(cat);
  });
  it('findings are valid Finding objects with a rule id, message key and original span', () => {
    const text = '加 V 信 13812345678';
    const fs = scan(text);
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(FindingSchema.parse(f)).toEqual(f);
      expect(f.messageKey).toMatch(/^[a-zA-Z_]+$/);
      expect(text.slice(f.matched.start, f.matched.end)).toBe(f.matched.text);
    }
  });
});
