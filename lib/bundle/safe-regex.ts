/**
 * Regexes a bundle may carry (R-SYNC-22), checked by an analysis before anything runs them.
 * The check runs where bundles are validated (BundleRegexSchema when a bundle is synced or
 * published, and the background's getActiveRules answer, lib/sync/active-rules.ts), never in the
 * content script, which only runs what the background hands it (run-regex.ts, issue 13).
 *
 * Why an analysis and not a linear-time engine: the only consumer is the content script
 * (readHostId), and re2js, the well-kept RE2 port, adds 150 KB minified to a script that must
 * shrink (issue 13). So a bundle pattern must lie in a small grammar whose worst case under a
 * backtracking engine is bounded, and everything else is refused:
 * - quantifiers only on one character (a literal, an escape, a class, `.`), never on a group or
 *   an assertion, so nothing like `(a+)+` or `(a|a)*` can be written;
 * - no backreferences, no lookarounds, no `\p{…}`;
 * - along any path through the alternations at most ONE unbounded quantifier (`*`, `+`, `{m,}`,
 *   or a range wider than 16), and the number of ways to split a fixed input (alternatives times
 *   bounded choices) at most MAX_COEF, so `a*a*$`, `(a|a)(a|a)(a|a)…`, `a?a?a?…aaa` are refused.
 * A pattern that passes costs at most MAX_COEF × pattern length × n per start position; callers
 * also cut the input to MAX_REGEX_INPUT characters.
 * No zod here; the schema is in regex-schema.ts.
 */
import { MAX_REGEX_SOURCE } from './run-regex';

export { MAX_REGEX_SOURCE, MAX_REGEX_INPUT } from './run-regex';
const MAX_COEF = 16;
const MAX_DEPTH = 8;
const WIDE_RANGE = 16;

/** A backtracking cost bound: coef × n^deg, n = input length. */
interface Cost { deg: number; coef: number }
const ONE: Cost = { deg: 0, coef: 1 };
const plus = (a: Cost, b: Cost): Cost => ({ deg: Math.max(a.deg, b.deg), coef: a.coef + b.coef });
const times = (a: Cost, b: Cost): Cost => ({ deg: a.deg + b.deg, coef: a.coef * b.coef });

class Unsafe extends Error {}

function parse(src: string): Cost {
  let i = 0;
  const peek = () => src[i];
  const fail = (why: string): never => {
    throw new Unsafe(`${why} at ${i}`);
  };

  function quantifier(): Cost | null {
    const c = peek();
    let q: Cost | null = null;
    if (c === '*' || c === '+') {
      i++;
      q = { deg: 1, coef: 1 };
    } else if (c === '?') {
      i++;
      q = { deg: 0, coef: 2 };
    } else if (c === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(src.slice(i));
      if (!m) fail('a literal { must be escaped');
      i += m![0].length;
      const lo = Number(m![1]);
      const hi = m![2] === undefined ? lo : m![3] === '' ? Infinity : Number(m![3]);
      if (hi < lo) fail('bad range');
      q = hi - lo + 1 > WIDE_RANGE ? { deg: 1, coef: 1 } : { deg: 0, coef: hi - lo + 1 };
    }
    if (q && peek() === '?') i++; // lazy: same choices, other order
    const next = peek();
    if (q && next !== undefined && '*+?{'.includes(next)) fail('quantifier on a quantifier');
    return q;
  }

  function escape(): 'char' | 'assertion' {
    i++; // the backslash
    const c = src[i++];
    if (c === undefined) fail('trailing backslash');
    if (/[1-9]/.test(c!) || c === 'k') fail('backreference');
    if (c === 'p' || c === 'P') fail('unicode property escape');
    if (c === 'b' || c === 'B') return 'assertion';
    if (c === 'x') {
      if (!/^[0-9a-fA-F]{2}/.test(src.slice(i))) fail('bad \\x escape');
      i += 2;
    } else if (c === 'u') {
      if (!/^[0-9a-fA-F]{4}/.test(src.slice(i))) fail('bad \\u escape');
      i += 4;
    } else if (c === 'c') {
      if (!/^[A-Za-z]/.test(src.slice(i))) fail('bad \\c escape');
      i += 1;
    }
    return 'char';
  }

  function bracket() {
    i++; // [
    if (peek() === '^') i++;
    while (i < src.length && peek() !== ']') {
      if (peek() === '\\') escape();
      else if (peek() === '[') fail('nested class');
      else i++;
    }
    if (peek() !== ']') fail('unclosed class');
    i++;
  }

  function alternation(depth: number): Cost {
    if (depth > MAX_DEPTH) fail('groups nested too deep');
    let cost = sequence(depth);
    while (peek() === '|') {
      i++;
      cost = plus(cost, sequence(depth));
    }
    return cost;
  }

  function sequence(depth: number): Cost {
    let cost = ONE;
    while (i < src.length && peek() !== '|' && peek() !== ')') {
      const c = peek()!;
      if (c === '(') {
        i++;
        if (src.startsWith('?:', i)) i += 2;
        else if (/^\?<[A-Za-z_$][\w$]*>/.test(src.slice(i))) i = src.indexOf('>', i) + 1;
        else if (peek() === '?') fail('lookaround or group flag');
        const inner = alternation(depth + 1);
        if (peek() !== ')') fail('unclosed group');
        i++;
        if (quantifier()) fail('quantifier on a group');
        cost = times(cost, inner);
        continue;
      }
      if (c === '^' || c === '$') {
        i++;
        if (quantifier()) fail('quantifier on an assertion');
        continue;
      }
      if ('*+?{'.includes(c)) fail('nothing to repeat');
      if (c === ']' || c === '}') fail(`a literal ${c} must be escaped`);
      if (c === '[') bracket();
      else if (c === '\\') {
        if (escape() === 'assertion') {
          if (quantifier()) fail('quantifier on an assertion');
          continue;
        }
      } else i++;
      cost = times(cost, quantifier() ?? ONE);
    }
    return cost;
  }

  const cost = alternation(0);
  if (i < src.length) fail('unmatched )');
  return cost;
}

/** null when `src` is a pattern a bundle may carry, else why not. */
export function unsafeRegexReason(src: string): string | null {
  if (src.length > MAX_REGEX_SOURCE) return `longer than ${MAX_REGEX_SOURCE} characters`;
  try {
    new RegExp(src);
  } catch (e) {
    return `not a regular expression: ${e instanceof Error ? e.message : String(e)}`;
  }
  try {
    const cost = parse(src);
    if (cost.deg > 1) return 'more than one unbounded quantifier in a row (backtracking grows as n^k)';
    if (cost.coef > MAX_COEF) return `too many ways to match (${cost.coef} > ${MAX_COEF})`;
    return null;
  } catch (e) {
    if (e instanceof Unsafe) return e.message;
    throw e;
  }
}
