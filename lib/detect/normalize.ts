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
import { foldChar } from './char-fold';
import { rewriteVariants } from './variants';

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
const MIN_NUMERAL_RUN = 4;

export function normalize(original: string): Normalized {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const gaps: number[] = [];
  let pendingGap = 0;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let folded: string;
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x4e00 && cp <= 0x9fff && !needsSlowPath(cp))) {
      folded = String.fromCharCode(cp); // fast path: already canonical
    } else if (cp >= 0x41 && cp <= 0x5a) folded = String.fromCharCode(cp + 32);
    else folded = foldChar(cp);
    if (folded === '') pendingGap = 1;
    else {
      // a separator between two ASCII letters stays a word break ("dm me", "vx abc"); between
      // digits or CJK it vanishes ("138 1234 5678", "加 微 信")
      if (pendingGap && isLetter(chars[chars.length - 1]) && isLetter(folded[0])) {
        chars.push(' ');
        starts.push(i);
        ends.push(i);
        gaps.push(1);
      }
      for (const c of folded) {
        chars.push(c);
        starts.push(i);
        ends.push(i + width);
        gaps.push(pendingGap);
        pendingGap = 0;
      }
    }
    i += width;
  }
  convertNumeralRuns(chars);
  const base: Normalized = { text: chars.join(''), start: Int32Array.from(starts), end: Int32Array.from(ends), gap: Uint8Array.from(gaps) };
  return rewriteVariants(base);
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

// CJK ideographs that fold to something else (traditional forms) take the slow path once each
const slow = new Map<number, boolean>();
function needsSlowPath(cp: number): boolean {
  let v = slow.get(cp);
  if (v === undefined) {
    v = foldChar(cp) !== String.fromCharCode(cp);
    slow.set(cp, v);
  }
  return v;
}

function convertNumeralRuns(chars: string[]) {
  let runStart = -1;
  const flush = (endExclusive: number) => {
    if (runStart < 0) return;
    const cn = chars.slice(runStart, endExclusive).filter((c) => CN_DIGITS[c] !== undefined).length;
    if (endExclusive - runStart >= MIN_NUMERAL_RUN && cn > 0) {
      for (let k = runStart; k < endExclusive; k++) chars[k] = CN_DIGITS[chars[k]] ?? chars[k];
    }
    runStart = -1;
  };
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    const numeral = CN_DIGITS[c] !== undefined || (c >= '0' && c <= '9');
    if (numeral) {
      if (runStart < 0) runStart = k;
    } else flush(k);
  }
  flush(chars.length);
}

/** Original [start, end) for normalised [from, to). */
export function originalSpan(n: Normalized, from: number, to: number): [number, number] {
  return [n.start[from], n.end[to - 1]];
}
