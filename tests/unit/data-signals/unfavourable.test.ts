/** R-DATA-21: the one-regex reading of the word list answers exactly as "some word is a substring". */
import { describe, expect, it } from 'vitest';
import { isUnfavourable, UNFAVOURABLE_EN, UNFAVOURABLE_ZH } from '@/lib/data-signals/unfavourable';
import { nfkcLower } from '@/lib/data-signals/nfkc';

const byIncludes = (text: string) => {
  const t = nfkcLower(text);
  return [...UNFAVOURABLE_ZH, ...UNFAVOURABLE_EN].some((w) => t.includes(w));
};

describe('isUnfavourable', () => {
  it('finds every listed word alone, inside a line, full-width and upper case', () => {
    for (const w of [...UNFAVOURABLE_ZH, ...UNFAVOURABLE_EN]) {
      expect(isUnfavourable(w), w).toBe(true);
      expect(isUnfavourable(`主播你好，${w}！！`), w).toBe(true);
      expect(isUnfavourable(w.toUpperCase()), w).toBe(true);
    }
    expect(isUnfavourable('ＦＡＫＥ')).toBe(true);
    expect(isUnfavourable("DON'T BUY")).toBe(true);
  });
  it('agrees with the substring reading on words cut apart, near misses and random lines', () => {
    const samples = ['假 货', '退', '款', 'fak e', 'dont', 'buy', 'rip', 'off', 'brok', 'complai', 'scan', '主播好漂亮', 'great price', 'ripoff!', 'a.b', '(骗子)', '[fake]'];
    for (const s of samples) expect(isUnfavourable(s), s).toBe(byIncludes(s));
    const pool = [...'假货质量差不好退款发没骗人子被上当别买要千万评投诉坑太对板缩水过敏烂脸售后客服理三无智商税翻车虚宣传', ...'fakescmrudiponbyvlqtyg \'.*+?'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let k = 0, n = 1 + rnd(10); k < n; k++) s += pool[rnd(pool.length)];
      expect(isUnfavourable(s), s).toBe(byIncludes(s));
    }
  });
});
