/**
 * The rule forms as data (issue 13: content-script size). A form is a pattern, its cue literals and
 * what a match means; efficacy-forms.ts, price-forms.ts and goods-forms.ts declare them, the
 * background hands them over with the rules (built-in-data.ts → getActiveRules, like the vocabulary
 * and the fold table), and this file turns them back into structured detectors. So the content
 * script bundles the forms' behaviour (this file, form-checks.ts), not their regex sources and cue
 * lists, and lib/detect/index.ts builds every other caller's forms from the same wire shape.
 */
import type { FormWire, RegexWire } from '../bundle/form-schema';
import type { FormCheckName } from '../bundle/form-check-names';
import type { Category, RuleId, Severity } from '../taxonomy';
import type { RawHit, TextDetector } from './detector-types';
import { FORM_CHECKS } from './form-checks';
import { matchesOf } from './each-match';

export interface FormSpec {
  id: string;
  /** what fired, in words (Finding.why) */
  why: string;
  /** every match contains one (structured-gate.ts) */
  cues: readonly string[];
  re: RegExp;
  category: Category;
  severity: Severity;
  ruleId: RuleId;
  messageKey: string;
  /** a match in whose text this finds something is dropped */
  drop?: RegExp;
  /** a match this check (form-checks.ts) refuses is dropped */
  check?: FormCheckName;
  /** the hit's detector name when it is not the form's id */
  hitAs?: string;
  /** a hit overlapping an earlier hit of its category adds nothing (the claim it restates was named more exactly) */
  yields?: true;
}

const regexToWire = (re: RegExp): RegexWire => ({ source: re.source, flags: re.flags });
const regexFromWire = (w: RegexWire): RegExp => new RegExp(w.source, w.flags);
// `drop` is asked with test(): without g or y it keeps no lastIndex between matches
const dropFromWire = (w: RegexWire): RegExp => new RegExp(w.source, w.flags.replace(/[gy]/g, ''));

export function formToWire(f: FormSpec): FormWire {
  const { re, drop, cues, ...rest } = f;
  return { ...rest, cues: [...cues], re: regexToWire(re), ...(drop ? { drop: regexToWire(drop) } : {}) };
}

/** a form as a structured detector: every match of its pattern that passes `drop` and `check` is a hit */
export function formDetector(w: FormWire): TextDetector {
  const { id, why, category, severity, ruleId, messageKey, check, yields } = w;
  const re = regexFromWire(w.re);
  const drop = w.drop ? dropFromWire(w.drop) : undefined;
  const test = check ? FORM_CHECKS[check] : undefined;
  const detector = w.hitAs ?? id;
  return {
    id,
    cues: w.cues,
    digits: false,
    detect: (n, out) => {
      for (const m of matchesOf(re, n.text)) {
        if (drop?.test(m[0]) || (test && !test(m, n))) continue;
        const h: RawHit = { category, severity, ruleId, messageKey, detector, start: n.start[m.index!], end: n.end[m.index! + m[0].length - 1], why };
        if (yields && out.some((o) => o.category === category && o.start < h.end && h.start < o.end)) continue;
        out.push(h);
      }
    },
  };
}
