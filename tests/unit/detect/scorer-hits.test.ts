/**
 * The scorer's findings beside the rules (scorer-hits.ts), checked with a hand-made model whose heads
 * fire on any line, so that what is tested is the finding logic, not what a trained model learnt.
 */
import { describe, expect, it } from 'vitest';
import '@/lib/detect';
import { normalize } from '@/lib/detect/normalize';
import { scorerHits } from '@/lib/detect/scorer-hits';
import type { ScorerModel } from '@/lib/detect/scorer';
import type { RawHit } from '@/lib/detect/detector-types';

const heads = ['any', 'price_fraud'] as const;
const bits = 4;
const alwaysFires: ScorerModel = { bits, heads, weights: new Int8Array((1 << bits) * heads.length).fill(1), scale: new Float32Array([1, 1]), bias: new Float32Array([5, 5]), threshold: new Float32Array([0.5, 0.5]) };

function categories(text: string): string[] {
  const base = normalize(text);
  const codes = Uint16Array.from({ length: base.text.length }, (_, i) => base.text.charCodeAt(i));
  const raw: RawHit[] = [];
  scorerHits(alwaysFires, codes, base, raw, false, text);
  return raw.map((h) => h.category);
}

describe('scorer findings', () => {
  it('a price claim without figures is the scorer\'s to flag; one with figures is left to the price forms (stop 31)', () => {
    expect(categories('只有今天这个价，马上恢复原价')).toEqual(['price_fraud']);
    // the scorer reads digits as word breaks: it cannot tell this reference BELOW the price from a higher one
    expect(categories('129元原价19.9元')).toEqual([]);
    expect(categories('今天１９.９元，原价１２９')).toEqual([]);
  });

  it('an off-platform finding resting only on a payment product\'s name (微信支付, 支付宝) points at nothing and is dropped (stop 32)', () => {
    const offHeads = ['any', 'off_platform'] as const;
    const offFires: ScorerModel = { bits, heads: offHeads, weights: new Int8Array((1 << bits) * offHeads.length).fill(1), scale: new Float32Array([1, 1]), bias: new Float32Array([5, 5]), threshold: new Float32Array([0.5, 0.5]) };
    const offCategories = (text: string) => {
      const base = normalize(text);
      const codes = Uint16Array.from({ length: base.text.length }, (_, i) => base.text.charCodeAt(i));
      const raw: RawHit[] = [];
      scorerHits(offFires, codes, base, raw, false, text);
      return raw.map((h) => h.category);
    };
    expect(offCategories('微信支付')).toEqual([]);
    expect(offCategories('支付宝')).toEqual([]);
    expect(offCategories('私聊我，微信支付')).toEqual(['off_platform']);
    expect(offCategories('私聊我')).toEqual(['off_platform']);
  });
});
