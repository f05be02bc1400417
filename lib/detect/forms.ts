/**
 * The rule forms this context scans with (issue 13): the content script receives them from the
 * background with the rules, every other caller from lib/detect/index.ts (built-in-data.ts). Set
 * once per context before the first scanner is built; a later, different set is refused because
 * the structured gate's cue table (structured-gate.ts) and the prefilter were derived from it.
 */
import type { FormWire } from '../bundle/form-schema';
import type { TextDetector } from './detector-types';
import { formDetector } from './form-spec';

let provided: string | null = null;
let forms: readonly FormWire[] = [];
let detectors: readonly TextDetector[] | null = null;

export function provideForms(wire: readonly FormWire[]): void {
  const key = JSON.stringify(wire);
  if (provided === key) return;
  if (provided !== null) throw new Error('the rule forms are already set');
  provided = key;
  forms = wire;
}

/** the forms as structured detectors, in their declared order */
export function formDetectors(): readonly TextDetector[] {
  if (provided === null) throw new Error('no rule forms: import lib/detect or call provideForms first');
  return (detectors ??= forms.map(formDetector));
}
