/**
 * `npm run train:loso` (issue 15, stop 33): how the scorer's training choices carry to text from a source
 * the model never saw, judged WITHOUT the test split. Leave-one-source-out over the large train sources:
 * train on the other train sources (thresholds calibrated on dev, as `npm run train` does), then score the
 * held-out source at the shipped operating point. Prints, per candidate option set:
 *   - per (held-out source, category with 30+ positives there and a head in the fold's model): recall of
 *     gate AND head, and average precision of the head's probability (threshold-free ranking quality);
 *   - per held-out source: the share of its unlabelled lines on which any category head fires;
 *   - the model trained on the whole train split: recall and false positives on dev at the calibrated thresholds.
 * Usage: npm run train:loso -- [candidate names…] (default: all) [--dev-only: the whole-train model on dev alone]
 * [--seed=N: another shuffling seed, to see how much of a difference is noise]; LG_LOSO_EPOCHS overrides epochs.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { provideTradTable } from '../lib/detect/char-fold';
import { headProbabilities, type ScorerModel } from '../lib/detect/scorer';
import { SCORER_OFF_PLATFORM_MIN } from '../lib/detect/scorer-hits';
import type { Category } from '../lib/taxonomy';
import type { CorpusLine } from '../lib/detect/corpus-line';
import { readCorpus } from './corpus/read-corpus';
import { inScope } from './corpus/sources';
import { DEFAULT_TRAIN_OPTIONS, featureText, train, type TrainOptions } from './train';

/** candidate option sets: each is DEFAULT_TRAIN_OPTIONS with these changes */
export const CANDIDATES: Record<string, Partial<TrainOptions>> = {
  baseline: {},
  balance05: { sourceBalance: 0.5 },
  balance1: { sourceBalance: 1 },
  sources2: { minSources: 2 },
  sources3: { minSources: 3 },
  l2e6: { l2: 1e-6 },
  l2e5: { l2: 1e-5 },
  epochs4: { epochs: 4 },
  'balance05+sources2': { sourceBalance: 0.5, minSources: 2 },
  gate10: { gateFalsePositiveRate: 0.1 },
  gate20: { gateFalsePositiveRate: 0.2 },
  'gate10+sources3': { gateFalsePositiveRate: 0.1, minSources: 3 },
  orders23: { orders: [2, 3] },
  orders12: { orders: [1, 2] },
  'orders23+sources3': { orders: [2, 3], minSources: 3 },
  bits17: { bits: 17 },
  'bits17+sources2': { bits: 17, minSources: 2 },
};

/** train sources large enough to hold out (the web_* sources have tens of lines: they always stay in) */
const MIN_FOLD_LINES = 500;
const MIN_POSITIVES_SCORED = 30;

interface Scored { probs: Float64Array[]; lines: CorpusLine[] }
function scoreLines(model: ScorerModel, lines: CorpusLine[]): Scored {
  const probs = lines.map((l) => {
    const t = featureText(l);
    const codes = Uint16Array.from({ length: t.length }, (_, i) => t.charCodeAt(i));
    const out = new Float64Array(model.heads.length);
    headProbabilities(model, codes, t.length, out);
    return out;
  });
  return { probs, lines };
}
/** whether head h would give a finding (scorer-hits.ts: gate AND head; off_platform alone needs 0.9) */
function fires(model: ScorerModel, p: Float64Array, h: number): boolean {
  if (p[0] < model.threshold[0]) return false;
  const min = model.heads[h] === 'off_platform' ? Math.max(model.threshold[h], SCORER_OFF_PLATFORM_MIN) : model.threshold[h];
  return p[h] >= min;
}
function averagePrecision(scores: number[], positive: boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let sum = 0;
  idx.forEach((i, rank) => { if (positive[i]) { tp++; sum += tp / (rank + 1); } });
  return tp ? sum / tp : NaN;
}

interface FoldResult { recall: { src: string; cat: Category; n: number; recall: number; ap: number }[]; benignFp: { src: string; n: number; rate: number }[] }
function evaluateHeldOut(model: ScorerModel, src: string, lines: CorpusLine[], out: FoldResult) {
  const s = scoreLines(model, lines);
  for (let h = 1; h < model.heads.length; h++) {
    const cat = model.heads[h] as Category;
    if (!inScope(src, cat)) continue;
    const pos = lines.map((l) => l.labels.includes(cat));
    const n = pos.filter(Boolean).length;
    if (n < MIN_POSITIVES_SCORED) continue;
    const hit = s.probs.filter((p, i) => pos[i] && fires(model, p, h)).length;
    out.recall.push({ src, cat, n, recall: hit / n, ap: averagePrecision(s.probs.map((p) => Math.min(p[0], p[h])), pos) });
  }
  const benign = s.probs.filter((_, i) => !lines[i].labels.length);
  if (benign.length) {
    const flagged = benign.filter((p) => model.heads.some((_, h) => h > 0 && fires(model, p, h))).length;
    out.benignFp.push({ src, n: benign.length, rate: flagged / benign.length });
  }
}

function devSummary(model: ScorerModel, dev: CorpusLine[]): string[] {
  const s = scoreLines(model, dev);
  const rows: string[] = [];
  for (let h = 1; h < model.heads.length; h++) {
    const cat = model.heads[h] as Category;
    const pos = dev.filter((l) => l.labels.includes(cat)).length;
    if (!pos) continue;
    const hit = s.probs.filter((p, i) => dev[i].labels.includes(cat) && fires(model, p, h)).length;
    rows.push(`${cat} ${hit}/${pos}`);
  }
  const neg = (hard: boolean) => s.probs.filter((_, i) => !dev[i].labels.length && !!dev[i].hard === hard);
  const fp = (ps: Float64Array[]) => ps.filter((p) => model.heads.some((_, h) => h > 0 && fires(model, p, h))).length;
  rows.push(`plain FP ${fp(neg(false))}/${neg(false).length}`, `hard FP ${fp(neg(true))}/${neg(true).length}`);
  return rows;
}

/** one fold per train source with minLines+ lines: fit = the other train sources and dev (train() learns
 * from train lines only and calibrates on dev), heldOut = that source's lines */
export function losoFolds(corpus: CorpusLine[], minLines = MIN_FOLD_LINES) {
  const trainLines = corpus.filter((l) => l.split === 'train' && !l.untaxed);
  const dev = corpus.filter((l) => l.split === 'dev' && !l.untaxed);
  const sizes = new Map<string, number>();
  for (const l of trainLines) sizes.set(l.src, (sizes.get(l.src) ?? 0) + 1);
  return [...sizes].filter(([, n]) => n >= minLines).map(([s]) => s).sort()
    .map((src) => ({ src, fit: [...trainLines.filter((l) => l.src !== src), ...dev], heldOut: trainLines.filter((l) => l.src === src) }));
}

export function loso(corpus: CorpusLine[], opts: TrainOptions, log: (s: string) => void = console.log, devOnly = false) {
  const trainLines = corpus.filter((l) => l.split === 'train' && !l.untaxed);
  const dev = corpus.filter((l) => l.split === 'dev' && !l.untaxed);
  const result: FoldResult = { recall: [], benignFp: [] };
  if (!devOnly) for (const fold of losoFolds(corpus)) evaluateHeldOut(train(fold.fit, opts).model, fold.src, fold.heldOut, result);
  const full = train([...trainLines, ...dev], opts).model;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const macroRecall = mean(result.recall.map((r) => r.recall));
  const macroAp = mean(result.recall.map((r) => r.ap));
  const benignFp = mean(result.benignFp.map((r) => r.rate));
  for (const r of result.recall) log(`  held out ${r.src.padEnd(22)} ${r.cat.padEnd(18)} n=${String(r.n).padStart(5)} recall ${r.recall.toFixed(3)} AP ${r.ap.toFixed(3)}`);
  for (const r of result.benignFp) log(`  held out ${r.src.padEnd(22)} unlabelled lines flagged ${(100 * r.rate).toFixed(2)}% of ${r.n}`);
  log(`  dev (full train split): ${devSummary(full, dev).join('; ')}`);
  log(`  LOSO macro recall ${macroRecall.toFixed(3)}, macro AP ${macroAp.toFixed(3)}, mean unlabelled flagged ${(100 * benignFp).toFixed(2)}%`);
  return { macroRecall, macroAp, benignFp, result };
}

function main() {
  provideTradTable(TS_CHARACTERS);
  const corpus = readCorpus();
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const epochs = process.env.LG_LOSO_EPOCHS ? Number(process.env.LG_LOSO_EPOCHS) : undefined;
  const seed = process.argv.find((a) => a.startsWith('--seed='))?.slice(7);
  for (const name of names.length ? names : Object.keys(CANDIDATES)) {
    const change = CANDIDATES[name];
    if (!change) throw new Error(`unknown candidate ${name}; known: ${Object.keys(CANDIDATES).join(', ')}`);
    const opts = { ...DEFAULT_TRAIN_OPTIONS, ...(epochs ? { epochs } : {}), ...(seed ? { seed: Number(seed) } : {}), ...change };
    console.log(`\n== ${name} ${JSON.stringify(change)}${seed ? ` seed ${seed}` : ''}`);
    loso(corpus, opts, console.log, process.argv.includes('--dev-only'));
  }
}
if (process.argv[1]?.endsWith('scorer-loso.ts')) main();
