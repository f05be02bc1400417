/**
 * What every text detector returns and the interface they share (issue 15): the vocabulary, the
 * structured and claim patterns and the scorer all hand raw hits to scanner.ts, which makes findings.
 */
import type { Category, Severity, RuleId } from '../taxonomy';
import type { Normalized } from './normalize';

export interface RawHit {
  category: Category;
  severity: Severity;
  ruleId: RuleId;
  messageKey: string;
  detector: string;
  /** span in the ORIGINAL text */
  start: number;
  end: number;
  /** what fired, in words (Finding.why) */
  why?: string;
}

/**
 * The structured detectors behind one interface (issue 15): each names the cue literals of which
 * every match contains one, or says that its matches need a run of digits. The prefilter's triggers
 * are derived from the detector list (structured-gate.ts structuredCues()), not kept by hand.
 */
export interface TextDetector {
  id: string;
  cues: readonly string[];
  /** every match has a run of structured.ts DIGIT_RUN_GATE digits (the digit gate lets the line through) */
  digits: boolean;
  detect(n: Normalized, out: RawHit[]): void;
}
