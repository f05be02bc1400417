/** Normalisation (R-OFF-7) and its offset map. */
import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/detect';

describe('normalize', () => {
  it.each([
    ['ＶＸ', '微信'],
    ['𝐕𝐗', '微信'],
    ['加 微 信', '加微信'],
    ['微❤信', '微信'],
    ['微信號碼', '微信号码'],
    ['薇信', '微信'],
    ['徽信', '微信'],
    ['扣扣', 'qq'],
    ['绿泡泡', '微信'],
    ['一三八一二三四五六七八', '13812345678'],
    ['１３８ １２３４ ５６７８', '13812345678'],
    ['HELLO World', 'hello world'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
  it('short numeral runs stay words', () => {
    expect(normalize('第一次一起').text).toBe('第一次一起');
  });
  it('every normalised char maps inside the original', () => {
    const input = '😀加 ＶＸ❤信號 一三八 一二三四 五六七八';
    const n = normalize(input);
    expect(n.start.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.start[i]).toBeGreaterThanOrEqual(0);
      expect(n.end[i]).toBeLessThanOrEqual(input.length);
      expect(n.start[i]).toBeLessThanOrEqual(n.end[i]);
    }
  });
});

describe('normalizeText (the scanner builds its vocabulary with it)', () => {
  it('equals normalize().text on every vocabulary term, eval line and evasion form', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { normalizeText } = await import('@/lib/detect/normalize');
    const { DEFAULT_BUNDLE } = await import('@/lib/bundle/default-bundle');
    const inputs = [
      ...DEFAULT_BUNDLE.vocabulary.flatMap((g) => [...g.terms, ...(g.unless ?? [])]),
      ...readdirSync('tests/eval').filter((f) => f.endsWith('.tsv')).flatMap((f) => readFileSync(`tests/eval/${f}`, 'utf8').split('\n').map((l) => l.split('\t').slice(2).join('\t'))),
      'ＶＸ', '加 微 信', '一三八一二三四五六七八', 'v x', '扣扣号 12345', 'D M me', '①②③④⑤', '',
    ];
    expect(inputs.length).toBeGreaterThan(800);
    for (const s of inputs) expect(normalizeText(s), s).toBe(normalize(s).text);
  });
  it('equals normalize().text on generated terms mixing plain chars, numerals, variant letters and folded forms', async () => {
    // normalizeText returns plain terms as they are: this covers the cases where it must not
    const { normalizeText } = await import('@/lib/detect/normalize');
    const parts = ['a', 'v', 'x', 'q', 't', 'g', 'z', 'f', 'b', '1', '3', '8', '一', '二', '三', '八', '零', '微', '信', '薇', '扣', '号', '號', '說', '加', ' ', 'A', 'Ｖ', '❤', '①', '飞', '机', '纸'];
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let unchanged = 0;
    for (let i = 0; i < 20_000; i++) {
      const s = Array.from({ length: 1 + rnd(7) }, () => parts[rnd(parts.length)]).join('');
      const text = normalize(s).text;
      expect(normalizeText(s), s).toBe(text);
      if (text === s) unchanged++;
    }
    // both kinds occur: terms that fold to themselves and terms that do not
    expect(unchanged).toBeGreaterThan(1000);
    expect(unchanged).toBeLessThan(19_000);
  });
});
