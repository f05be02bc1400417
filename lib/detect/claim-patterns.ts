/**
 * Structured claim detectors (issue 15) that need code beside their pattern: pay_to_win compares the
 * two amounts. They run on the normalised text (normalize.ts) and register in structured.ts
 * structuredDetectors(), whose cue literals the prefilter reads. The efficacy and review-reward claims
 * are rule forms: claim-forms.ts.
 *
 *   pay_to_win    pay, tip or send N and get more back ("打赏5元返50", "send 1 get 2 back"): MEASURES
 *                 red line 7 and police notices on 刷礼物返现 / 打赏返佣 and crypto doubling.
 *
 * Every hit is a claim, so benign context (warnings, negations, viewers' questions) softens it in the
 * scanner; numbers and links (structured.ts) are lures by themselves and are never softened.
 */
import type { RawHit, TextDetector } from './detector-types';
import type { Normalized } from './normalize';
import type { Category, RuleId, Severity } from '../taxonomy';

function hit(n: Normalized, detector: string, category: Category, severity: Severity, ruleId: RuleId, from: number, to: number): RawHit {
  return { category, severity, ruleId, messageKey: `advice_${category}`, detector, start: n.start[from], end: n.end[to - 1] };
}

/** pay/tip/send N … get M back with M > N (amounts in digits after normalisation) */
export const PAY_CUES = ['打赏', '刷礼物', '刷满', '充值', 'send', 'pay', 'deposit', 'invest'] as const;
const PAY_TO_WIN = /(打赏|刷礼物|刷满|充值|send|pay|deposit|invest)(?:满|给主播|给我)?(\d+(?:\.\d+)?)[^\d]{0,14}?(?:返|得到|获得|领取|领|赢|送|回|get|receive|back)[^\d]{0,6}?(\d+(?:\.\d+)?)/g;

export const CLAIM_DETECTORS: readonly TextDetector[] = [
  {
    id: 'pay_to_win',
    cues: PAY_CUES,
    digits: false,
    detect: (n, out) => {
      for (const m of n.text.matchAll(PAY_TO_WIN)) if (Number(m[3]) > Number(m[2])) out.push(hit(n, 'pay_to_win', 'gambling_fraud', 'warning', 'R-RISK-1', m.index!, m.index! + m[0].length));
    },
  },
  // the rule forms follow (structured.ts): claim, efficacy, price, goods and commerce forms, data handed
  // over with the rules (forms.ts, issue 13)
];
