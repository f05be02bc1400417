/**
 * price_fraud (R-RISK-1, price-marking rules Art. 16-20): every term once, one group per language,
 * each list named by its source (issue 15: before, commerce.ts and official-price.ts held groups of
 * the same header and repeated terms).
 *
 *   TEAM      the project's own first lists (issues 3-5): pressure as hosts say it, no outside list
 *   PRICE-19  明码标价和禁止价格欺诈规定 (SAMR order 56, 2022) Art. 19: false or misleading price
 *             means — reference prices (原价, 划线价, 指导价 …) without basis, "限时" prices that are
 *             not, prices that "return to the original" after a deadline, limited-time and
 *             limited-quantity claims that are not true
 *
 *   AD-TIME   the Ad Law checklist's time and pressure entries (../shared/data/text/adlaw: JD checklist
 *             与时间有关 "严禁使用 随时结束、随时涨价、马上降价", 与夸张虚假 "错过不再、错过即无、再不抢就没了、不会再便宜"):
 *             deadline and scarcity claims a host cannot prove (price-marking rules Art. 19(3)-(5))
 *
 *   PRICE-19-REF  the same Art. 19 (3)-(4): a "factory" or "cost" price claimed as the reason to buy, the
 *             reference SAMR's price-fraud cases find without basis (标示"出厂价""成本价"无依据): 出厂价 and 工厂价
 *             (every train line that holds them is labelled price_fraud), cost-price clearance, a last day that
 *             names the offer (not a bare 最后一天: "今天最后一天上班"); English: UK CPRs Sch. 1 para 7 (false
 *             limited availability: "almost sold out", "only a few left") and FTC 16 CFR 233.1
 *
 * Bare reference-price words are card labels: the structured reference_price detector needs a price
 * set against them ("原价399现价99"); a bare 倒计时 is an exam or a film ("上课倒计时"):
 * price-forms.ts countdown needs seconds or minutes. Nor a bare 亏本 ("投机客亏本", a COLD train discussion
 * of house prices): the seller's 亏本卖/亏本清仓.
 */
import type { TermGroup } from '../vocabulary';

const PRICE = { category: 'price_fraud', severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'advice_price_fraud' } as const;

/** TEAM (仅限今天, 恢复原价 are PRICE-19's below) */
const PRESSURE_TEAM_ZH = [
  '只限今天', '过了今天就恢复', '下播恢复原价', '下播就恢复', '下播涨价', '下播后恢复', '马上恢复原价', '最后几单', '最后一单',
  '最后一波', '库存告急', '错过再等一年', '限时秒杀最后', '先涨后降', '今天不买明天涨',
];
/** PRICE-19: reference prices and deadlines in the host's words */
const REFERENCE_PRICE19_ZH = [
  '只有今天这个价', '今天这个价', '就今天这个价', '只有今天', '仅此一天', '过了今天', '一分钟后恢复', '分钟后恢复', '秒后恢复', '马上恢复', '恢复原价', '下播恢复',
  '手慢无', '手慢就没', '最后十秒', '最后三秒', '最后五秒', '最后一分钟', '抓紧时间拍', '赶紧拍', '拍完下架', '拍完就没', '限时福利价', '福利价只有',
  '直播间专属价', '破价', '亏本卖', '亏本甩', '亏本清仓', '亏本价', '亏本出', '赔钱卖', '跳楼价',
];
/** PRICE-19: limited-time and limited-quantity claims said as pressure */
const LIMITED_PRICE19_ZH = [
  '复原价', '每日限量', '限量抢购', '限量发售', '数量有限', '名额有限', '先到先得', '售完即止', '卖完即止', '送完为止', '限时抢购', '限时秒杀', '仅限今天', '仅限今日',
];

/** AD-TIME */
const PRESSURE_AD_ZH = ['随时涨价', '随时结束', '马上降价', '错过不再', '错过即无', '错过就没机会了', '错过就没有了', '再不抢就没了', '不会再便宜', '不会更便宜了', '不会再有这个价'];

/** PRICE-19-REF (not a bare 批发价 or 成本价: a wholesaler's list and a buyer's "按成本价算" name a price, they do not dress one up) */
const REFERENCE_PRICE19_REF_ZH = ['出厂价', '工厂价', '成本价清仓', '成本价甩', '成本价出', '亏成本', '赔本卖', '赔本价', '赔本甩', '地板价', '活动最后一天', '优惠最后一天', '特价最后一天', '最后一天特价', '最后一天优惠'];

export const PRICE_FRAUD: TermGroup[] = [
  { id: 'price_fraud.zh', ...PRICE, lang: 'zh', terms: [...PRESSURE_TEAM_ZH, ...REFERENCE_PRICE19_ZH, ...LIMITED_PRICE19_ZH, ...PRESSURE_AD_ZH, ...REFERENCE_PRICE19_REF_ZH] },
  {
    id: 'price_fraud.en',
    ...PRICE,
    lang: 'en',
    // a consumer notice quoting the pressure it warns against; a last chance to see, watch or catch a show, a
    // place or a vote is no sale (stop 33)
    unless: ['like "act now', 'like “act now', 'last chance to see', 'last chance to watch', 'last chance to catch', 'last chance to visit', 'last chance to vote'],
    terms: [
      // TEAM
      'today only', 'only 3 left', 'only 2 left', 'last chance', 'price goes back up', 'back to full price', 'after the stream ends', 'limited stock hurry',
      // PRICE-19
      'hours only', 'spots left', 'ends tonight', 'act now', 'limited time offer', 'only today', 'price goes up', 'original price', 'retail price',
      // PRICE-19's limited-time claims as English ads word them (UK CPRs Sch. 1 para 7: "available only for a very limited time")
      'for a limited time only', 'limited time only', 'never be this price again', 'never this cheap again', 'lowest price ever',
      // PRICE-19-REF (CPRs Sch. 1 para 7)
      'almost sold out', 'selling out fast', 'only a few left', 'last few remaining', 'factory price', 'ex-factory price',
    ],
  },
];
