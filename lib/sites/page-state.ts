/**
 * Some sites put room facts only in server-rendered JSON (Kuaishou: `window.__INITIAL_STATE__=` in
 * an inline script, sites.md §2 [S18]). The content script's isolated world cannot read the page's
 * variables, but it can read the script's TEXT: take the object literal after the assignment and
 * parse it as JSON (never evaluate it). Bounded, and null on anything unexpected.
 */
const MAX_SCRIPT_CHARS = 4_000_000;

export function readAssignedJson(doc: Document, assignment: string): unknown {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const at = text.indexOf(assignment);
    if (at < 0) continue;
    const start = text.indexOf('{', at + assignment.length);
    const end = objectEnd(text, start);
    if (start < 0 || end < 0) return null;
    try {
      // server-rendered state sometimes carries bare `undefined` values, which JSON has no word for
      return JSON.parse(text.slice(start, end + 1).replace(/:undefined([,}\]])/g, ':null$1'));
    } catch {
      return null;
    }
  }
  return null;
}

/** index of the brace closing the object that opens at `start`, skipping strings */
function objectEnd(text: string, start: number): number {
  if (start < 0) return -1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
