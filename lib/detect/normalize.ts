/**
 * Normalised view of a text for matching, with an offset map back to the original (so findings
 * quote and highlight exactly what the page showed).
 *   1. per character: char-fold.ts (NFKC, case, trad→simp, separators dropped);
 *   2. runs of 4+ Chinese / full-width numerals become digits (一三八… → 138…), shorter runs stay
 *      words ("第一", "一起");
 *   3. evasion spellings are rewritten to one canonical form (variants.ts: 薇信/V信/vx → 微信 …).
 * `start[i]`/`end[i]` give the original [start, end) of normalised char i; `gap[i]` says a dropped
 * separator stood before it (English terms use it as a word boundary).
 */
import { CJK_FIRST, CJK_LAST, cjkFoldTable, foldChar } from './char-fold';
import { rewriteVariants, VARIANT_CHARS, variantRulesApply } from './variants';

export interface Normalized {
  text: string;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
}

const CN_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};
export const MIN_NUMERAL_RUN = 4;
/** CN_DIGITS as a code-unit table (digit + 1; 0 = not a numeral): no string keys on the hot path */
export const CN_DIGIT = new Int8Array(0x10000);
for (const [c, d] of Object.entries(CN_DIGITS)) CN_DIGIT[c.charCodeAt(0)] = Number(d) + 1;
/** characters without which no variant rule (variants.ts) can match: lines lacking all skip them */
const VARIANT_GATE = new Uint8Array(0x10000);
for (const c of VARIANT_CHARS) VARIANT_GATE[c.charCodeAt(0)] = 1;

/**
 * One pass, typed buffers (the content script runs this for every chat line): code units of the
 * folded text with, per unit, the original span and whether a separator was dropped before it.
 */
let cap = 0;
let codes = new Uint16Array(0);
let starts = new Int32Array(0);
let ends = new Int32Array(0);
let gaps = new Uint8Array(0);
function ensure(n: number) {
  if (n <= cap) return;
  const grow = Math.max(n, cap * 2, 256);
  const c = new Uint16Array(grow), st = new Int32Array(grow), en = new Int32Array(grow), g = new Uint8Array(grow);
  c.set(codes); st.set(starts); en.set(ends); g.set(gaps);
  codes = c; starts = st; ends = en; gaps = g; cap = grow;
}

/**
 * normalize(original).text, without building the offset map when no variant rule needs it (the
 * scanner normalises every vocabulary term at build time: issue 3's 10k-term build budget).
 */
export function normalizeText(original: string): string {
  if (foldsToItself(original)) return original;
  const k = fold(original);
  const text = codesText(k);
  // normalize() would rewrite only if a variant rule matches the folded text (rewriteVariants)
  if (foldedVariants && variantRulesApply(text)) return normalize(original).text;
  return text;
}

export function normalize(original: string): Normalized {
  const k = fold(original);
  const text = codesText(k);
  const base: Normalized = { text, start: starts.slice(0, k), end: ends.slice(0, k), gap: gaps.slice(0, k) };
  lastBase = base;
  return foldedVariants ? rewriteVariants(base) : base;
}

let lastBase: Normalized = { text: '', start: new Int32Array(0), end: new Int32Array(0), gap: new Uint8Array(0) };
/** the last normalize() call's text before variant rewriting, with its offsets (foldedText's form) */
export function lastFold(): Normalized {
  return lastBase;
}

/**
 * Whether normalize(s).text === s, decided without building anything: every char is one that
 * fold() keeps as it is (a-z, 0-9, an ideograph without a simplified form), no Chinese numeral
 * sits in a run that convertNumeralRuns would turn into digits, and no variant rule applies.
 * Most vocabulary terms are like this: the build then allocates nothing for them (issue 3).
 */
function foldsToItself(s: string): boolean {
  const cjk = cjkFoldTable();
  let run = 0; // digits and Chinese numerals in a row
  let cn = 0; // a Chinese numeral in that run
  let gate = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) run++;
    else if (c >= 0x61 && c <= 0x7a) run = cn = 0;
    else if (c >= CJK_FIRST && c <= CJK_LAST && cjk[c - CJK_FIRST] === 0) {
      if (CN_DIGIT[c] !== 0) {
        run++;
        cn = 1;
      } else run = cn = 0;
    } else return false;
    if (cn === 1 && run >= MIN_NUMERAL_RUN) return false;
    gate |= VARIANT_GATE[c];
  }
  return gate === 0 || !variantRulesApply(s);
}

/** whether the last fold() met a character some variant rule needs */
let foldedVariants = 0;

function codesText(k: number): string {
  // vocabulary terms are short: no subarray view and apply for them (issue 3's build)
  if (k <= 4) {
    if (k === 0) return '';
    if (k === 1) return String.fromCharCode(codes[0]);
    if (k === 2) return String.fromCharCode(codes[0], codes[1]);
    if (k === 3) return String.fromCharCode(codes[0], codes[1], codes[2]);
    return String.fromCharCode(codes[0], codes[1], codes[2], codes[3]);
  }
  if (k <= 8) {
    const head = String.fromCharCode(codes[0], codes[1], codes[2], codes[3]);
    if (k === 5) return head + String.fromCharCode(codes[4]);
    if (k === 6) return head + String.fromCharCode(codes[4], codes[5]);
    if (k === 7) return head + String.fromCharCode(codes[4], codes[5], codes[6]);
    return head + String.fromCharCode(codes[4], codes[5], codes[6], codes[7]);
  }
  let text = '';
  for (let from = 0; from < k; from += 4096) text += String.fromCharCode.apply(null, codes.subarray(from, Math.min(k, from + 4096)) as unknown as number[]);
  return text;
}

/** folds `original` into the shared buffers and converts numeral runs; returns the length */
function fold(original: string): number {
  ensure(original.length * 2 + 8);
  let k = 0;
  let pendingGap = 0;
  let numerals = false;
  let variants = 0;
  for (let i = 0; i < original.length; ) {
    let cp = original.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < original.length) {
      const lo = original.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // fast paths: lower-case ASCII letters, digits, upper-case ASCII, CJK that folds to itself
    let single = -1;
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) single = cp;
    else if (cp >= 0x41 && cp <= 0x5a) single = cp + 32;
    else if (cp >= 0x4e00 && cp <= 0x9fff && !needsSlowPath(cp)) single = cp;
    if (single >= 0) {
      if (pendingGap && k > 0 && isLetterCode(codes[k - 1]) && isLetterCode(single)) k = pushBreak(k, i);
      codes[k] = single; starts[k] = i; ends[k] = i + width; gaps[k] = pendingGap; k++;
      pendingGap = 0;
      if (CN_DIGIT[single] !== 0) numerals = true;
      variants |= VARIANT_GATE[single];
    } else {
      const folded = foldChar(cp);
      if (folded === '') pendingGap = 1;
      else {
        ensure(k + folded.length + 2);
        // a separator between two ASCII letters stays a word break ("dm me", "vx abc"); between
        // digits or CJK it vanishes ("138 1234 5678", "加 微 信")
        if (pendingGap && k > 0 && isLetterCode(codes[k - 1]) && isLetterCode(folded.charCodeAt(0))) k = pushBreak(k, i);
        for (let j = 0; j < folded.length; j++) {
          const c = folded.charCodeAt(j);
          codes[k] = c; starts[k] = i; ends[k] = i + width; gaps[k] = pendingGap; k++;
          pendingGap = 0;
          if (CN_DIGIT[c] !== 0) numerals = true;
          variants |= VARIANT_GATE[c];
        }
      }
    }
    i += width;
  }
  if (numerals) convertNumeralRuns(k);
  foldedVariants = variants;
  return k;
}

function pushBreak(k: number, i: number): number {
  codes[k] = 0x20; starts[k] = i; ends[k] = i; gaps[k] = 1;
  return k + 1;
}

function isLetterCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** CJK ideographs that fold to something else (traditional forms) take the slow path */
function needsSlowPath(cp: number): boolean {
  return cjkFoldTable()[cp - CJK_FIRST] === 1;
}

function convertNumeralRuns(k: number) {
  let runStart = -1;
  let cn = 0;
  const flush = (endExclusive: number) => {
    if (runStart >= 0 && endExclusive - runStart >= MIN_NUMERAL_RUN && cn > 0) {
      for (let j = runStart; j < endExclusive; j++) {
        const d = CN_DIGIT[codes[j]];
        if (d !== 0) codes[j] = 0x30 + d - 1;
      }
    }
    runStart = -1;
    cn = 0;
  };
  for (let j = 0; j < k; j++) {
    const c = codes[j];
    const isCn = CN_DIGIT[c] !== 0;
    if (isCn || (c >= 0x30 && c <= 0x39)) {
      if (runStart < 0) runStart = j;
      if (isCn) cn++;
    } else flush(j);
  }
  flush(k);
}

/** Original [start, end) for normalised [from, to). */
export function originalSpan(n: Normalized, from: number, to: number): [number, number] {
  return [n.start[from], n.end[to - 1]];
}

/**
 * The folded text before evasion spellings are rewritten (steps 1-2 only): what the trained scorer
 * reads (scorer.ts). The prefilter's own fold equals it whenever the prefilter decides alone.
 */
export function foldedText(original: string): string {
  return codesText(fold(original));
}
