/**
 * Which structured detectors a line can wake (issue 13: per-message cost). Each detector declares
 * the cue literals of which every match contains one (TextDetector.cues) or that its matches need a
 * run of digits; a line runs only the detectors whose cue occurs in it, found in ONE automaton pass,
 * not an `includes()` per cue of every detector (470 of them by stop 28). The cue → detector table is
 * derived from the declarations, so a pattern added to structured.ts is gated without more work.
 * The scanner and the prefilter already run an automaton that holds every cue (prefilterLiterals()):
 * they mark cues from its hits (markCue) and pass the marks in; other callers let numberHits find them.
 */
import { Automaton } from './automaton';
import type { Normalized } from './normalize';
import type { RawHit, TextDetector } from './detector-types';
import { DIGIT_RUN_GATE, structuredDetectors } from './structured';

// the tables are derived on first use: the rule forms among the detectors are given to this
// context first (forms.ts: the content script receives them with the rules, issue 13)
let DETECTORS: readonly TextDetector[] = [];
let CUES: readonly string[] = [];
/** per structuredCues() index: the detectors (indices into structuredDetectors()) it wakes */
let WAKES: readonly Int32Array[] = [];
let DIGIT_DETECTORS = new Uint8Array(0);
let derived = false;
function derive() {
  if (derived) return;
  DETECTORS = structuredDetectors();
  const cueIndex = new Map<string, number[]>();
  DETECTORS.forEach((d, i) => {
    for (const c of d.cues) {
      // an empty cue would be "in" every line for includes() but never an automaton hit
      if (!c) throw new Error(`structured detector ${d.id} declares an empty cue`);
      const list = cueIndex.get(c) ?? [];
      if (!list.includes(i)) list.push(i);
      cueIndex.set(c, list);
    }
  });
  CUES = [...cueIndex.keys()];
  WAKES = CUES.map((c) => Int32Array.from(cueIndex.get(c)!));
  DIGIT_DETECTORS = Uint8Array.from(DETECTORS, (d) => (d.digits ? 1 : 0));
  derived = true;
}
const HAS_DIGITS = new RegExp(`\\d{${DIGIT_RUN_GATE}}`);

/** every structured detector's cue literals, each once (the prefilter adds them to its automaton) */
export function structuredCues(): readonly string[] {
  derive();
  return CUES;
}

/** per detector, 1 when one of its cues occurs in the line (reset with clearCues per line) */
export type CueMarks = Uint8Array;
export const newCueMarks = (): CueMarks => (derive(), new Uint8Array(DETECTORS.length));
export const clearCues = (marks: CueMarks) => marks.fill(0);
/** notes that structuredCues()[cue] occurs in the line */
export function markCue(marks: CueMarks, cue: number) {
  const w = WAKES[cue];
  for (let j = 0; j < w.length; j++) marks[w[j]] = 1;
}

// for callers without an automaton pass of their own (tests, hasNumberHits without marks)
let ownAutomaton: Automaton | null = null;
let ownMarks: CueMarks | null = null;
function marksOf(text: string): CueMarks {
  ownAutomaton ??= new Automaton(structuredCues());
  const marks = (ownMarks ??= newCueMarks());
  clearCues(marks);
  for (const h of ownAutomaton.scan(text)) markCue(marks, h.term);
  return marks;
}

/**
 * The structured detectors' raw hits in a normalised text, in declaration order. `marks`: the cues
 * the caller's automaton found in n.text (markCue); without them numberHits finds them itself.
 * `all`: run every detector, gate or not (only to prove the gate changes nothing).
 */
export function numberHits(n: Normalized, marks: CueMarks = marksOf(n.text), all = false): RawHit[] {
  const out: RawHit[] = [];
  const digits = all || HAS_DIGITS.test(n.text);
  for (let i = 0; i < DETECTORS.length; i++) {
    if (all || (DIGIT_DETECTORS[i] === 1 ? digits : marks[i] === 1)) DETECTORS[i].detect(n, out);
  }
  return out;
}

/**
 * Whether numberHits finds anything in a normalised text: it reads only the text (offsets just map
 * spans back), so the prefilter asks this of its offset-free fold without building a Normalized.
 * Stops at the first detector that answers.
 */
export function hasNumberHits(text: string, marks: CueMarks = marksOf(text)): boolean {
  const n: Normalized = { text, start: NO_OFFSETS, end: NO_OFFSETS, gap: NO_GAPS };
  const out: RawHit[] = [];
  const digits = HAS_DIGITS.test(text);
  for (let i = 0; i < DETECTORS.length; i++) {
    if (DIGIT_DETECTORS[i] === 1 ? !digits : marks[i] !== 1) continue;
    DETECTORS[i].detect(n, out);
    if (out.length) return true;
  }
  return false;
}
const NO_OFFSETS = new Int32Array(0);
const NO_GAPS = new Uint8Array(0);
