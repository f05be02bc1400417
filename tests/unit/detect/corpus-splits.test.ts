/**
 * The corpus's split discipline (issue 15): test text must be text neither the rules nor the scorer
 * saw. Checked on the committed data/corpus: every source sits in the split sources.ts names; no
 * test line repeats (after folding punctuation and case) a train or dev line; a page of the web
 * sources never spans two splits; loans are minor_unsuitable only when aimed at students.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/scripts/corpus/read-corpus';
import { SOURCES } from '@/scripts/corpus/sources';
import { annotateSpam } from '@/scripts/corpus/annotate';

const corpus = readCorpus();
const key = (t: string) => t.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

describe('corpus splits', () => {
  it('every line sits in its source\'s split, and every source named has lines', () => {
    const splitOf = new Map(SOURCES.map((s) => [s.id, s.split]));
    for (const l of corpus) expect(l.split, l.id).toBe(splitOf.get(l.src));
    for (const s of SOURCES) expect(corpus.some((l) => l.src === s.id), s.id).toBe(true);
  });

  it('no test line repeats a train or dev line', () => {
    const seen = new Set(corpus.filter((l) => l.split !== 'test').map((l) => key(l.text)).filter((k) => k.length >= 4));
    const repeated = corpus.filter((l) => l.split === 'test' && seen.has(key(l.text))).map((l) => l.id);
    expect(repeated).toEqual([]);
  });

  it('a web page (its URL) feeds one split only', () => {
    const splitsOf = new Map<string, Set<string>>();
    for (const l of corpus) if (l.ref?.startsWith('http')) splitsOf.set(l.ref, (splitsOf.get(l.ref) ?? new Set()).add(l.split));
    expect([...splitsOf].filter(([, s]) => s.size > 1).map(([u]) => u)).toEqual([]);
  });

  it('loan spam is minor_unsuitable only when aimed at students', () => {
    expect(annotateSpam('无抵押信用贷款，当天放款，详询xxxxxxxx', 'zh').labels).not.toContain('minor_unsuitable');
    expect(annotateSpam('大学生分期贷款，凭学生证当天下款', 'zh').labels).toContain('minor_unsuitable');
    expect(annotateSpam('Need a loan? Low rates, call now', 'en').labels).not.toContain('minor_unsuitable');
    expect(annotateSpam('Student loans approved in 24h, text back', 'en').labels).toContain('minor_unsuitable');
  });
});
