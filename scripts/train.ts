/**
 * `npm run train` (issue 15): trains the scorer (lib/detect/scorer.ts) on the corpus's TRAIN split,
 * calibrates each head's threshold on the DEV split, and writes lib/detect/default-model.ts (the
 * model built into the default bundle). Reproducible: fixed seed, fixed order, no clock; running it
 * twice gives the same bytes (tests/unit/detect/train-reproducible checks a small run).
 *
 * Model: one logistic head per category with at least MIN_POSITIVES train lines, plus the "any risk"
 * gate; AdaGrad on hashed character 1-3-grams of the folded text, L2, class-balanced weights.
 */
import { writeFileSync } from 'node:fs';
import { CATEGORIES, type Category } from '../lib/taxonomy';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { provideTradTable } from '../lib/detect/char-fold';
import { foldedText } from '../lib/detect/normalize';
import { DIGIT, forEachNgram, sigmoid, type ScorerModel } from '../lib/detect/scorer';
import { encodeModel } from '../lib/detect/model-codec';
import type { CorpusLine } from '../lib/detect/corpus-line';
import { readCorpus } from './corpus/read-corpus';
import { inScope } from './corpus/sources';

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  learningRate: number;
  l2: number;
  /** a category gets a head only with this many train lines (stop 29: 40 → 100; the heads that
   * 42 prohibited_goods and 56 data_falsification lines gave never scored above 0.02 on any dev
   * line, yet cost every message ~1 µs of the 5 µs budget: 9 heads measured 4.6 µs). Stop 31: 100 → 300;
   * the card-trading relabel gave prohibited_goods 267 train lines, all Telegram card ads, and its head
   * flagged none of the dev lines (2 prohibited_goods lines there; the rules flagged neither) while all
   * heads went 4.0–4.2 → 5.5–5.7 µs per message (7 vs 8 heads, load 28–30): over the 5 µs target.
   * Stop 32: 300 → 400; the account and SIM-card relabel (接码, 实卡, 出qq/vx…卡) took prohibited_goods to 301 train
   * lines, the same Telegram-only head again (it flagged none of dev's 2 prohibited_goods lines) */
  minPositives: number;
  /** dev lines without a head's label that it may flag at most (share), when its threshold is
   * chosen: plain lines (benign chat, spam-corpus ham) and hard negatives (lines that discuss the
   * risk, warnings, the publisher's non-offensive controversy) have separate budgets, so that the
   * scanner as a whole stays under the issue's targets (benign chat ≤ 0.5 %, hard negatives ≤ 3 %,
   * with the rules' own false positives counted in). Stop 31: hard 0.005 → 0.003, the plain budget: at 0.005
   * the scanner sat at 2.98 % hard negatives against the 3 % target with no margin for retraining noise or new
   * rules (dev: hard negatives 43 → 36 of 3,231, harassment recall .402 → .374) */
  devFalsePositiveRate: number;
  devHardNegativeRate: number;
  /** the same for the gate ("any risk"), which only decides whether the category heads are asked;
   * each head has its own budget, so the gate's may be looser (stop 30: 0.02 → 0.05; at 0.02 the
   * gate sat at p 0.89 and the heads never saw most lines they would have flagged; at 0.1, p 0.61,
   * the price head's 原价 (learnt from SMS spam) flagged "129元原价19.9元", which unit
   * commerce-narrowing keeps benign — at 0.05 the gate is p 0.752 and that line scores 0.742) */
  gateFalsePositiveRate: number;
  /** weight of a line read and labelled from a commerce page (by: "reader") against a spam-corpus
   * line: the few real host/shill/scam quotes would otherwise drown in 10k SMS lines (issue 15 (a)) */
  readerWeight: number;
  /** per-source weighting (stop 33): a line's weight is multiplied by (mean source size / its source's
   * size)^sourceBalance, normalised so the mean weight stays 1. 0 = every line counts the same (before:
   * tg_spam's 14k lines were a third of the train split and set most heads' features) */
  sourceBalance?: number;
  /** a hashed feature is learned only when it occurs in at least this many train sources (stop 33): a
   * feature seen in one source alone is as likely that source's quirk (its masks, its boilerplate, its
   * channel names) as a sign of risk, and leave-one-source-out validation (scripts/scorer-loso.ts) scores
   * how it carries to a source the model never saw. 1 = every feature */
  minSources?: number;
  /** the n-gram orders learned (stop 33); the others keep weight 0, so inference (which hashes orders 1-3)
   * is unchanged and they only count in a line's norm. Default all three */
  orders?: readonly number[];
}
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 17, epochs: 8, seed: 20261201, learningRate: 0.3, l2: 1e-7, minPositives: 400, devFalsePositiveRate: 0.003, devHardNegativeRate: 0.003, gateFalsePositiveRate: 0.05, readerWeight: 4 };

/** The Chinese SMS corpus masks every digit as "x": read the masks back as digits for features. */
const MASKED_SOURCES = new Set(['zh_sms_spam']);
export function featureText(line: Pick<CorpusLine, 'text' | 'src'>): string {
  const t = foldedText(line.text);
  return MASKED_SOURCES.has(line.src) ? t.replace(/(?<![a-z])x+(?![a-z])/g, (m) => '0'.repeat(m.length)) : t;
}

interface Example { buckets: Int32Array; norm: number; labels: Set<Category>; weight: number; src: string; keys?: string[] }
/** the n-gram ending at codes[end] as a string (its order first), as forEachNgram reads it: digits as breaks, BOS before the line */
function ngramKey(codes: Uint16Array, end: number, order: number): string {
  let key = String.fromCharCode(order);
  for (let j = end - order + 1; j <= end; j++) key += j < 0 ? '\x02' : String.fromCharCode(codes[j] >= 0x30 && codes[j] <= 0x39 ? DIGIT : codes[j]);
  return key;
}
function toExample(line: CorpusLine, bits: number, readerWeight = 1, orders: readonly number[] = [1, 2, 3], withKeys = false): Example {
  const t = featureText(line);
  const codes = new Uint16Array(t.length);
  for (let i = 0; i < t.length; i++) codes[i] = t.charCodeAt(i);
  const out: number[] = [];
  const keys: string[] = [];
  let n = 0;
  forEachNgram(codes, codes.length, bits, (b, end, order) => {
    n++;
    if (!orders.includes(order)) return;
    out.push(b);
    if (withKeys) keys.push(ngramKey(codes, end, order));
  });
  // the norm counts every n-gram, learned or not: inference divides by all of a line's n-grams
  return { buckets: Int32Array.from(out), norm: n ? 1 / Math.sqrt(n) : 0, labels: new Set(line.labels), weight: line.by === 'reader' ? readerWeight : 1, src: line.src, ...(withKeys ? { keys } : {}) };
}

/** source balance and cross-source pruning (TrainOptions.sourceBalance, minSources), in place */
function applySourceOptions(examples: Example[], opts: TrainOptions, report: string[]) {
  const sizes = new Map<string, number>();
  for (const e of examples) sizes.set(e.src, (sizes.get(e.src) ?? 0) + 1);
  const alpha = opts.sourceBalance ?? 0;
  if (alpha > 0) {
    const mean = examples.length / sizes.size;
    const factor = (src: string) => Math.pow(mean / (sizes.get(src) ?? 1), alpha);
    let total = 0;
    for (const e of examples) total += e.weight * factor(e.src);
    const norm = examples.reduce((a, e) => a + e.weight, 0) / total;
    for (const e of examples) e.weight *= factor(e.src) * norm;
  }
  const minSources = opts.minSources ?? 1;
  if (minSources > 1) {
    // counted per n-gram, not per bucket: a bucket holds ~8 n-grams at 2^16, so nearly every bucket is
    // "in several sources" (a per-bucket count kept 9 in 10 buckets and changed nothing in validation)
    const srcIndex = new Map([...sizes.keys()].map((s, i) => [s, i]));
    const seenIn = new Map<string, number>();
    for (const e of examples) {
      const bit = 1 << (srcIndex.get(e.src)! % 32);
      for (const k of e.keys!) seenIn.set(k, (seenIn.get(k) ?? 0) | bit);
    }
    const popcount = (x: number) => { let n = 0; for (; x; x &= x - 1) n++; return n; };
    const keep = new Set<string>();
    for (const [k, m] of seenIn) if (popcount(m) >= minSources) keep.add(k);
    for (const e of examples) {
      e.buckets = e.buckets.filter((_, i) => keep.has(e.keys![i]));
      delete e.keys;
    }
    report.push(`n-grams in ${minSources}+ train sources: ${keep.size} of ${seenIn.size} learned`);
  }
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(corpus: CorpusLine[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): { model: ScorerModel; report: string[] } {
  const report: string[] = [];
  const trainLines = corpus.filter((l) => l.split === 'train' && !l.untaxed);
  const devLines = corpus.filter((l) => l.split === 'dev' && !l.untaxed);
  const counts = new Map<Category, number>();
  for (const l of trainLines) for (const c of l.labels) counts.set(c, (counts.get(c) ?? 0) + 1);
  const heads: ('any' | Category)[] = ['any', ...CATEGORIES.filter((c) => (counts.get(c) ?? 0) >= opts.minPositives)];
  const H = heads.length;
  const B = 1 << opts.bits;
  const examples = trainLines.map((l) => toExample(l, opts.bits, opts.readerWeight ?? 1, opts.orders, (opts.minSources ?? 1) > 1));
  applySourceOptions(examples, opts, report);
  const yOf = (e: Example, h: number) => (h === 0 ? e.labels.size > 0 : e.labels.has(heads[h] as Category)) ? 1 : 0;

  const w = new Float64Array(B * H);
  const g2 = new Float64Array(B * H).fill(1e-6);
  const bias = new Float64Array(H);
  const bg2 = new Float64Array(H).fill(1e-6);
  const posWeight = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const pos = examples.filter((e) => yOf(e, h)).length;
    const neg = examples.length - pos;
    posWeight[h] = Math.min(5, Math.sqrt(neg / Math.max(1, pos)));
    bias[h] = Math.log(Math.max(1, pos) / Math.max(1, neg));
    report.push(`head ${heads[h]}: ${pos} positive / ${neg} negative train lines, positive weight ${posWeight[h].toFixed(2)}`);
  }
  const rnd = mulberry32(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const idx of order) {
      const e = examples[idx];
      for (let h = 0; h < H; h++) {
        let z = bias[h];
        for (const b of e.buckets) z += w[b * H + h] * e.norm;
        const p = sigmoid(z);
        const y = yOf(e, h);
        const cw = (y ? posWeight[h] : 1) * e.weight;
        loss += -cw * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        const g = (p - y) * cw;
        for (const b of e.buckets) {
          const k = b * H + h;
          const grad = g * e.norm + opts.l2 * w[k];
          g2[k] += grad * grad;
          w[k] -= (opts.learningRate * grad) / Math.sqrt(g2[k]);
        }
        bg2[h] += g * g;
        bias[h] -= (opts.learningRate * g) / Math.sqrt(bg2[h]);
      }
    }
    report.push(`epoch ${epoch + 1}: mean loss per head ${(loss / examples.length / H).toFixed(4)}`);
  }

  // int8 per head
  const scale = new Float32Array(H);
  const weights = new Int8Array(B * H);
  for (let h = 0; h < H; h++) {
    let max = 1e-9;
    for (let b = 0; b < B; b++) max = Math.max(max, Math.abs(w[b * H + h]));
    scale[h] = max / 127;
    for (let b = 0; b < B; b++) weights[b * H + h] = Math.max(-127, Math.min(127, Math.round(w[b * H + h] / scale[h])));
  }
  const model: ScorerModel = { bits: opts.bits, heads, weights, scale, bias: Float32Array.from(bias), threshold: new Float32Array(H).fill(0.5) };

  // calibration on dev. A category finding needs the gate AND its head (scanner.ts, scorer-hits.ts),
  // so the gate is only a cheap prefilter with a looser budget (gateFalsePositiveRate), and each
  // category head is calibrated on the dev lines that pass the gate: its threshold is at least 0.5
  // and high enough that at most devFalsePositiveRate of ALL plain dev lines without its label, and
  // at most devHardNegativeRate of all hard negatives without it, pass the gate and score at or
  // above it. (Calibrating gate and heads apart made the pair far stricter than either budget.)
  const probs = (lines: CorpusLine[], h: number) => lines.map((l) => quantisedProbability(model, l, h)).sort((a, b) => b - a);
  const above = (ps: number[], rate: number, total = ps.length) => {
    const allowed = Math.floor(total * rate);
    return ps.length > allowed ? ps[allowed] + 1e-6 : 0.5;
  };
  const hardRate = opts.devHardNegativeRate ?? opts.devFalsePositiveRate;
  const gateRate = opts.gateFalsePositiveRate ?? opts.devFalsePositiveRate;
  for (let h = 0; h < H; h++) {
    // a line is a negative for a head only where its source's labels speak for that category
    // gate negatives: every dev line without a label, the scoped sources' too (stop 30: without
    // COLD's 3,216 non-offensive lines the gate's hard budget was read off 15 web lines, so ONE line
    // (p 0.936) set the gate, and every head below it lost its recall; the gate is trained on those
    // lines as negatives anyway)
    const neg = devLines.filter((l) => (h === 0 ? l.labels.length === 0 : !l.labels.includes(heads[h] as Category) && inScope(l.src, heads[h] as Category)));
    const passing = h === 0 ? neg : neg.filter((l) => quantisedProbability(model, l, 0) >= model.threshold[0]);
    const plain = probs(passing.filter((l) => !l.hard), h);
    const hard = probs(passing.filter((l) => l.hard), h);
    const [plainN, hardN] = [neg.filter((l) => !l.hard).length, neg.filter((l) => l.hard).length];
    const t = h === 0 ? Math.max(0.5, above(plain, gateRate), above(hard, Math.max(gateRate, hardRate))) : Math.max(0.5, above(plain, opts.devFalsePositiveRate, plainN), above(hard, hardRate, hardN));
    model.threshold[h] = Math.min(0.999, t);
    report.push(`head ${heads[h]}: threshold ${model.threshold[h].toFixed(3)} (dev lines without the label${h ? ' that pass the gate' : ''}: ${plain.length}/${plainN} plain, highest ${plain.slice(0, 3).map((p) => p.toFixed(3)).join(', ')}; ${hard.length}/${hardN} hard, highest ${hard.slice(0, 3).map((p) => p.toFixed(3)).join(', ')})`);
  }
  return { model, report };
}

/** a head's probability with the shipped (int8) weights, as scorer.ts computes it */
function quantisedProbability(m: ScorerModel, line: CorpusLine, h: number): number {
  const t = featureText(line);
  const codes = new Uint16Array(t.length);
  for (let i = 0; i < t.length; i++) codes[i] = t.charCodeAt(i);
  const H = m.heads.length;
  let sum = 0;
  let n = 0;
  forEachNgram(codes, codes.length, m.bits, (b) => { sum += m.weights[b * H + h]; n++; });
  return n ? sigmoid(m.bias[h] + (m.scale[h] * sum) / Math.sqrt(n)) : 0;
}

function main() {
  // folding needs OpenCC's traditional → simplified table (lib/detect provides it on import; this
  // script imports only the pure parts, so it provides the table itself)
  provideTradTable(TS_CHARACTERS);
  const corpus = readCorpus();
  const { model, report } = train(corpus);
  for (const r of report) console.log(r);
  const sources = [...new Set(corpus.filter((l) => l.split === 'train').map((l) => l.src))].sort().join(', ');
  const json = encodeModel(model, `train split of data/corpus (${sources}); seed ${DEFAULT_TRAIN_OPTIONS.seed}`);
  const body = [
    '/**',
    ' * The scorer model built into the default bundle (issue 15). GENERATED by `npm run train`',
    ' * (scripts/train.ts) from data/corpus; do not edit. A synced bundle may carry a newer one.',
    ' */',
    "import type { ScorerModelJson } from '../bundle/model';",
    '',
    `export const DEFAULT_MODEL_JSON: ScorerModelJson = ${JSON.stringify(json, null, 1)};`,
    '',
  ].join('\n');
  writeFileSync('lib/detect/default-model.ts', body);
  console.log(`wrote lib/detect/default-model.ts: ${model.heads.length} heads × ${1 << model.bits} buckets = ${model.weights.length} bytes of weights (${(body.length / 1024).toFixed(0)} KB file)`);
}

if (process.argv[1]?.endsWith('train.ts')) main();
