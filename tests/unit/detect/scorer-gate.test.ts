/**
 * The gate's own fast path (scorer.ts gateProbability: a contiguous gate column, the three n-gram orders
 * unrolled) must give exactly what the model defines: Σ of head 0's weights over forEachNgram's distinct
 * n-grams (the walk training uses), scaled by √n, and the same as headProbabilities' head 0. Checked on
 * every corpus line (all splits, all sources: real text), and on a second model so the column is not
 * kept across models.
 */
import { describe, expect, it } from 'vitest';
import '@/lib/detect';
import { DEFAULT_MODEL_JSON } from '@/lib/detect/default-model';
import { decodeModel } from '@/lib/detect/model-codec';
import { foldedText } from '@/lib/detect/normalize';
import { forEachNgram, gateProbability, headProbabilities, sigmoid, type ScorerModel } from '@/lib/detect/scorer';
import { readCorpus } from '@/scripts/corpus/read-corpus';

/** head 0 by the definition, through the training's n-gram walk */
function referenceGate(model: ScorerModel, codes: Uint16Array): number {
  const H = model.heads.length;
  let sum = 0;
  let n = 0;
  forEachNgram(codes, codes.length, model.bits, (b) => {
    sum += model.weights[b * H];
    n++;
  });
  return n ? sigmoid(model.bias[0] + (model.scale[0] * sum) / Math.sqrt(n)) : 0;
}

const codesOf = (t: string) => Uint16Array.from({ length: t.length }, (_, i) => t.charCodeAt(i));

describe('scorer gate fast path', () => {
  const model = decodeModel(DEFAULT_MODEL_JSON);
  const lines = readCorpus().map((l) => codesOf(foldedText(l.text)));

  it('equals the model definition and headProbabilities head 0 on every corpus line', () => {
    expect(lines.length).toBeGreaterThan(10_000);
    const probs = new Float64Array(model.heads.length);
    let differ = 0;
    let fired = 0;
    for (const c of lines) {
      const fast = gateProbability(model, c, c.length);
      headProbabilities(model, c, c.length, probs);
      if (fast !== referenceGate(model, c) || fast !== probs[0]) differ++;
      if (fast >= model.threshold[0]) fired++;
    }
    expect(differ).toBe(0);
    // the corpus holds both sides of the threshold: the comparison covers firing and quiet lines
    expect(fired).toBeGreaterThan(1000);
    expect(fired).toBeLessThan(lines.length - 1000);
  });

  it('reads the gate of the model it is given (a second model with other weights)', () => {
    const other: ScorerModel = { ...model, weights: model.weights.map((w, i) => (i % model.heads.length === 0 ? -w : w)) };
    for (const c of lines.slice(0, 2000)) {
      expect(gateProbability(other, c, c.length)).toBe(referenceGate(other, c));
      expect(gateProbability(model, c, c.length)).toBe(referenceGate(model, c));
    }
  });
});
