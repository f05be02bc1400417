/**
 * The legal basis a finding quotes to the viewer, as a locale key (issue 20 item 4): every text in
 * locales/rules.json names the Measures it comes from — the 2021 Webcast Marketing Measures (Trial)
 * or the 2026 Livestream E-commerce Supervision Measures — and the other laws it rests on, in both
 * languages. A rule with a basis of its own (R-INFO-24, R-PRICE-25, R-CREDIT-14) quotes that; any
 * other finding its category's. Pure.
 */
import type { Finding } from '../model';
import type { RuleId } from '../taxonomy';

/** detector id of the "this card's shop is not the host" notice (lib/sites/seller-check.ts, R-INFO-24) */
export const SELLER_DIFFERS_DETECTOR = 'seller-differs';

export const RULE_BASIS_KEYS: Partial<Record<RuleId, string>> = {
  'R-INFO-24': 'basisRule_R_INFO_24',
  'R-PRICE-25': 'basisRule_R_PRICE_25',
  'R-CREDIT-14': 'basisRule_R_CREDIT_14',
};

export function ruleBasisKey(f: Pick<Finding, 'ruleId' | 'category'>): string {
  return RULE_BASIS_KEYS[f.ruleId as RuleId] ?? `basis_${f.category}`;
}
