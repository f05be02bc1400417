/**
 * text.normalize('NFKC').toLowerCase(), folding char by char where NFKC cannot compose anything
 * (the FAST table below: ASCII, CJK Unified Ideographs, full-width ASCII forms, plain CJK and
 * general punctuation): most chat lines are only these, and the content script asks this of every
 * line twice (issue 5 bench: data signals cost more than the scanner): the last answer is kept, so
 * the second ask of the same line (isUnfavourable, then the templated shape) costs one string
 * comparison.
 */
let lastIn = '';
let lastOut = '';
export function nfkcLower(text: string): string {
  if (text === lastIn) return lastOut;
  lastOut = nfkcLowerUncached(text);
  lastIn = text;
  return lastOut;
}

/**
 * Per BMP code unit, its NFKC lower-case form when that is one code unit a line can be folded with
 * one char at a time (0: ask the definition). Only starters that no Unicode composition pairs with
 * a neighbour: ASCII, the CJK Unified Ideographs, the full-width ASCII forms (U+FF01–FF5E, whose
 * NFKC form is the ASCII char: "，！？（：" are in a third of real Chinese chat lines) and CJK and
 * general punctuation that is its own NFKC form ("。、【】《》“”—"). A line of these has no combining
 * mark, so NFKC's reordering and composition change nothing and the line folds char by char; any
 * other char (combining marks, Hangul, kana, emoji …) sends the line to the definition.
 * tests/unit/data-signals/nfkc.test.ts checks every entry, every pair of the non-ideographs and
 * random mixed lines against normalize('NFKC').toLowerCase().
 */
const FAST = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) FAST[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
for (let c = 0x4e00; c <= 0x9fff; c++) FAST[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) FAST[c] = FAST[c - 0xfee0];
for (const [from, to] of [[0x3001, 0x3003], [0x3008, 0x3011], [0x3014, 0x301b], [0x2010, 0x2027], [0x2030, 0x205e]]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (ch.normalize('NFKC') === ch && ch.toLowerCase() === ch) FAST[c] = c;
  }
}
// U+0000 folds to itself but FAST uses 0 for "ask the definition": the loop below treats it apart
let folded = new Uint16Array(256);

function nfkcLowerUncached(text: string): string {
  let changed = false;
  if (folded.length < text.length) folded = new Uint16Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = FAST[c];
    if (f === 0 && c !== 0) return text.normalize('NFKC').toLowerCase();
    if (f !== c) changed = true;
    folded[i] = c === 0 ? 0 : f;
  }
  // most lines are returned as they are, no new string (issue 13)
  if (!changed) return text;
  let out = '';
  for (let from = 0; from < text.length; from += 4096) out += String.fromCharCode.apply(null, folded.subarray(from, Math.min(text.length, from + 4096)) as unknown as number[]);
  return out;
}
