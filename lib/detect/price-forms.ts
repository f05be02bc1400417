/**
 * Price pressure and reference prices by STRUCTURE (issue 15, R-RISK-1): the forms 明码标价和禁止
 * 价格欺诈规定 (SAMR order 56, 2022) forbids, in the words hosts say them. Art. 19(1)-(4): a
 * reference price without basis (原价, 划线价, 吊牌价/专柜价 set against the room's), "限时" or
 * "今天" prices that are not, a price that "returns to the original" after a deadline; Art. 19(5):
 * false or misleading claims about stock ("最后N单" that never ends). structured.ts has the
 * reference-price cue words (原价…现价) and PRESSURE (最后/仅剩 + digits); these add the time forms,
 * the quantity forms with Chinese numerals, and "was N, now M" without a 价 word.
 * Run on the normalised text (punctuation dropped; numeral runs of 4+ already digits, shorter ones
 * stay Han). Run right after the claim forms (claim-forms.ts), handed over as data (form-spec.ts); warnings, negations and viewers' questions soften them.
 *
 *   price_deadline  a price that changes back at a time: "一分钟后恢复原价", "十秒后涨回去",
 *                   "下播就恢复", "明天就涨价", "过了今天就没有这个价"
 *   today_only      "只有今天这个价", "就今晚有这个福利", "仅此一场"
 *   countdown       a spoken countdown to buy: "5、4、3、2、1 上链接", "倒计时十秒", "三二一开抢"
 *   sell_out        "手慢就没了", "抢完就下架", "拍完就恢复", "没抢到的就没了"
 *   stock_left      a small stock released: "只放五十单", "就剩三件", "库存只有二十套"
 *   was_now         "平时卖三百九十九 今天只要九十九", "吊牌上写着899 到手199": two prices, the
 *                   later lower, a past or tag reference before the first (an outside shop's price
 *                   is commerce-patterns.ts price_compare's)
 */
import type { FormCheckName } from '../bundle/form-check-names';
import type { FormSpec } from './form-spec';

/**
 * each form says in words what fired (Finding.why); a match that `check` (form-checks.ts: number
 * comparisons stay code) refuses is none. The forms are data handed to the content script with the
 * rules (form-spec.ts, issue 13).
 */
function detector(id: string, why: string, cues: readonly string[], re: RegExp, check?: FormCheckName): FormSpec {
  return { id, why, cues, re, category: 'price_fraud', severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'advice_price_fraud', ...(check ? { check } : {}) };
}

/** a number in digits or Chinese numerals (runs under four stay Han after normalisation) */
const CNUM = '[0-9一二两三四五六七八九十百千万半几]';
const BACK = '(?:恢复原价|恢复|回到原价|涨回去|涨回|涨价|改回|调回|变回|改价|下架)';
export const DEADLINE_CUES = ['价', '福利', '优惠', '恢复', '回到原价', '涨回', '涨价', '改回', '调回', '变回', '改价', '下架'] as const;
const PRICE_DEADLINE = new RegExp(
  `${CNUM}{1,4}(?:分钟|分|秒钟|秒|个小时|小时)(?:之后|以后|过后|后)(?:就|马上|立马|立刻|直接|全部|统一)?${BACK}|` +
    `(?:下播|明天|过了今天|今天过后|活动结束|过了这场|这场结束|结束直播)(?:后|之后|以后)?(?:就|马上|立马|直接|全部|统一)?${BACK}|` +
    `(?:过了|错过)(?:今天|今晚|这场|这次|这波|这一波)(?:就|再)?(?:没有|没)(?:这个|这样的)?(?:价|价格|价钱|福利|优惠)`,
  'g',
);

const TODAY_ONLY = /(?:只有|仅有|就|只|仅)(?:今天|今晚|今日|这一场|这场|本场|此刻|这一次|这一波)(?:直播间)?(?:才)?(?:有)?(?:这个|是这个|这样的|这种)?(?:价|价格|价钱|福利价|福利|优惠)|仅此一场|只此一场|就这一场/g;
// cues: every match names a price or deal, or is 仅此一场 (a bare 今天 would pass half of all chat)
export const TODAY_CUES = ['价', '福利', '优惠', '一场'] as const;

// descending digits, not inside a longer number (a phone number can hold "54321"); after three,
// the countdown must end in buying, so "三二一" in a song lyric is not one
const COUNTDOWN = /(?<!\d)(?:54321|10987654321)(?!\d)|(?<![\d一二三四五六七八九十])(?:321|三二一)(?:上链接|上车|开抢|开拍|抢|拍|改价|截止|结束|恢复|下架|涨价|链接)|倒计时(?:最后)?[0-9一二两三四五六七八九十]{1,3}(?:秒|分钟|分)/g;
export const COUNTDOWN_CUES = ['54321', '321', '三二一', '倒计时'] as const;

const SELL_OUT = /手慢(?:就|则)?(?:无|没)|(?:抢完|卖完|拍完|秒完)(?:就|即|直接|马上)(?:没|无|下架|恢复|涨价|截止)|没(?:抢|拍)到的?(?:就|只能)?(?:没了|没有了|等下次|明年)/g;
export const SELL_OUT_CUES = ['手慢', '抢完', '卖完', '拍完', '秒完', '没抢到', '没拍到'] as const;

const UNIT = '(?:单|件|套|份|瓶|盒|罐|袋|箱|台|双|支|组|个名额|名额|个库存)';
// a known count: "还剩几件" asks how many are left
const COUNT = '[0-9一二两三四五六七八九十百千万]';
const STOCK_LEFT = new RegExp(`(?:只放|就放|只上|就上|只开|只备了?|只给大家|就给大家|库存只有|库存就剩|库存仅剩|就剩|只剩下?|仅剩|还剩)(?:最后)?${COUNT}{1,4}${UNIT}`, 'g');
export const STOCK_CUES = ['只放', '就放', '只上', '就上', '只开', '只备', '只给大家', '就给大家', '库存', '就剩', '只剩', '仅剩', '还剩'] as const;

/** a past or tag reference before the first price ("平时卖", "吊牌上写着", "外面专柜") */
// outside places (专柜, 实体店 …) are commerce-patterns.ts price_compare's
const REF = '(?:平时|平常|之前|以前|往常|原来|本来|日常|吊牌上?|标签上)(?:都|要|卖|是|价|写着?|标着?|标的|都卖|都要|卖的?|一直)*';
const NOW = '(?:现在|今天|今晚|直播间|这里|咱们|我们|到手|秒杀)(?:只要|只卖|就要|就卖|就|才|仅|直接|给你|给大家|给到)*';
const WAS_NOW = new RegExp(`${REF}(${CNUM}{1,7})(?:块|元|多)?[^]{0,8}?${NOW}(${CNUM}{1,7})(?:块|元)?`, 'g');
// cues: every match holds one (the reference word); structured-gate.ts finds them in one automaton pass
export const WAS_NOW_CUES = ['平时', '平常', '之前', '以前', '往常', '原来', '本来', '日常', '吊牌', '标签上'];

/**
 * the price first, then the reference it is set against: "89.9元起,原价459元" (a train-split SAMR case:
 * price-marking rules Art. 19(1)); structured.ts's reference_price takes the other order. The hit is a
 * reference_price, so the scanner leaves product cards and titles to the parsed-price ratio check.
 */
const REF_WORDS = ['原价', '划线价', '吊牌价', '专柜价', '市场价', '指导价', '日常价', '零售价'];
const PRICE_THEN_REF = new RegExp(`(?<![\\d.])(${CNUM}{1,7}(?:\\.\\d{1,2})?)(?:元|块)(?:起)?(?:${REF_WORDS.join('|')})(?:是|为|要)?(${CNUM}{1,7}(?:\\.\\d{1,2})?)`, 'g');

/**
 * "89.9元起,原价459元": the reference named after the price, and above it (form-checks.ts
 * price_then_reference reads the numbers; a gap before the last digits is a decimal point). A
 * reference_price hit: the scanner leaves product cards and titles to the parsed-price ratio check.
 */
const PRICE_THEN_REFERENCE: FormSpec = {
  ...detector('price_then_reference', 'a price set against a higher "original" named after it (price-marking rules Art. 19(1))', REF_WORDS, PRICE_THEN_REF, 'price_then_reference'),
  hitAs: 'reference_price',
};

/**
 * English reference prices: "was £49.99, now £19.99", "RRP $129 our price $49". FTC Guides Against
 * Deceptive Pricing (16 CFR 233.1 former price comparisons: "formerly", "regularly", "reduced from";
 * 233.3 "retail", "list", "suggested" prices) and the UK CPRs / CAP Code 3.39-3.41 (savings against a
 * price that is not the usual one). Normalised text joins a number to the word before it and drops
 * the currency sign and decimal point (form-checks.ts was_now_price reads the decimals back); the
 * price now must follow a "now"-like word, not a bare "only" ("was out 2 weeks, only 3 left").
 */
const EN_REF = '(?:was|originally|formerly|regularly|usually|normally|reduced from|rrp|msrp|srp|retail price|retail value|compare at|list price|usual price|full price|valued at)';
const EN_NOW = '(?:now(?: only| just)?|sale price|our price|you pay|yours for|deal price|special price|offer price|today only|only today)';
const WAS_NOW_EN = new RegExp(`(?<![a-z])${EN_REF}(?: price)?(?: of| at| is)?:? ?(\\d{1,7})(?![0-9])[^0-9]{0,20}?(?<![a-z])${EN_NOW}(?: at| for)? ?(\\d{1,7})(?![0-9])`, 'g');
// a count or a measure between the numbers is no price ("it was 50 degrees, now 45", "was 90 kg now 80")
const NOT_MONEY_EN = /(?<![a-z])(?:degrees?|years?|kgs?|lbs?|kilos?|stone|miles?|km|days?|weeks?|months?|hours?|minutes?|people|points?|followers|subscribers|percent)(?![a-z])/;
export const WAS_NOW_EN_CUES = ['was', 'originally', 'formerly', 'regularly', 'usually', 'normally', 'reduced from', 'rrp', 'msrp', 'srp', 'retail', 'compare at', 'list price', 'usual price', 'full price', 'valued at'] as const;

/**
 * English deadlines and countdowns on a price: "sale ends at midnight", "prices go back up tomorrow",
 * "last chance to buy", "only for the next 2 hours". UK CPRs Sch. 1 para 7 (falsely stating that a
 * product or its terms are available only for a very limited time) and FTC 16 CFR 233.1(d) (a "sale"
 * price that is not reduced); the English counterpart of price_deadline and today_only.
 */
const EN_DAY = '(?:today|tonight|tomorrow|at midnight|midnight|soon|this weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const DEADLINE_EN = new RegExp(
  `(?<![a-z])(?:(?:sale|offer|deal|discount|promotion|promo|this price|price) (?:ends?|expires?|finishes)(?: at)? ?(?:${EN_DAY}|in ?\\d{1,3} ?(?:hours?|hrs?|minutes?|mins?|days?))` +
    `|prices? (?:goes|go|will go|going|will be going) (?:back )?up (?:tomorrow|tonight|at midnight|after|when|soon|in|on)` +
    `|(?:last|final) (?:chance|day|hours?) (?:to|for) (?:buy|order|get|grab|save|shop)` +
    `|(?:only|just) (?:for )?(?:the )?next ?\\d{1,3} ?(?:hours?|minutes?|mins?))(?![a-z])`,
  'g',
);
// cues: a word every alternative holds, not a bare "end"/"up" (friend, weekend, up …: the gate would run this on most English chat)
export const DEADLINE_EN_CUES = ['sale end', 'offer end', 'deal end', 'discount end', 'promotion end', 'promo end', 'price end', 'expire', 'finishes', 'price', 'last', 'final', 'next'] as const;

export const PRICE_FORMS: readonly FormSpec[] = [
  detector('price_deadline', 'a price that goes back up at a deadline (price-marking rules Art. 19)', DEADLINE_CUES, PRICE_DEADLINE),
  detector('today_only', 'a price said to hold only today or in this stream (Art. 19)', TODAY_CUES, TODAY_ONLY),
  detector('countdown', 'a countdown to buy (Art. 19: false time limits)', COUNTDOWN_CUES, COUNTDOWN),
  detector('sell_out', 'a sell-out threat (Art. 19: false time or stock limits)', SELL_OUT_CUES, SELL_OUT),
  detector('stock_left', 'a small stock released or left (Art. 19(5))', STOCK_CUES, STOCK_LEFT),
  detector('was_now', 'a past or tag price set against a lower price now (Art. 19(1))', WAS_NOW_CUES, WAS_NOW, 'later_lower'),
  PRICE_THEN_REFERENCE,
  { ...detector('was_now_en', 'a former, usual or list price set against a lower price now (FTC 16 CFR 233; UK CAP Code 3.39)', WAS_NOW_EN_CUES, WAS_NOW_EN, 'was_now_price'), drop: NOT_MONEY_EN },
  detector('deadline_en', 'a sale price said to end or go back up at a deadline (UK CPRs Sch. 1 para 7; FTC 16 CFR 233.1)', DEADLINE_EN_CUES, DEADLINE_EN),
];
