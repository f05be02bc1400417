/**
 * The one Finding factory (issue 15): every detector — vocabulary, structured patterns, the trained
 * scorer, data signals, credit — builds its findings here, so defaults (the category's rule, its
 * advice message, the severity floor of R-RISK-4) are applied in one place and cannot drift.
 */
import type { Finding, Observation } from '../model';
import { CATEGORY_RULE, CATEGORY_SEVERITY_FLOOR, maxSeverity, type Category, type RuleId, type Severity } from '../taxonomy';

export interface FindingInput {
  category: Category;
  detector: string;
  /** [start, end) in `source.text`; default: the whole text */
  span?: readonly [number, number];
  /** raised to the category's floor */
  severity?: Severity;
  /** default: the category's rule (CATEGORY_RULE) */
  ruleId?: RuleId;
  /** default: advice_<category> */
  messageKey?: string;
  why?: string;
  /** text to quote when the evidence is not a span of the source (a blacklist reason) */
  matchedText?: string;
  source: Pick<Observation, 'kind' | 'text'> & Partial<Pick<Observation, 'author' | 'id' | 'at'>>;
}

export function createFinding(f: FindingInput): Finding {
  const text = f.source.text;
  const [start, end] = f.span ?? [0, (f.matchedText ?? text).length];
  const source: Finding['source'] = { kind: f.source.kind, text, ...(f.source.author ? { author: f.source.author } : {}), ...(f.source.id ? { id: f.source.id } : {}), ...(f.source.at ? { at: f.source.at } : {}) };
  return {
    category: f.category,
    severity: maxSeverity(f.severity ?? null, CATEGORY_SEVERITY_FLOOR[f.category])!,
    ruleId: f.ruleId ?? CATEGORY_RULE[f.category],
    messageKey: f.messageKey ?? `advice_${f.category}`,
    detector: f.detector,
    matched: { start, end, text: f.matchedText ?? text.slice(start, end) },
    ...(f.why ? { why: f.why.slice(0, 300) } : {}),
    source,
  };
}
