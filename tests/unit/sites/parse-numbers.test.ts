// Counters and prices as the seven sites print them (R-DATA-20 reads counters; R-RISK-1 prices).
import { describe, expect, it } from 'vitest';
import { parseCount, parsePrices } from '@/lib/sites/parse-numbers';

describe('parseCount', () => {
  it.each([
    ['3,247', 3247],
    ['1.2万', 12000],
    ['1.1万人看过', 11000],
    ['12.5K', 12500],
    ['45.6K likes', 45600],
    ['2.3M', 2300000],
    ['3亿', 300000000],
    ['8w', 80000],
    ['1,234 watching now', 1234], // the w of "watching" is not 万
    ['12 watching', 12],
    ['987 Mitglieder', 987], // nor the M of a word
    ['1 234 567', 1234567],
    ['12,345', 12345],
  ])('%s → %d', (text, n) => expect(parseCount(text)).toBe(n));

  it('no digits → null', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount(null)).toBeNull();
    expect(parseCount('many')).toBeNull();
  });
});

describe('parsePrices', () => {
  it('needs a currency sign, keeps order, drops thousands commas', () => {
    expect(parsePrices('¥99 原价￥1,999 30ml 3天')).toEqual([99, 1999]);
    expect(parsePrices('$39 $199.50')).toEqual([39, 199.5]);
    expect(parsePrices('30ml')).toEqual([]);
  });
});
