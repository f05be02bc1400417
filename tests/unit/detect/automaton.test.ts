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
});
