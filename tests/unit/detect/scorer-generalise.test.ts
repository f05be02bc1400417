/**
 * Issue 15, stop 33: the training options chosen by leave-one-source-out validation
 * (scripts/scorer-loso.ts) do what they say, on a small hand-made corpus (the finding logic and the
 * shipped model are other files' tests).
 */
import { describe, expect, it } from 'vitest';
import '@/lib/detect';
import type { CorpusLine } from '@/lib/detect/corpus-line';
import { bucketOf, forEachNgram, type ScorerModel } from '@/lib/detect/scorer';
import { DEFAULT_TRAIN_OPTIONS, featureText, train } from '@/scripts/train';
import { losoFolds } from '@/scripts/scorer-loso';

let id = 0;
const line = (src: string, text: string, labels: CorpusLine['labels'] = [], split: CorpusLine['split'] = 'train'): CorpusLine => ({ id: `t:${id++}`, src, split, text, labels, by: 'source' });
/** two sources that both say "加我微信" is off_platform; only source a says it with 甲乙丙 */
const corpus: CorpusLine[] = [];
for (let i = 0; i < 40; i++) {
  corpus.push(line('a', `甲乙丙加我微信 ${i}`, ['off_platform']), line('a', `今天天气好 ${i}`));
  corpus.push(line('b', `快来加我微信 ${i}`, ['off_platform']), line('b', `主播唱得好 ${i}`));
  corpus.push(line('c', `谢谢大家 ${i}`));
}
corpus.push(line('d', '加我微信聊', ['off_platform'], 'dev'), line('d', '今天真开心', [], 'dev'));
const opts = { ...DEFAULT_TRAIN_OPTIONS, bits: 12, epochs: 3, minPositives: 10 };

/** the buckets of `text`'s n-grams of the given orders that no line of the other sources has */
function bucketsOnlyIn(text: string, others: CorpusLine[], orders: number[]): number[] {
  const codes = (t: string) => Uint16Array.from(t, (c) => c.charCodeAt(0));
  const elsewhere = new Set<number>();
  for (const l of others) { const t = featureText(l); forEachNgram(codes(t), t.length, opts.bits, (b) => elsewhere.add(b)); }
  const out: number[] = [];
  forEachNgram(codes(text), text.length, opts.bits, (b, _e, order) => { if (orders.includes(order) && !elsewhere.has(b)) out.push(b); });
  return out;
}
const weightAt = (m: ScorerModel, bucket: number, head: number) => m.weights[bucket * m.heads.length + head];

describe('training options for unseen sources', () => {
  it('minSources: an n-gram only one source uses is not learned; the shared lure still is', () => {
    const only = bucketsOnlyIn('甲乙丙', corpus.filter((l) => l.src !== 'a'), [1, 2, 3]);
    expect(only.length).toBeGreaterThan(3);
    const plain = train(corpus, opts).model;
    const pruned = train(corpus, { ...opts, minSources: 2 }).model;
    expect(plain.heads).toContain('off_platform');
    const h = pruned.heads.indexOf('off_platform');
    // without the option source a's own words become off_platform evidence
    expect(only.some((b) => weightAt(plain, b, h) > 0)).toBe(true);
    expect(only.map((b) => weightAt(pruned, b, h))).toEqual(only.map(() => 0));
    // «微信» and «我微信»: in both sources' lures
    const mask = (1 << opts.bits) - 1;
    const shared = [bucketOf(2, 0, 0x5fae, 0x4fe1, mask), bucketOf(3, 0x6211, 0x5fae, 0x4fe1, mask)];
    expect(shared.map((b) => weightAt(pruned, b, h) > 0)).toEqual([true, true]);
  });
  it('orders: the orders left out keep weight 0 (inference still counts them in the norm)', () => {
    const uni = bucketsOnlyIn('甲乙丙加我微信', corpus.filter((l) => l.src === 'c'), [1]).filter((b) => !bucketsOnlyIn('甲乙丙加我微信', [], [2, 3]).includes(b));
    expect(uni.length).toBeGreaterThan(3);
    const all = train(corpus, opts).model;
    const m = train(corpus, { ...opts, orders: [2, 3] }).model;
    const h = m.heads.indexOf('off_platform');
    expect(uni.some((b) => weightAt(all, b, h) !== 0)).toBe(true);
    expect(uni.map((b) => weightAt(m, b, h))).toEqual(uni.map(() => 0));
  });
});

describe('leave-one-source-out folds', () => {
  it('each fold trains without its held-out source and scores only that source; dev is in every fold for calibration', () => {
    const big = corpus.concat(Array.from({ length: 600 }, (_, i) => line('e', `大来源 ${i}`)));
    const folds = losoFolds(big, 500);
    expect(folds.map((f) => f.src)).toEqual(['e']);
    for (const f of folds) {
      expect(f.fit.some((l) => l.src === f.src)).toBe(false);
      expect(f.heldOut.every((l) => l.src === f.src && l.split === 'train')).toBe(true);
      expect(f.heldOut.length).toBe(600);
      expect(f.fit.filter((l) => l.split === 'dev').length).toBe(2);
    }
  });
});
