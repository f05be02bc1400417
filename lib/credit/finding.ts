/**
 * A blacklisted marketer's room is a critical finding (R-CREDIT-14): the overlay's interstitial,
 * with the blacklist's reason as the matched text and its source and date as the context.
 * The taxonomy has no category of its own for a blacklist; 'counterfeit' (red line 3) is used,
 * whose floor is 'warning', so continuing past this interstitial softens no prohibited-goods gate.
 */
import type { Finding } from '../model';
import { createFinding } from '../shared/finding';
import type { CreditAnswer } from './protocol';

export const BLACKLIST_DETECTOR = 'credit-blacklist';
/** What the interstitial cites instead of the category's basis (requirements.md sources). */
export const BLACKLIST_BASIS = 'Measures Art. 14 (graded management, blacklist); 2020 draft Art. 12 (credit display)';

export function blacklistFinding(b: NonNullable<CreditAnswer['blacklist']>, hostName: string | null): Finding {
  const context = [hostName, b.source, b.since].filter(Boolean).join(' · ');
  return createFinding({
    category: 'counterfeit',
    severity: 'critical',
    ruleId: 'R-CREDIT-14',
    messageKey: 'creditBlacklistAdvice',
    detector: BLACKLIST_DETECTOR,
    matchedText: b.reason,
    why: `blacklisted: ${b.reason}`,
    source: { kind: 'host', text: context },
  });
}
