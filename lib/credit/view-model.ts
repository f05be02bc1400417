/**
 * What the badge and the card show for an answer (R-CREDIT-13), as plain data: the state, its
 * colours and label key, the blacklist mark, and the card's rows. Components only translate it.
 */
import { BADGE_STYLES, badgeState, type BadgeState, type BadgeStyle } from './levels';
import type { CreditAnswer } from './protocol';

export interface CreditViewModel {
  state: BadgeState;
  style: BadgeStyle;
  blacklisted: boolean;
  /** counts for the card; null when the account has no credit record */
  counts: { complaints: number; platformPenalties: number; regulatorNotices: number } | null;
  level: number | null;
  /** ISO date (YYYY-MM-DD) the record was last updated by its source */
  recordUpdated: string | null;
  blacklist: CreditAnswer['blacklist'];
  fetchedAt: number | null;
  stale: boolean;
}

export function creditViewModel(a: CreditAnswer): CreditViewModel {
  const state: BadgeState = a.status === 'unavailable' && !a.blacklist ? 'unavailable' : badgeState(a.credit?.level, a.credit != null);
  return {
    state,
    style: BADGE_STYLES[state],
    blacklisted: a.blacklist != null,
    counts: a.credit ? { complaints: a.credit.complaints, platformPenalties: a.credit.platformPenalties, regulatorNotices: a.credit.regulatorNotices } : null,
    level: a.credit?.level ?? null,
    recordUpdated: a.credit ? a.credit.updatedAt.slice(0, 10) : null,
    blacklist: a.blacklist,
    fetchedAt: a.fetchedAt,
    stale: a.stale,
  };
}
