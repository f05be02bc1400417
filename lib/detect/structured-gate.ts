/**
 * Which structured detectors a line can wake (issue 13: per-message cost). Each detector declares
 * the cue literals of which every match contains one (TextDetector.cues) or that its matches need a
 * run of digits; a line runs only the detectors whose cue occurs in it, found in ONE automaton pass,
 * not an `includes()` per cue of every detector (470 of them by stop 28). The cue → detector table is
 * derived from the declarations, so a pattern added to structured.ts is gated without more work.
 * The scanner and the prefilter already run an automaton that holds every cue (PREFILTER_LITERALS):
 * they mark cues from its hits (markCue) and pass the marks in; other callers let numberHits find them.
 */
import { Automaton } from './automaton';
import type { Normalized } from './normalize';
import type { RawHit } from './detector-types';
import { DIGIT_RUN_GATE, STRUCTURED_DETECTORS } from './structured';

const DETECTORS = STRUCTURED_DETECTORS;
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

/** every structured detector's cue literals, each once (the prefilter adds them to its automaton) */
export const STRUCTURED_CUES: readonly string[] = [...cueIndex.keys()];
/** per STRUCTURED_CUES index: the detectors (indices into STRUCTURED_DETECTORS) it wakes */
const WAKES: readonly Int32Array[] = STRUCTURED_CUES.map((c) => Int32Array.from(cueIndex.get(c)!));
const DIGIT_DETECTORS = Uint8Array.from(DETECTORS, (d) => (d.digits ? 1 : 0));
const HAS_DIGITS = new RegExp(`\\d{${DIGIT_RUN_GATE}}`);

/** per detector, 1 when one of its cues occurs in the line (reset with clearCues per line) */
export type CueMarks = Uint8Array;
export const newCueMarks = (): CueMarks => new Uint8Array(DETECTORS.length);
export const clearCues = (marks: CueMarks) => marks.fill(0);
/** notes that STRUCTURED_CUES[cue] occurs in the line */
export function markCue(marks: CueMarks, cue: number) {
  const w = WAKES[cue];
  for (let j = 0; j < w.length; j++) marks[w[j]] = 1;
}

// for callers without an automaton pass of their own (tests, hasNumberHits without marks)
let ownAutomaton: Automaton | null = null;
const ownMarks = newCueMarks();
function marksOf(text: string): CueMarks {
  ownAutomaton ??= new Automaton(STRUCTURED_CUES);
  clearCues(ownMarks);
  for (const h of ownAutomaton.scan(text)) markCue(ownMarks, h.term);
  return ownMarks;
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
