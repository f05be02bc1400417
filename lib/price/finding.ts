/**
 * A history check's result as a `price_fraud` finding (through the one factory). The matched text
 * carries the evidence — the page's words, then the prices this browser saw with their dates — in
 * digits and dates only, so it reads the same in both languages; the advice (messageKey) says
 * plainly that the history is what this browser saw, not the shop's books.
 */
import type { Finding } from '../model';
import type { RuleId, Severity } from '../taxonomy';
import { createFinding } from '../shared/finding';
import { dayTime } from './days';
import { yuan } from './money';

export { currencyIn, yuan } from './money';
import type { PriceIssue, PriceIssueKind } from './checks';

export const PRICE_DETECTOR = 'price-history';

const SPEC: Record<PriceIssueKind, { severity: Severity; ruleId: RuleId; messageKey: string; why: string }> = {
  // 明码标价和禁止价格欺诈规定 (2022) Art. 16: the reference ("original") price is the lowest price in the 7 days before the promotion
  fake_original: { severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'priceFakeOriginal', why: 'claimed original price above every price this browser saw in the 7 days before (price-marking rules 2022 Art. 16)' },
  never_charged: { severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'priceNeverCharged', why: 'claimed original price never seen charged in this browser (price-marking rules 2022 Art. 16)' },
  // Art. 19: false "price will rise" / "back to the original price" claims
  back_up_false: { severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'priceBackUpFalse', why: 'said the price goes back up; the same price was seen after the deadline (price-marking rules 2022 Art. 19)' },
  scarcity_repeat: { severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'priceScarcityRepeat', why: 'the same countdown / last-units claim was said again minutes later (price-marking rules 2022 Art. 19)' },
  // R-PRICE-25: prices said aloud must match the marked price
  said_vs_card: { severity: 'notice', ruleId: 'R-PRICE-25', messageKey: 'priceSaidVsCard', why: 'a price said in chat or the title differs from the product card (price-marking rules 2022 Art. 20)' },
  raise_before_discount: { severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'priceRaiseBeforeDiscount', why: 'the price seen rose in the days before this discount (price-marking rules 2022 Art. 19)' },
};


/** "¥89 2026-12-01 14:05 · ¥99 2026-12-04 20:00" */
export function seenText(issue: PriceIssue, tz: string, sign = '¥'): string {
  return issue.seen.map((s) => `${s.price === null ? '' : `${yuan(s.price, sign)} `}${dayTime(s.at, tz)}`).join(' · ');
}

export function priceFinding(issue: PriceIssue, tz: string, at: number, sign = '¥'): Finding {
  const spec = SPEC[issue.kind];
  const evidence = `${issue.quote} ⟶ ${seenText(issue, tz, sign)}`;
  return createFinding({
    category: 'price_fraud',
    detector: PRICE_DETECTOR,
    severity: spec.severity,
    ruleId: spec.ruleId,
    messageKey: spec.messageKey,
    why: `${issue.kind}: ${spec.why}`,
    matchedText: evidence,
    source: { kind: 'product', text: evidence, at },
  });
}
