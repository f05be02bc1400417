/** nfkcLower's shortcut is exact: it equals normalize('NFKC').toLowerCase() everywhere. */
import { describe, expect, it } from 'vitest';
import { nfkcLower } from '@/lib/data-signals/nfkc';

const slow = (s: string) => s.normalize('NFKC').toLowerCase();

describe('nfkcLower', () => {
  it('every ASCII and CJK Unified Ideograph is its own NFKC form', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) continue;
      const ch = String.fromCharCode(c);
      expect(ch.normalize('NFKC'), c.toString(16)).toBe(ch);
    }
  });
  it('no two of them compose: every ASCII pair and random mixed lines match the definition', () => {
    for (let a = 0; a < 0x80; a++) for (let b = 0; b < 0x80; b++) {
      const s = String.fromCharCode(a, b);
      if (nfkcLower(s) !== slow(s)) expect(nfkcLower(s)).toBe(slow(s));
    }
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const extra = ['Ａ', '，', '①', 'ﬁ', 'é', 'e\u0301', '가', '\u1100\u1161', '😀', '㍿', '豈', '\u0300'];
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let k = 0, n = 1 + rnd(12); k < n; k++) {
        const pick = rnd(10);
        s += pick < 4 ? String.fromCharCode(rnd(0x80)) : pick < 8 ? String.fromCharCode(0x4e00 + rnd(0x5200)) : extra[rnd(extra.length)];
      }
      expect(nfkcLower(s), JSON.stringify(s)).toBe(slow(s));
    }
  });
  it('answers a repeated line from its one-entry memory, and a new line afresh', () => {
    const lines = ['ＡＢＣ', 'ＡＢＣ', 'Hello 世界', 'ＡＢＣ', '①②', '①②', '', 'x'];
    for (const l of lines) expect(nfkcLower(l), l).toBe(slow(l));
  });
});
