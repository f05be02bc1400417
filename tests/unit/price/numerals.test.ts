import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '@/lib/price/numerals';
import { backUpClaim, saidPrices, scarcityClaim } from '@/lib/price/said';
import { PRICE_HINT } from '@/lib/price/hint';

describe('Chinese numerals', () => {
  it.each([
    ['九十九', 99],
    ['一百二十九', 129],
    ['两千', 2000],
    ['十九', 19],
    ['一百零五', 105],
    ['三千五', 3500],
    ['一万二', 12000],
    ['一千九百九十九', 1999],
    ['1万2', 12000],
    ['四百五十九', 459],
    ['两百', 200],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each(['', '九九', '百', 'abc', '万'])('%s is not a number', (s) => expect(parseChineseNumeral(s)).toBeNull());
});

describe('said prices', () => {
  it('reads signs, 元/块 and numerals, and flags original-price words', () => {
    expect(saidPrices('原价¥1,999 今天只要九十九元').map((p) => [p.value, p.original])).toEqual([
      [1999, true],
      [99, false],
    ]);
    expect(saidPrices('划线价399，到手一百二十九块').map((p) => [p.value, p.original])).toEqual([[129, false]]);
    expect(saidPrices('吊牌价 ¥899 专柜价¥699 两千元').map((p) => [p.value, p.original])).toEqual([
      [899, true],
      [699, true],
      [2000, false],
    ]);
    expect(saidPrices('was $59, now $39').map((p) => [p.value, p.original])).toEqual([
      [59, true],
      [39, false],
    ]);
  });
  it('does not take counts for prices', () => {
    expect(saidPrices('30ml 3天 第2件 1000人在看')).toEqual([]);
  });
});

describe('claims', () => {
  it('back up after a deadline or after the stream', () => {
    expect(backUpClaim('一分钟后恢复¥459，抓紧')).toEqual({ price: 459, deadlineMs: 60_000 });
    expect(backUpClaim('30秒后涨回四百五十九元')).toEqual({ price: 459, deadlineMs: 30_000 });
    expect(backUpClaim('下播就恢复原价')).toEqual({ price: null, deadlineMs: null });
    expect(backUpClaim('back to $459 in one minute')).toEqual({ price: 459, deadlineMs: 60_000 });
    expect(backUpClaim('goes back up after the stream')).toEqual({ price: null, deadlineMs: null });
    expect(backUpClaim('今天真便宜')).toBeNull();
  });
  it('countdown and last-units claims normalise numerals', () => {
    expect(scarcityClaim('最后3单了！')?.key).toBe('units:3:单');
    expect(scarcityClaim('最后三单')?.key).toBe('units:3:单');
    expect(scarcityClaim('倒计时60秒')?.key).toBe('countdown:60:秒');
    expect(scarcityClaim('only 5 left')?.key).toBe('units:5:units');
    expect(scarcityClaim('大家好')).toBeNull();
  });
  it('the content-side hint passes price lines and drops plain chat', () => {
    expect(PRICE_HINT.test('原价1999今天99')).toBe(true);
    expect(PRICE_HINT.test('九十九元包邮')).toBe(true);
    expect(PRICE_HINT.test('back to $459 in one minute')).toBe(true);
    expect(PRICE_HINT.test('主播好漂亮')).toBe(false);
  });
});
