/**
 * text.normalize('NFKC').toLowerCase(), skipping the normalisation when it cannot change anything:
 * ASCII and the CJK Unified Ideographs block (U+4E00–U+9FFF) have no NFKC decompositions and are
 * never composed with a neighbour by it. Most chat lines are only these, and the content script
 * asks this of every line twice (issue 5 bench: data signals cost more than the scanner): the last
 * answer is kept, so the second ask of the same line (isUnfavourable, then the templated shape)
 * costs one string comparison.
 */
let lastIn = '';
let lastOut = '';
export function nfkcLower(text: string): string {
  if (text === lastIn) return lastOut;
  lastOut = nfkcLowerUncached(text);
  lastIn = text;
  return lastOut;
}

function nfkcLowerUncached(text: string): string {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) return text.normalize('NFKC').toLowerCase();
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  // only A-Z have a lower case among these: most lines are returned as they are, no new string (issue 13)
  return upper ? text.toLowerCase() : text;
}
