/**
 * The trained scorer beside the rules (issue 15, R-RISK-1/2): a linear model over hashed character
 * 1-3-grams of the folded text (char-fold.ts: NFKC, case, traditional→simplified, separators
 * dropped), digits read as word breaks (the number detectors own numbers). One "any risk" head gates the rest:
 * a line gets scorer findings only when the gate fires, so the prefilter can decide on the gate
 * alone from its own fold (prefilter.ts) and skipping stays exact.
 *
 * Weights are int8, one row of `heads` per bucket (one cache line per n-gram for every head);
 * score = bias + scale * Σ w / √(n-grams), probability = sigmoid(score). Trained by
 * `npm run train` (scripts/train.ts) on the corpus's train split, thresholds calibrated on dev;
 * shipped in the signed bundle (lib/bundle/model.ts) with a default built in.
 */
import type { Category } from '../taxonomy';

export interface ScorerModel {
  /** log2 of the number of hash buckets */
  bits: number;
  /** head 0 is the gate ("any risk"); then one head per category */
  heads: readonly ('any' | Category)[];
  /** int8 weights, bucket-major: weights[bucket * heads.length + head] */
  weights: Int8Array;
  scale: Float32Array;
  bias: Float32Array;
  /** per head: probability at or above which the head fires */
  threshold: Float32Array;
}

/**
 * Digits (and, in training, the publisher's digit masks) are read as a word break: numbers are the
 * structured detectors' job (phone, QQ, card, contact number); a scorer that learned the masked
 * phone numbers of SMS spam flagged every video id and price (tests/unit/detect/benign).
 */
export const DIGIT = 0x20;
const BOS = 0x02;
const ORDER_SEED = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35] as const;

function mapCode(c: number): number {
  return c >= 0x30 && c <= 0x39 ? DIGIT : c;
}

/** bucket of the n-gram ending at a code c with the two before it (p1 nearer) */
export function bucketOf(order: 1 | 2 | 3, p2: number, p1: number, c: number, mask: number): number {
  let h = Math.imul(c ^ ORDER_SEED[order - 1], 0x01000193);
  if (order >= 2) h = Math.imul(h ^ p1, 0x5bd1e995);
  if (order === 3) h = Math.imul(h ^ p2, 0x27d4eb2f);
  h ^= h >>> 15;
  return (h >>> 0) & mask;
}

/**
 * Calls `visit(bucket, end, order)` for every n-gram of codes[0, k): `end` is the index of its
 * last code. Training and inference walk the same n-grams through this one function.
 */
export function forEachNgram(codes: ArrayLike<number>, k: number, bits: number, visit: (bucket: number, end: number, order: number) => void): void {
  const mask = (1 << bits) - 1;
  const seen = stampsFor(bits);
  const stamp = nextStamp();
  const once = (b: number, end: number, order: number) => {
    if (seen[b] === stamp) return;
    seen[b] = stamp;
    visit(b, end, order);
  };
  let p2 = BOS;
  let p1 = BOS;
  for (let i = 0; i < k; i++) {
    const c = mapCode(codes[i]);
    if (c === 0x20) {
      p2 = p1;
      p1 = c;
      continue;
    }
    // longest first, so a span's explanation is its trigram rather than its unigram
    if (i > 0) once(bucketOf(3, p2, p1, c, mask), i, 3);
    once(bucketOf(2, 0, p1, c, mask), i, 2);
    once(bucketOf(1, 0, 0, c, mask), i, 1);
    p2 = p1;
    p1 = c;
  }
}

/**
 * Each distinct n-gram counts once per line (binary features: a line repeating one emote forty
 * times is not forty times as risky). A stamp per bucket marks "seen in this line" without
 * clearing anything between lines.
 */
let stamps = new Uint32Array(0);
let stampNow = 0;
function stampsFor(bits: number): Uint32Array {
  if (stamps.length !== 1 << bits) {
    stamps = new Uint32Array(1 << bits);
    stampNow = 0;
  }
  return stamps;
}
function nextStamp(): number {
  stampNow = (stampNow + 1) >>> 0;
  if (stampNow === 0) {
    stamps.fill(0);
    stampNow = 1;
  }
  return stampNow;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The gate head's probability for folded codes[0, k) — the hot path: the prefilter asks it of
 * every chat line. Inlined walk (no closure), same n-grams as forEachNgram.
 */
export function gateProbability(model: ScorerModel, codes: ArrayLike<number>, k: number): number {
  const mask = (1 << model.bits) - 1;
  const H = model.heads.length;
  const w = model.weights;
  const seen = stampsFor(model.bits);
  const stamp = nextStamp();
  let sum = 0;
  let n = 0;
  let p2 = BOS;
  let p1 = BOS;
  for (let i = 0; i < k; i++) {
    let c = codes[i];
    if (c >= 0x30 && c <= 0x39) c = DIGIT;
    if (c === 0x20) {
      p2 = p1;
      p1 = c;
      continue;
    }
    let h: number;
    let b: number;
    if (i > 0) {
      h = Math.imul(Math.imul(Math.imul(c ^ 0xc2b2ae35, 0x01000193) ^ p1, 0x5bd1e995) ^ p2, 0x27d4eb2f);
      b = ((h ^ (h >>> 15)) >>> 0) & mask;
      if (seen[b] !== stamp) { seen[b] = stamp; sum += w[b * H]; n++; }
    }
    h = Math.imul(Math.imul(c ^ 0x85ebca6b, 0x01000193) ^ p1, 0x5bd1e995);
    b = ((h ^ (h >>> 15)) >>> 0) & mask;
    if (seen[b] !== stamp) { seen[b] = stamp; sum += w[b * H]; n++; }
    h = Math.imul(c ^ 0x9e3779b1, 0x01000193);
    b = ((h ^ (h >>> 15)) >>> 0) & mask;
    if (seen[b] !== stamp) { seen[b] = stamp; sum += w[b * H]; n++; }
    p2 = p1;
    p1 = c;
  }
  if (n === 0) return 0;
  return sigmoid(model.bias[0] + (model.scale[0] * sum) / Math.sqrt(n));
}

export interface HeadScore {
  head: 'any' | Category;
  probability: number;
  fired: boolean;
  /** strongest n-grams for this head: [start, end) in the codes, contribution */
  top: { from: number; to: number; weight: number }[];
}

/** Every head's probability and its strongest spans (the full path, after the gate fired). */
export function scoreAll(model: ScorerModel, codes: ArrayLike<number>, k: number, topN = 3): HeadScore[] {
  const H = model.heads.length;
  const sums = new Float64Array(H);
  // per head, the positive contribution of each n-gram: spans are built from them afterwards
  const grams: { from: number; to: number; weight: number }[][] = model.heads.map(() => []);
  let n = 0;
  forEachNgram(codes, k, model.bits, (bucket, end, order) => {
    n++;
    for (let h = 0; h < H; h++) {
      const v = model.weights[bucket * H + h];
      sums[h] += v;
      if (v > 0) grams[h].push({ from: Math.max(0, end - order + 1), to: end + 1, weight: v * model.scale[h] });
    }
  });
  return model.heads.map((head, h) => {
    const probability = n ? sigmoid(model.bias[h] + (model.scale[h] * sums[h]) / Math.sqrt(n)) : 0;
    return { head, probability, fired: probability >= model.threshold[h], top: strongestSpans(grams[h], topN) };
  });
}

/**
 * The strongest n-grams merged into spans: overlapping or touching n-grams among the strongest
 * 3×topN join into one span whose weight is their sum (so "咨询电话" is one reason, not «询» «电»).
 */
function strongestSpans(grams: { from: number; to: number; weight: number }[], topN: number) {
  const best = grams.sort((a, b) => b.weight - a.weight).slice(0, topN * 3).sort((a, b) => a.from - b.from);
  const spans: { from: number; to: number; weight: number }[] = [];
  for (const g of best) {
    const last = spans[spans.length - 1];
    if (last && g.from <= last.to) {
      last.to = Math.max(last.to, g.to);
      last.weight += g.weight;
    } else spans.push({ ...g });
  }
  return spans.sort((a, b) => b.weight - a.weight).slice(0, topN);
}
