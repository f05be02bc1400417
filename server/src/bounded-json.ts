/**
 * JSON.parse with a nesting limit checked before parsing. V8 parses a 200k-deep array fine, but
 * JSON.stringify, zod and the bundle build recurse over it and overflow the stack later (a 500,
 * and a stored version that no build could render), so depth is refused at the door (a 400).
 */
export const MAX_JSON_DEPTH = 64;

export class JsonInputError extends Error {}

/** True when `text` nests arrays/objects deeper than `limit` (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped char
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export function parseBoundedJson(text: string, limit = MAX_JSON_DEPTH): unknown {
  if (nestsDeeperThan(text, limit)) throw new JsonInputError(`the JSON nests deeper than ${limit} levels`);
  try {
    return JSON.parse(text);
  } catch {
    throw new JsonInputError('the body is not valid JSON');
  }
}
