/**
 * Per-character folding (R-OFF-7): NFKC (full-width ＶＸ, styled 𝐕𝐗, circled ①), lower case,
 * traditional → simplified (OpenCC's TSCharacters table via opencc-js), and separators dropped
 * (spaces, punctuation, symbols, emoji, zero-width and variation selectors), so "加 微 信",
 * "微❤信" and "ＶＸ" read as their plain forms. Results are cached per code point.
 */
let tableSource: string | null = null;
/**
 * OpenCC's TSCharacters table is data, not code: the content script receives it from the
 * background with the rules (issue 13: 29 KB less on every page), everything else gets it from
 * lib/detect/index.ts (built-in-data.ts). Set once per context before the first fold; a later,
 * different table is refused because folds already made (and the prefilter's fold cache) used it.
 */
export function provideTradTable(table: string): void {
  if (tableSource === table) return;
  if (tableSource !== null) throw new Error('the traditional → simplified table is already set');
  tableSource = table;
}

let t2s: Map<string, string> | null = null;
/**
 * OpenCC's table is "trad simp[ simp…]|…"; the first simplified form is ours, the first entry of a
 * traditional form wins. Read with indexOf, not split: it is parsed on the cold path of the first
 * scanner build (issue 3). tests/unit/detect/char-fold.test.ts compares it with the split reading.
 */
export function tradToSimp(): ReadonlyMap<string, string> {
  if (t2s) return t2s;
  if (tableSource === null) throw new Error('no traditional → simplified table: import lib/detect or call provideTradTable first');
  const map = new Map<string, string>();
  const table: string = tableSource;
  for (let from = 0; from <= table.length; ) {
    let end = table.indexOf('|', from);
    if (end < 0) end = table.length;
    const space = table.indexOf(' ', from);
    if (space >= 0 && space < end) {
      const trad = table.slice(from, space);
      let simpEnd = table.indexOf(' ', space + 1);
      if (simpEnd < 0 || simpEnd > end) simpEnd = end;
      const simp = table.slice(space + 1, simpEnd).split(/\s/)[0];
      if (trad && space + 1 < simpEnd && !map.has(trad)) map.set(trad, simp);
    }
    from = end + 1;
  }
  return (t2s = map);
}

/** first and last code unit of the CJK Unified Ideographs block (normalize.ts's fast path) */
export const CJK_FIRST = 0x4e00;
export const CJK_LAST = 0x9fff;
let cjkFolds: Uint8Array | null = null;
/**
 * Per ideograph in CJK_FIRST..CJK_LAST (index cp - CJK_FIRST): 1 when foldChar changes it. NFKC,
 * lower-casing and the separator classes leave this block alone (no decompositions, no case, all
 * letters), so only the traditional → simplified table can: one pass over it instead of one
 * foldChar per ideograph (the 10k-term build meets thousands of them, issue 3).
 * tests/unit/detect/char-fold.test.ts checks it against foldChar over the whole block.
 */
export function cjkFoldTable(): Uint8Array {
  if (cjkFolds) return cjkFolds;
  const table = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
  for (const [trad, simp] of tradToSimp()) {
    const c = trad.charCodeAt(0);
    if (trad.length === 1 && c >= CJK_FIRST && c <= CJK_LAST && simp !== trad) table[c - CJK_FIRST] = 1;
  }
  return (cjkFolds = table);
}

/** "" = a separator (dropped); otherwise the folded text (usually one char, NFKC may give more) */
const cache = new Map<number, string>();
const SEPARATOR = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{M}\p{Extended_Pictographic}\u{FE00}-\u{FE0F}\u{E0020}-\u{E007F}\u200B-\u200D\u2060]+$/u;

/**
 * Plus signs mean 加 ("➕V", "+vx") in evasions, so they fold to 加 instead of vanishing. Links,
 * handles and prices are found on the unfolded text by their own detectors (structured.ts).
 */
const MEANINGFUL: Record<string, string> = {
  '➕': '加', '+': '加', '＋': '加', '﹢': '加',
  // emoji stand-ins for contact apps (issue 15's evasion list; R-OFF-7): the penguin is QQ's mascot, the plane Telegram's logo. They fold to the words (企鹅, 飞机), which
  // variants.ts reads as the app only when a number or handle follows; alone they stay animals and planes.
  '\u{1F427}': '企鹅', '\u2708': '飞机',
};

export function foldChar(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  // an ideograph only ever changes by the trad → simp table (see cjkFoldTable): skip NFKC and
  // the separator classes for the thousands the 10k-term build meets (issue 3)
  const out = cp >= CJK_FIRST && cp <= CJK_LAST ? simplified(String.fromCharCode(cp)) : foldCharUncached(cp);
  cache.set(cp, out);
  return out;
}

function simplified(ch: string): string {
  return tradToSimp().get(ch) ?? ch;
}

/** foldChar by its definition, for every code point (uncached; tests compare the shortcuts to it) */
export function foldCharUncached(cp: number): string {
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (MEANINGFUL[ch] !== undefined) out = MEANINGFUL[ch];
  else {
    const n = ch.normalize('NFKC').toLowerCase();
    if (MEANINGFUL[n] !== undefined) out = MEANINGFUL[n];
    else if (SEPARATOR.test(n)) out = '';
    else {
      const map = tradToSimp();
      out = [...n].map((c) => (SEPARATOR.test(c) ? '' : (map.get(c) ?? c))).join('');
    }
  }
  return out;
}
