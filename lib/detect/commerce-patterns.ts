/**
 * A structured detector whose every match of one pattern is a hit (lure-patterns.ts builds its
 * detectors with it). The commerce detectors that lived here are rule forms now: commerce-forms.ts.
 */
import type { RawHit, TextDetector } from './detector-types';
import type { Normalized } from './normalize';
import type { Category, RuleId, Severity } from '../taxonomy';

function hit(n: Normalized, detector: string, category: Category, severity: Severity, ruleId: RuleId, from: number, to: number): RawHit {
  return { category, severity, ruleId, messageKey: `advice_${category}`, detector, start: n.start[from], end: n.end[to - 1] };
}
export function detector(id: string, cues: readonly string[], re: RegExp, category: Category, severity: Severity, ruleId: RuleId): TextDetector {
  return { id, cues, digits: false, detect: (n, out) => { for (const m of n.text.matchAll(re)) out.push(hit(n, id, category, severity, ruleId, m.index!, m.index! + m[0].length)); } };
}
