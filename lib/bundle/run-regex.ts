/**
 * Running a bundle's regex in the content script (R-SYNC-22, issue 13). Patterns reach it only
 * from the background's getActiveRules answer, which carries nothing that failed the analysis in
 * safe-regex.ts: the bundle passed BundleRegexSchema when it was synced, and every site override is
 * checked again when the answer is built (lib/sync/active-rules.ts). The analysis itself (2.6 KB)
 * stays out of the script every room page loads; this file only bounds the input, as the
 * analysis' cost bound assumes, and never lets a pattern that does not compile throw.
 */

export const MAX_REGEX_SOURCE = 200;
export const MAX_REGEX_INPUT = 1024;

const compiled = new Map<string, RegExp | null>();

/** Runs a checked bundle regex on at most MAX_REGEX_INPUT characters; one that does not compile matches nothing. */
export function execBundleRegex(src: string, input: string): RegExpMatchArray | null {
  let re = compiled.get(src);
  if (re === undefined) {
    if (compiled.size > 32) compiled.clear();
    try {
      re = src.length > MAX_REGEX_SOURCE ? null : new RegExp(src);
    } catch {
      re = null;
    }
    compiled.set(src, re);
  }
  return re ? input.slice(0, MAX_REGEX_INPUT).match(re) : null;
}
