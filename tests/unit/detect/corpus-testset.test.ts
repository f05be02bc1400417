/**
 * The unseen commerce test source `web_testset` (issue 15, stop 29): quotes from pages no other source
 * used, so the commerce categories have enough test lines to judge recall. Checked on the committed
 * data/corpus: the source is TEST only, every line names its page and was read by the builder, its
 * hosts are disjoint from every other source's pages (a page's wording can't leak from train/dev),
 * and each commerce category keeps a floor of lines (a rebuild that drops them fails here).
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/scripts/corpus/read-corpus';
import { SOURCES } from '@/scripts/corpus/sources';
import type { Category } from '@/lib/taxonomy';

const corpus = readCorpus();
const mine = corpus.filter((l) => l.src === 'web_testset');
const host = (url: string) => new URL(url).hostname.replace(/^(www|m)\./, '');

describe('web_testset (unseen commerce test text)', () => {
  it('is a TEST source whose every line names its page and was read by the builder', () => {
    expect(SOURCES.find((s) => s.id === 'web_testset')?.split).toBe('test');
    expect(mine.length).toBeGreaterThan(400);
    for (const l of mine) {
      expect(l.split, l.id).toBe('test');
      expect(l.by, l.id).toBe('reader');
      expect(l.ref, l.id).toMatch(/^https?:\/\//);
    }
  });

  it('shares no web host with any other source', () => {
    const mineHosts = new Set(mine.map((l) => host(l.ref ?? '')));
    const shared = corpus
      .filter((l) => l.src !== 'web_testset' && l.ref?.startsWith('http'))
      .map((l) => host(l.ref ?? ''))
      .filter((h) => mineHosts.has(h));
    expect([...new Set(shared)]).toEqual([]);
  });

  it('keeps a floor of lines per commerce category, and benign lines with hard negatives', () => {
    const count = (c: Category) => mine.filter((l) => l.labels.includes(c)).length;
    for (const c of ['false_claim', 'price_fraud', 'prohibited_goods', 'counterfeit', 'data_falsification'] as const) {
      expect(count(c), c).toBeGreaterThanOrEqual(60);
    }
    const benign = mine.filter((l) => !l.labels.length);
    expect(benign.filter((l) => l.hard).length).toBeGreaterThanOrEqual(100);
    expect(benign.filter((l) => !l.hard).length).toBeGreaterThanOrEqual(50);
  });
});
