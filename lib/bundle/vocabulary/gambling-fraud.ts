/**
 * gambling_fraud (MEASURES Art. 18 red line 7, R-RISK-1): one group per language holding each term
 * once (issue 15: before, fraud.ts, official-fraud.ts, gambling-sites.ts and lures.ts each held a
 * group of the same header). Each list keeps its source in its own file:
 *
 *   TEAM      fraud.ts: the project's own first lists (issues 3-5)
 *   MEASURES  official-fraud.ts: red line 7 and police notices' scam forms (draws, tips, jade, returns)
 *   SITES     gambling-sites.ts: gambling-site ads as police, the press, konsheng's lexicon and the FTC
 *             describe them
 *   POLICE    lures.ts: task and brushing job scams from police anti-fraud notices
 *
 * Warnings quote the lure they warn against (WARNING_PHRASES); the scanner applies an `unless` phrase
 * to every term of its category, so merging the lists' phrases changes no finding.
 */
import type { TermGroup } from '../vocabulary';
import { WARNING_PHRASES } from './official-warnings';
import { GAMBLING_TEAM_EN, GAMBLING_TEAM_ZH } from './fraud';
import { GAMBLING_MEASURES_EN, GAMBLING_MEASURES_ZH } from './official-fraud';
import { GAMBLING_INVEST_EN, GAMBLING_INVEST_UNLESS_EN, GAMBLING_SITES_ZH } from './gambling-sites';
import { TASK_ZH } from './lures';

const GAMBLING = { category: 'gambling_fraud', severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'advice_gambling_fraud' } as const;

export const GAMBLING_FRAUD: TermGroup[] = [
  { id: 'gambling_fraud.zh', ...GAMBLING, lang: 'zh', unless: WARNING_PHRASES, terms: [...GAMBLING_TEAM_ZH, ...GAMBLING_MEASURES_ZH, ...TASK_ZH, ...GAMBLING_SITES_ZH] },
  { id: 'gambling_fraud.en', ...GAMBLING, lang: 'en', unless: GAMBLING_INVEST_UNLESS_EN, terms: [...GAMBLING_TEAM_EN, ...GAMBLING_MEASURES_EN, ...GAMBLING_INVEST_EN] },
];
