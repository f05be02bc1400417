/**
 * Every match of a global regex, as `text.matchAll(re)` gives them, without matchAll's cost per
 * call: it copies the regex (a RegExp construction) and walks an iterator, ~1–2 µs a call even when
 * nothing matches, and the scanner asks a dozen patterns of every line that could hold a finding
 * (issue 13: the rule forms' matchAll was the largest C++ part of a risky line's scan in the
 * overlay bench). Runs `re` itself from lastIndex 0 and leaves it at 0; not re-entrant for one regex.
 */
const NONE: readonly RegExpExecArray[] = [];

export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return NONE; // a failed exec has set lastIndex to 0
  const out: RegExpExecArray[] = [];
  const fullUnicode = re.unicode || re.unicodeSets;
  while (m) {
    out.push(m);
    // an empty match moves on by one code point, as matchAll does (AdvanceStringIndex)
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, fullUnicode);
    m = re.exec(text);
  }
  return out;
}

function advance(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
