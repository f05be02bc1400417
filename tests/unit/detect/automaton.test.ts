/** The Aho-Corasick automaton against a naive indexOf reference. */
import { describe, expect, it } from 'vitest';
import { Automaton } from '@/lib/detect/automaton';

function naive(terms: string[], text: string) {
  const out: string[] = [];
  terms.forEach((t, id) => {
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) out.push(`${id}@${i}`);
  });
  return out.sort();
}

describe('Automaton', () => {
  it('finds overlapping and nested terms exactly like indexOf', () => {
    const terms = ['he', 'she', 'his', 'hers', '微信', '加微信', '信号', 'a', 'aa'];
    const text = 'ushers 加微信号 aaa his';
    const got = new Automaton(terms).scan(text).map((h) => `${h.term}@${h.start}`).sort();
    expect(got).toEqual(naive(terms, text));
  });
  it('random vocabularies agree with the reference', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alpha = 'ab微信c';
    for (let round = 0; round < 30; round++) {
      const terms = Array.from({ length: 1 + rnd(12) }, () => Array.from({ length: 1 + rnd(4) }, () => alpha[rnd(alpha.length)]).join(''));
      const uniq = [...new Set(terms)];
      const text = Array.from({ length: 60 }, () => alpha[rnd(alpha.length)]).join('');
      expect(new Automaton(uniq).scan(text).map((h) => `${h.term}@${h.start}`).sort()).toEqual(naive(uniq, text));
    }
  });
  it('reports hits in the order the scanner relies on: by end, then longest first, then as added (duplicates too)', () => {
    // toFindings keeps the first of equally ranked hits, so the hit order is part of the findings
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alpha = 'ab微信';
    for (let round = 0; round < 40; round++) {
      // duplicates kept on purpose: each id must still be reported, in the order added
      const terms = Array.from({ length: 1 + rnd(14) }, () => Array.from({ length: 1 + rnd(4) }, () => alpha[rnd(alpha.length)]).join(''));
      const text = Array.from({ length: 50 }, () => alpha[rnd(alpha.length)]).join('');
      const expected: string[] = [];
      for (let end = 1; end <= text.length; end++) {
        const ending = terms.map((t, id) => ({ t, id })).filter(({ t }) => end >= t.length && text.startsWith(t, end - t.length));
        ending.sort((x, y) => y.t.length - x.t.length || x.id - y.id);
        for (const { t, id } of ending) expected.push(`${id}@${end - t.length}-${end}`);
      }
      const automaton = new Automaton(terms);
      expect(automaton.scan(text).map((h) => `${h.term}@${h.start}-${h.end}`)).toEqual(expected);
      // anyIn visits the same hits in the same order
      const seen: string[] = [];
      const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
      expect(automaton.anyIn(codes, codes.length, (id, start, end) => (seen.push(`${id}@${start}-${end}`), false))).toBe(false);
      expect(seen).toEqual(expected);
    }
  });
});
