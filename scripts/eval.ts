/**
 * `npm run eval` (issues 3, 15): measures the default scanner (rules + trained scorer).
 *   1. the real-world corpus (data/corpus), per split: per-category precision and recall, the share
 *      of risky lines flagged, false positives on benign lines and on hard negatives, per source;
 *      the TEST split (sources neither the rules nor the scorer saw) gets a confusion matrix and the
 *      issue's targets;
 *   2. the older labelled sets this project wrote (tests/eval/*.tsv), for comparison.
 * `--misses` lists the test split's errors; `--split=dev` shows another split's errors instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner } from '../lib/detect';
import { DEFAULT_BUNDLE } from '../lib/bundle/default-bundle';
import { CATEGORIES, type Category } from '../lib/taxonomy';
import { ObservationKindSchema, type ObservationKind } from '../lib/model';
import { readCorpus } from './corpus/read-corpus';
import { inScope } from './corpus/sources';

let scanner = createScanner(DEFAULT_BUNDLE);
const showMisses = process.argv.includes('--misses');
const missSplit = process.argv.find((a) => a.startsWith('--split='))?.slice(8) ?? 'test';
const targets: string[] = [];
const target = (name: string, measured: number, ok: boolean, fmt = pct) => targets.push(`target ${name}: measured ${fmt(measured)} ${ok ? 'PASS' : 'MISS'}`);
function pct(x: number) {
  return `${(x * 100).toFixed(1)}%`;
}
const num = (x: number) => x.toFixed(3);
const cats = (kind: ObservationKind, text: string) => new Set(scanner.scan({ kind, text }).map((f) => f.category));

interface Item { labels: Category[]; kind: ObservationKind; text: string; src: string; hard?: boolean; id?: string }
interface Score {
  tp: Map<Category, number>; fp: Map<Category, number>; fn: Map<Category, number>;
  risky: number; riskyFlagged: number; benign: number; benignFlagged: number; hard: number; hardFlagged: number;
  confusion: Map<string, Map<string, number>>;
  /** plain benign lines (not hard negatives) flagged, per predicted category: which rules the benign-chat figure charges */
  benignBy: Map<Category, number>;
  misses: string[];
}
const inc = <K,>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

function score(items: Item[], keepMisses: boolean): Score {
  const s: Score = { tp: new Map(), fp: new Map(), fn: new Map(), risky: 0, riskyFlagged: 0, benign: 0, benignFlagged: 0, hard: 0, hardFlagged: 0, confusion: new Map(), benignBy: new Map(), misses: [] };
  for (const it of items) {
    // categories the line's source does not label are not counted either way (sources.ts scope)
    const got = new Set([...cats(it.kind, it.text)].filter((c) => inScope(it.src, c)));
    for (const c of CATEGORIES) {
      const want = it.labels.includes(c);
      if (want && got.has(c)) inc(s.tp, c);
      else if (want) { inc(s.fn, c); if (keepMisses) s.misses.push(`FN ${c}\t[${[...got]}]\t${it.src}\t${it.text.slice(0, 140)}`); }
      else if (got.has(c)) { inc(s.fp, c); if (keepMisses) s.misses.push(`FP ${c}\t${it.labels.join(',') || 'benign'}${it.hard ? ' (hard)' : ''}\t${it.src}\t${it.text.slice(0, 140)}`); }
    }
    // confusion: gold label (or benign) against each predicted category (or none)
    for (const gold of it.labels.length ? it.labels : ['benign']) {
      const row = s.confusion.get(gold) ?? new Map<string, number>();
      s.confusion.set(gold, row);
      if (!got.size) inc(row, 'none');
      for (const g of got) inc(row, g);
    }
    if (it.labels.length) { s.risky++; if (got.size) s.riskyFlagged++; }
    else if (it.hard) { s.hard++; if (got.size) s.hardFlagged++; }
    else { s.benign++; if (got.size) s.benignFlagged++; for (const c of got) inc(s.benignBy, c); }
  }
  return s;
}
function pr(s: Score, c: Category) {
  const t = s.tp.get(c) ?? 0, p = s.fp.get(c) ?? 0, n = s.fn.get(c) ?? 0;
  return { n: t + n, predicted: t + p, precision: t + p ? t / (t + p) : NaN, recall: t + n ? t / (t + n) : NaN };
}
const fmtOr = (x: number) => (Number.isNaN(x) ? '  -  ' : num(x));
function printScore(name: string, s: Score) {
  console.log(`\n== ${name}: risky lines flagged ${s.riskyFlagged}/${s.risky} = ${pct(s.risky ? s.riskyFlagged / s.risky : 0)}; benign flagged ${s.benignFlagged}/${s.benign} = ${pct(s.benign ? s.benignFlagged / s.benign : 0)}; hard negatives flagged ${s.hardFlagged}/${s.hard} = ${pct(s.hard ? s.hardFlagged / s.hard : 0)}`);
  if (s.benignFlagged) console.log(`   benign lines flagged, by category: ${[...s.benignBy].map(([c, k]) => `${c} ${k}`).join(', ')}`);
  console.log('   category             gold  predicted  precision  recall');
  for (const c of CATEGORIES) {
    const r = pr(s, c);
    if (!r.n && !r.predicted) continue;
    console.log(`   ${c.padEnd(20)} ${String(r.n).padStart(5)}  ${String(r.predicted).padStart(9)}  ${fmtOr(r.precision).padStart(9)}  ${fmtOr(r.recall).padStart(6)}`);
  }
}
function printConfusion(s: Score) {
  const cols = [...CATEGORIES.filter((c) => [...s.confusion.values()].some((r) => r.has(c))), 'none'];
  const short = (c: string) => c.split('_').map((w) => w.slice(0, 4)).join('_').slice(0, 9);
  console.log('\n   confusion (rows: gold label; columns: predicted category, "none" = nothing flagged; a line counts once per gold label and predicted category)');
  console.log('   ' + 'gold \\ predicted'.padEnd(20) + cols.map((c) => short(c).padStart(10)).join(''));
  for (const gold of [...CATEGORIES, 'benign']) {
    const row = s.confusion.get(gold);
    if (!row) continue;
    console.log('   ' + gold.padEnd(20) + cols.map((c) => String(row.get(c) ?? 0).padStart(10)).join(''));
  }
}

// ---- 1. real-world corpus ------------------------------------------------------------------------
const corpus = readCorpus();
const bySplit = (split: string) => corpus.filter((l) => l.split === split && !l.untaxed).map((l): Item => ({ labels: l.labels, kind: l.kind ?? 'chat', text: l.text, src: l.src, hard: l.hard, id: l.id }));
console.log(`real-world corpus: ${corpus.length} lines (${corpus.filter((l) => l.untaxed).length} untaxed spam left out); train ${bySplit('train').length}, dev ${bySplit('dev').length}, test ${bySplit('test').length}`);
const results: Record<string, Score> = {};
for (const split of ['train', 'dev', 'test']) {
  const items = bySplit(split);
  results[split] = score(items, showMisses && split === missSplit);
  printScore(`${split} split`, results[split]);
  for (const src of [...new Set(items.map((i) => i.src))]) {
    const s = score(items.filter((i) => i.src === src), false);
    const parts = [s.risky && `risky flagged ${s.riskyFlagged}/${s.risky} = ${pct(s.riskyFlagged / s.risky)}`, s.benign && `benign flagged ${s.benignFlagged}/${s.benign} = ${pct(s.benignFlagged / s.benign)}`, s.hard && `hard negatives flagged ${s.hardFlagged}/${s.hard} = ${pct(s.hardFlagged / s.hard)}`].filter(Boolean);
    console.log(`     source ${src.padEnd(20)} ${parts.join('; ')}`);
  }
}
const test = results.test;
// per category for each large test source (one publisher's labels, e.g. ChineseHarm-bench)
for (const src of [...new Set(bySplit('test').map((i) => i.src))]) {
  const s = score(bySplit('test').filter((i) => i.src === src), false);
  if (s.risky < 100) continue;
  const rows = CATEGORIES.map((c) => [c, pr(s, c)] as const).filter(([, r]) => r.n);
  console.log(`\n   ${src} per category (gold n, P, R): ${rows.map(([c, r]) => `${c} ${r.n} ${fmtOr(r.precision)} ${fmtOr(r.recall)}`).join('; ')}`);
}
// the lure categories apart from harassment: one large harassment source would otherwise hide them
{
  const lures = bySplit('test').filter((i) => i.labels.some((c) => c !== 'harassment'));
  const s = score(lures, false);
  console.log(`\n   test lines with a lure category (any but harassment): ${s.riskyFlagged}/${s.risky} = ${pct(s.risky ? s.riskyFlagged / s.risky : 0)} flagged`);
}
printConfusion(test);
// what the scorer adds: the same test split with the rules alone
{
  const full = scanner;
  scanner = createScanner(DEFAULT_BUNDLE, { scorer: false });
  const r = score(bySplit('test'), false);
  console.log(`\n   rules alone (no scorer) on the test split: risky lines flagged ${r.riskyFlagged}/${r.risky} = ${pct(r.riskyFlagged / r.risky)}; benign ${r.benignFlagged}/${r.benign}; hard negatives ${r.hardFlagged}/${r.hard} = ${pct(r.hardFlagged / r.hard)}`);
  scanner = full;
}
target('test: risky lines flagged >= 90%', test.riskyFlagged / test.risky, test.riskyFlagged / test.risky >= 0.9);
for (const c of CATEGORIES) {
  const r = pr(test, c);
  if (!r.n) { targets.push(`target test ${c}: no gold lines in the test split (not measured)`); continue; }
  const [pGoal, rGoal] = c === 'off_platform' ? [0.95, 0.95] : [0.9, 0.85];
  target(`test ${c} precision >= ${pGoal} (n=${r.predicted})`, r.precision, r.precision >= pGoal, fmtOr);
  target(`test ${c} recall >= ${rGoal} (n=${r.n})`, r.recall, r.recall >= rGoal, num);
}
target('test: hard negatives flagged <= 3%', test.hardFlagged / test.hard, test.hardFlagged / test.hard <= 0.03);
target('test: benign real chat flagged <= 0.5%', test.benignFlagged / test.benign, test.benignFlagged / test.benign <= 0.005);
if (showMisses) {
  console.log(`\n${missSplit} split errors:`);
  for (const m of results[missSplit].misses) console.log('  ' + m);
}

// ---- 2. older labelled sets (written by this project; not evidence of generalisation) ------------
const items: Item[] = [];
for (const f of readdirSync('tests/eval').filter((x) => x.endsWith('.tsv')).sort()) {
  readFileSync(join('tests/eval', f), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [labels, kind, ...rest] = line.split('\t');
    const ls = labels === '-' ? [] : labels.split(',');
    for (const l of ls) if (!(CATEGORIES as readonly string[]).includes(l)) throw new Error(`${f}:${i + 1}: unknown category ${l}`);
    items.push({ labels: ls as Category[], kind: ObservationKindSchema.parse(kind), text: rest.join('\t'), src: f });
  });
}
printScore(`older labelled sets (tests/eval, ${items.length} lines written by this project)`, score(items, false));
console.log('\n' + targets.join('\n'));
