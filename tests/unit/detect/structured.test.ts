/** Structured detectors: Luhn, prices, pressure phrases, direct-payment cues. */
import { describe, expect, it } from 'vitest';
import { luhnValid } from '@/lib/detect';
import { scan } from './helpers';

describe('structured detectors', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('price ratio: an "original" price far above the current one is a price_fraud notice', () => {
    const f = scan('原价¥999 直播间只要¥99', 'product').filter((x) => x.detector === 'price_ratio');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('notice');
    expect(scan('原价¥129 直播间¥99', 'product').filter((x) => x.detector === 'price_ratio')).toEqual([]);
  });
  it('price ratio from parsed product-card prices', () => {
    const f = scanner2({ kind: 'product', text: '羊毛大衣', price: 99, originalPrice: 1299 });
    expect(f.map((x) => x.detector)).toContain('price_ratio');
  });
  it('pressure phrases with numbers, in digits or Chinese numerals', () => {
    expect(scan('最后3单了').map((f) => f.category)).toContain('price_fraud');
    expect(scan('仅限今天 下播恢复原价').map((f) => f.category)).toContain('price_fraud');
  });
  it('direct-payment cues', () => {
    for (const t of ['支付宝转我就行', '直接转账给我', 'pay me with zelle', 'send it on venmo']) {
      expect(scan(t).map((f) => f.category), t).toContain('off_platform');
    }
  });
});

import { scanner } from './helpers';
function scanner2(obs: Parameters<typeof scanner.scan>[0]) {
  return scanner.scan(obs);
}

describe('contact numbers and pressure counts', () => {
  it('a landline or hotline after a contact cue is an off-platform lure', () => {
    expect(scan('咨询电话 0571-8888 6666').map((f) => f.detector)).toContain('contact_number');
    expect(scan('call 09061701461 now').map((f) => f.detector)).toContain('contact_number');
    expect(scan('电话打不通了').filter((f) => f.detector === 'contact_number')).toEqual([]);
  });
  it('Chinese-numeral pressure counts, but not chat questions', () => {
    expect(scan('最后五单了').map((f) => f.category)).toContain('price_fraud');
    expect(scan('还剩十套').map((f) => f.category)).toContain('price_fraud');
    expect(scan('最后一个问题，有赠品吗').map((f) => f.category)).toEqual([]);
    expect(scan('还剩几件').map((f) => f.category)).toEqual([]);
  });
  it('slang and counterfeit context do not read as claims or data falsification', () => {
    expect(scan('这首歌好治愈').map((f) => f.category)).toEqual([]);
    expect(scan('顶级复刻', 'product').map((f) => f.category)).toEqual(['counterfeit']);
    // two task-scam spans (刷单返利, 兼职日结), one category: no data_falsification
    expect([...new Set(scan('刷单返利，兼职日结').map((f) => f.category))]).toEqual(['gambling_fraud']);
  });
});
