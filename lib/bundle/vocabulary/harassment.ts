/**
 * harassment (MEASURES Art. 18 red line 6, R-RISK-1): insults, threats and doxxing, one group per
 * language holding each term once (issue 15: before, fraud.ts, official-harassment.ts and lures.ts
 * each held a group of the same header). Each list keeps its source in its own file:
 *
 *   TEAM      fraud.ts: the project's own first lists (issues 3-5)
 *   MEASURES  official-harassment.ts: common insults (zh), Davidson et al.'s hate lexicon (MIT, en)
 *   DOX       lures.ts: threats aimed at a person and doxxing (网络暴力信息治理规定 2024 Art. 12)
 *
 * The scanner applies an `unless` phrase to every term of its category, so one list of phrases
 * changes no finding.
 */
import type { TermGroup } from '../vocabulary';
import { HARASSMENT_TEAM_EN, HARASSMENT_TEAM_ZH } from './fraud';
import { INSULT_EN, INSULT_UNLESS_EN, INSULT_UNLESS_ZH, INSULT_ZH } from './official-harassment';
import { THREAT_ZH } from './lures';

const HARASS = { category: 'harassment', severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'advice_harassment' } as const;

export const HARASSMENT: TermGroup[] = [
  { id: 'harassment.zh', ...HARASS, lang: 'zh', unless: INSULT_UNLESS_ZH, terms: [...HARASSMENT_TEAM_ZH, ...INSULT_ZH, ...THREAT_ZH] },
  { id: 'harassment.en', ...HARASS, lang: 'en', unless: INSULT_UNLESS_EN, terms: [...HARASSMENT_TEAM_EN, ...INSULT_EN] },
];
