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
 * Σ weights of the distinct n-grams of codes[0, k) for the heads [0, heads) — the hot path, inlined
 * (no closure, no allocation); the same n-grams as forEachNgram. Returns the n-gram count; sums go
 * to `out`.
 */
function headSums(model: ScorerModel, codes: ArrayLike<number>, k: number, heads: number, out: Float64Array): number {
  const mask = (1 << model.bits) - 1;
  const H = model.heads.length;
  const w = model.weights;
  const seen = stampsFor(model.bits);
  const stamp = nextStamp();
  for (let h = 0; h < heads; h++) out[h] = 0;
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
    for (let order = 3; order >= 1; order--) {
      if (order === 3 && i === 0) continue;
      let h: number;
      if (order === 3) h = Math.imul(Math.imul(Math.imul(c ^ 0xc2b2ae35, 0x01000193) ^ p1, 0x5bd1e995) ^ p2, 0x27d4eb2f);
      else if (order === 2) h = Math.imul(Math.imul(c ^ 0x85ebca6b, 0x01000193) ^ p1, 0x5bd1e995);
      else h = Math.imul(c ^ 0x9e3779b1, 0x01000193);
      const b = ((h ^ (h >>> 15)) >>> 0) & mask;
      if (seen[b] === stamp) continue;
      seen[b] = stamp;
      n++;
      const row = b * H;
      for (let hd = 0; hd < heads; hd++) out[hd] += w[row + hd];
    }
    p2 = p1;
    p1 = c;
  }
  return n;
}
let sumsAll = new Float64Array(16);

/**
 * The gate's weights as one contiguous column (2^bits bytes: 64 KB for the default model) instead of
 * every H-th byte of `weights` (448 KB): the gate runs on every chat line the rules let through, and
 * its random reads then touch one column's cache lines, not the whole matrix. Built once per model
 * (a model's weights are not changed after it is made: decodeModel and train build new arrays).
 */
const gateColumns = new WeakMap<ScorerModel, Int8Array>();
function gateColumn(model: ScorerModel): Int8Array {
  let col = gateColumns.get(model);
  if (!col) {
    const H = model.heads.length;
    col = new Int8Array(1 << model.bits);
    for (let b = 0; b < col.length; b++) col[b] = model.weights[b * H];
    gateColumns.set(model, col);
  }
  return col;
}

/**
 * The gate head's probability for folded codes[0, k): the prefilter asks it of every chat line.
 * headSums for head 0 alone, unrolled over the three n-gram orders and reading the gate column:
 * the same n-grams, the same sum (tests/unit/detect/scorer-gate.test.ts compares them).
 */
export function gateProbability(model: ScorerModel, codes: ArrayLike<number>, k: number): number {
  const mask = (1 << model.bits) - 1;
  const w = gateColumn(model);
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
      if (seen[b] !== stamp) {
        seen[b] = stamp;
        n++;
        sum += w[b];
      }
    }
    h = Math.imul(Math.imul(c ^ 0x85ebca6b, 0x01000193) ^ p1, 0x5bd1e995);
    b = ((h ^ (h >>> 15)) >>> 0) & mask;
    if (seen[b] !== stamp) {
      seen[b] = stamp;
      n++;
      sum += w[b];
    }
    h = Math.imul(c ^ 0x9e3779b1, 0x01000193);
    b = ((h ^ (h >>> 15)) >>> 0) & mask;
    if (seen[b] !== stamp) {
      seen[b] = stamp;
      n++;
      sum += w[b];
    }
    p2 = p1;
    p1 = c;
  }
  return n ? sigmoid(model.bias[0] + (model.scale[0] * sum) / Math.sqrt(n)) : 0;
}

/** Every head's probability into `out` (index = head); the full path after the gate fired. */
export function headProbabilities(model: ScorerModel, codes: ArrayLike<number>, k: number, out: Float64Array): void {
  const H = model.heads.length;
  if (sumsAll.length < H) sumsAll = new Float64Array(H);
  const n = headSums(model, codes, k, H, sumsAll);
  for (let h = 0; h < H; h++) out[h] = n ? sigmoid(model.bias[h] + (model.scale[h] * sumsAll[h]) / Math.sqrt(n)) : 0;
}

/** One head's strongest spans: the explanation of a finding (asked only for heads that fired). */
export function explain(model: ScorerModel, codes: ArrayLike<number>, k: number, head: number, topN = 3): { from: number; to: number; weight: number }[] {
  const H = model.heads.length;
  const grams: { from: number; to: number; weight: number }[] = [];
  forEachNgram(codes, k, model.bits, (bucket, end, order) => {
    const v = model.weights[bucket * H + head];
    if (v > 0) grams.push({ from: Math.max(0, end - order + 1), to: end + 1, weight: v * model.scale[head] });
  });
  return strongestSpans(grams, topN);
}

export interface HeadScore {
  head: 'any' | Category;
  probability: number;
  fired: boolean;
  /** strongest n-grams for this head: [start, end) in the codes, contribution */
  top: { from: number; to: number; weight: number }[];
}

/** Every head's probability, and the strongest spans of the heads that fire (tests, reports). */
export function scoreAll(model: ScorerModel, codes: ArrayLike<number>, k: number, topN = 3): HeadScore[] {
  const probs = new Float64Array(model.heads.length);
  headProbabilities(model, codes, k, probs);
  return model.heads.map((head, h) => {
    const fired = probs[h] >= model.threshold[h];
    return { head, probability: probs[h], fired, top: fired ? explain(model, codes, k, h, topN) : [] };
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
