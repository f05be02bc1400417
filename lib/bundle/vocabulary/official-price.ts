/**
 * price_fraud term lists from the price-marking rules (issue 15; index: official.ts).
 *
 *   PRICE-19 明码标价和禁止价格欺诈规定 (SAMR order 56, 2022) Art. 19: false or misleading price
 *            means — reference prices (原价, 划线价, 指导价 …) without basis, "限时" prices that are not,
 *            prices that "return to the original" after a deadline
 */
import type { TermGroup } from '../vocabulary';

export const OFFICIAL_PRICE: TermGroup[] = [
  {
    // PRICE-19: reference prices and deadlines in the host's words
    id: 'price_fraud.reference.zh',
    category: 'price_fraud',
    severity: 'notice',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_price_fraud',
    lang: 'zh',
    terms: [
      '只有今天这个价', '今天这个价', '就今天这个价', '只有今天', '仅此一天', '过了今天', '一分钟后恢复', '分钟后恢复', '秒后恢复', '马上恢复', '恢复原价', '下播恢复',
      '手慢无', '手慢就没', '最后十秒', '最后三秒', '最后五秒', '最后一分钟', '抓紧时间拍', '赶紧拍', '拍完下架', '拍完就没', '限时福利价', '福利价只有',
      // bare reference-price words are card labels: the structured reference_price detector needs
      // a price set against them ("原价399现价99")
      // a bare 倒计时 is an exam or a film ("上课倒计时"): price-forms.ts countdown needs seconds or minutes
      '直播间专属价', '破价', '亏本', '赔钱卖', '跳楼价',
      // PRICE-19 forbids limited-time and limited-quantity claims that are not true: said as pressure
      '复原价', '每日限量', '限量抢购', '限量发售', '数量有限', '名额有限', '先到先得', '售完即止', '卖完即止', '送完为止', '限时抢购', '限时秒杀', '仅限今天', '仅限今日',
    ],
  },
  {
    // PRICE-19 in English
    id: 'price_fraud.reference.en',
    category: 'price_fraud',
    severity: 'notice',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_price_fraud',
    lang: 'en',
    unless: ['like "act now', 'like “act now'],
    terms: ['hours only', 'spots left', 'ends tonight', 'act now', 'limited time offer', 'only today', 'price goes up', 'original price', 'retail price'],
  },
];
