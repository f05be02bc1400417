/**
 * The scanner's prefilter (issue 3: throughput): one cheap pass over a chat line that decides
 * whether the full pipeline (offset-mapped normalisation, variant rewriting, automaton, structured
 * detectors, findings) could find anything at all. Most chat is benign and stops here.
 *
 * Why skipping is exact (tests/unit/detect-prefilter.test.ts runs the scanner with and without it
 * over every labelled and real line): the pass folds each character exactly as normalize() does
 * (foldChar, separators dropped, a space kept between two ASCII words) into a scratch buffer,
 * without offsets. That buffer IS the normalised text unless normalize() would go on to
 *   - turn a run of MIN_NUMERAL_RUN+ digits with a Chinese numeral in it into digits: such a run
 *     hands the line on at once;
 *   - rewrite an evasion spelling: every rule match contains one of VARIANT_LITERALS, which are in
 *     the automaton.
 * Otherwise a chat line gets a finding only from a vocabulary term or a structured cue
 * (structuredCues(), derived from the detectors) in that text (the automaton holds all of them), from numberHits on
 * that text (asked only when DIGIT_RUN_GATE digits stand in a row: its own gate), or from linkHits
 * on the original (asked only when one of LINK_TRIGGERS occurs: its own gate). Price checks run only
 * for product/title/caption observations, which never use the prefilter (scanner.ts).
 */
import type { Automaton } from './automaton';
import { foldChar } from './char-fold';
import { CN_DIGIT, MIN_NUMERAL_RUN } from './normalize';
import { DIGIT_RUN_GATE } from './structured';
import { clearCues, hasNumberHits, markCue, newCueMarks, structuredCues, type CueMarks } from './structured-gate';
import { linkHits, LINK_TRIGGERS } from './links';
import { VARIANT_LITERALS, variantRulesApply } from './variants';

export interface Prefilter {
  /** false only when the full scan of this chat line is certain to find nothing */
  mayMatch(text: string): boolean;
}

// folded form per BMP code unit, filled on first sight: >= 0 one code unit; otherwise one of
const UNKNOWN = -1; // not seen yet
const SEPARATOR = -2; // dropped (a word break between ASCII letters)
const MULTI = -3; // several units: read foldChar's cached string
const RAW_TRIGGER = -4; // a link dot or an @: linkHits must look at the line
const SURROGATE = -5; // half of an astral code point (or a lone half): folded via foldChar
const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
FOLD.fill(SURROGATE, 0xd800, 0xe000);
for (const c of LINK_TRIGGERS) FOLD[c.charCodeAt(0)] = RAW_TRIGGER;
/** per folded unit: 1 for a digit or a Chinese numeral (the runs normalize() converts) */
const DIGITISH = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (CN_DIGIT[c] !== 0 || (c >= 0x30 && c <= 0x39)) DIGITISH[c] = 1;

function foldBmp(cp: number): number {
  const f = foldChar(cp);
  const v = f === '' ? SEPARATOR : f.length === 1 ? f.charCodeAt(0) : MULTI;
  FOLD[cp] = v;
  return v;
}

let buf = new Uint16Array(256);
/** per folded unit: a separator was dropped before it (normalize()'s gap, for word boundaries) */
let gapBuf = new Uint8Array(256);
let k = 0;
let pendingGap = 0;
let run = 0;

let dots = 0; // one of LINK_TRIGGERS seen
let digits = 0; // a run of DIGIT_RUN_GATE+ digits seen
let cnInRun = 0;

/** appends one folded unit as normalize() does; false when a numeral run gets long enough to convert */
function push(c: number): boolean {
  // normalize(): a dropped separator between two ASCII letters stays a word break
  if (pendingGap === 1 && k > 0 && isLetterCode(buf[k - 1]) && isLetterCode(c)) {
    buf[k] = 0x20;
    gapBuf[k++] = 1;
  }
  if (DIGITISH[c] === 1) {
    run++;
    if (CN_DIGIT[c] !== 0) cnInRun = 1;
    // normalize() turns a run this long with a Chinese numeral in it into digits: take the full path
    if (cnInRun === 1 && run >= MIN_NUMERAL_RUN) return false;
    if (run >= DIGIT_RUN_GATE) digits = 1;
  } else {
    run = 0;
    cnInRun = 0;
  }
  buf[k] = c;
  gapBuf[k++] = pendingGap;
  pendingGap = 0;
  return true;
}

/**
 * Folds `text` into `buf` as normalize() does (without offsets); returns its length, or -1 when the
 * line must take the full path anyway (a link dot, or a digit/numeral run long enough to convert).
 */
function foldInto(text: string): number {
  // a code unit folds to at most a few units (NFKC), plus one word break before it
  if (buf.length < text.length * 4 + 8) {
    buf = new Uint16Array(text.length * 4 + 8);
    gapBuf = new Uint8Array(buf.length);
  }
  k = 0;
  pendingGap = 0;
  run = 0;
  cnInRun = 0;
  digits = 0;
  dots = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    let f = FOLD[cp];
    if (f === UNKNOWN) f = foldBmp(cp);
    if (f >= 0) {
      if (!push(f)) return -1;
      continue;
    }
    if (f === SEPARATOR) {
      pendingGap = 1;
      continue;
    }
    // a link dot: noted for linkHits, then folded like any other character below
    if (f === RAW_TRIGGER) dots = 1;
    if (f === SURROGATE && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const folded = foldChar(cp);
    if (folded === '') pendingGap = 1;
    // room for this expansion and for every later code unit's two (the fast path does not check)
    const need = k + folded.length * 2 + (text.length - i) * 2 + 8;
    if (need > buf.length) {
      const grown = new Uint16Array(need * 2);
      grown.set(buf);
      buf = grown;
      const grownGaps = new Uint8Array(need * 2);
      grownGaps.set(gapBuf);
      gapBuf = grownGaps;
    }
    for (let j = 0; j < folded.length; j++) if (!push(folded.charCodeAt(j))) return -1;
  }
  return k;
}

function bufText(length: number): string {
  let text = '';
  for (let from = 0; from < length; from += 4096) text += String.fromCharCode.apply(null, buf.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  return text;
}

function isLetterCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** what an automaton hit on a term or literal means for the prefilter (bit flags per term id) */
export const TRIGGER = {
  /** a non-English vocabulary term: a finding may follow */
  always: 1,
  /** an English vocabulary term: counts only on word boundaries (scanner.ts wordBounded) */
  word: 2,
  /** a variant literal: counts only if a variant rule really applies (normalize() rewrites) */
  variant: 4,
  /** a structured cue: counts only if numberHits finds something */
  number: 8,
} as const;

/**
 * Literals the prefilter needs besides the vocabulary: every variant rule match contains one, and
 * the structured detectors' cues. The scanner adds them to its one automaton (without findings of
 * their own) with these flags.
 */
export function prefilterLiterals(): readonly (readonly [string, number])[] {
  return [
    ...VARIANT_LITERALS.map((l) => [l, TRIGGER.variant] as const),
    // derived from the structured detectors' own cues (structured.ts structuredDetectors(); the rule
    // forms among them are given to this context first, forms.ts)
    ...structuredCues().map((c) => [c, TRIGGER.number] as const),
  ];
}

// per line, computed at most once and only when a hit asks
let length = 0;
let folded: string | null = null;
let numbers = -1;
let variants = -1;
/** per structured detector, whether one of its cues is in the fold (structured-gate.ts) */
let cues: CueMarks = new Uint8Array(0);
const foldedText = () => (folded ??= bufText(length));

/** scanner.ts wordBounded on the fold: separator dropped, or no ASCII letter/digit, on each side */
function wordBounded(from: number, to: number): boolean {
  const before = from === 0 || gapBuf[from] === 1 || !isWordCode(buf[from - 1]);
  const after = to === length || gapBuf[to] === 1 || !isWordCode(buf[to]);
  return before && after;
}
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * `automaton` must hold every normalised vocabulary term and prefilterLiterals(); `flags[id]` says
 * what a hit on term `id` means (TRIGGER bits; 0 for `unless` phrases, which never make a finding);
 * `cueOf[id]` is the term's index in structuredCues() (for every id flagged TRIGGER.number).
 */
export function createPrefilter(automaton: Automaton, flags: Uint8Array, cueOf: Int32Array, gate?: (codes: Uint16Array, length: number) => boolean): Prefilter {
  if (cues.length === 0) cues = newCueMarks();
  // a structured cue only notes which detectors numberHits must run, after the automaton's pass: a
  // term later in the line answers at once, and numberHits is the costliest question here, which
  // the full scan of a line that goes on asks again (issue 13)
  let numberCue = 0;
  const accept = (id: number, from: number, to: number): boolean => {
    const f = flags[id];
    if (f & TRIGGER.always) return true;
    if (f & TRIGGER.word && wordBounded(from, to)) return true;
    if (f & TRIGGER.variant && (variants = variants < 0 ? (variantRulesApply(foldedText()) ? 1 : 0) : variants) === 1) return true;
    if (f & TRIGGER.number) {
      numberCue = 1;
      markCue(cues, cueOf[id]);
    }
    return false;
  };
  return {
    mayMatch(text) {
      length = foldInto(text);
      if (length < 0) return true;
      folded = null;
      numbers = -1;
      variants = -1;
      numberCue = 0;
      clearCues(cues);
      if (automaton.anyIn(buf, length, accept)) return true;
      // the fold is the normalised text: numberHits can be asked of it, for a cue or behind its own digit gate
      if ((numberCue === 1 || digits === 1) && numberHitsInFold()) return true;
      if (dots === 1 && linkHits(text).length > 0) return true;
      // the fold is also exactly what the scorer reads (normalize.ts foldedText): its gate decides
      return gate !== undefined && gate(buf, length);
    },
  };
}

function numberHitsInFold(): boolean {
  if (numbers < 0) numbers = hasNumberHits(foldedText(), cues) ? 1 : 0;
  return numbers === 1;
}
