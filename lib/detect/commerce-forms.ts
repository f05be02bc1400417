/**
 * More structured lure detectors (issue 15, fifth pass), beside claim-patterns.ts: forms a word
 * list cannot hold, found on the TRAIN and DEV splits' regulator cases (web_cases, web_cases_dev,
 * web_train), never on test text. They run on the normalised text (normalize.ts: Chinese punctuation
 * and spaces dropped, ASCII words keep their spaces). Rule forms, handed to the content script as data
 * with the rules (form-spec.ts; issue 13: their regex sources are not in the script), run right after
 * the goods forms: the place structured.ts gave them when they were code.
 *
 *   weight_loss     a weight lost in numbers or "slims without effort" ("瘦了7斤", "掉了35斤",
 *                   "喝酒夜宵也能瘦", "不会反弹"): 广告法 Art. 28(2) (false performance claims), SAMR
 *                   case 萱妍堂 (2024): paid danmaku "吃了你家成功瘦20斤" for an ordinary jelly.
 *   longevity       eat/drink X and live to N ("喝了…至少活到九十九"): 广告法 Art. 17/28, 食品安全法 Art. 71.
 *   virus_claim     English "prevent (the spread of) viruses", "fight off coronavirus": FTC COVID-19
 *                   warning letters (2020) name these forms.
 *   tip_rebate      tipping or gifts that "return cash" ("刷礼物便可返现", "打赏…返佣"), and gift
 *                   rankings that win a prize ("排名前十…获得手机"): police notices on 打赏返佣 (刷单返利
 *                   fraud), MEASURES red line 7.
 *   jade_gamble     jade-rough gambling talk: rough stone + pick-up/cut-up words ("原石…捡漏",
 *                   "边境翻过来的"): SAMR and consumer-association warnings on 直播赌石.
 *   overpay_refund  English overpayment and "upgrade fee" traps ("refund the extra", "pay the $50 fee,
 *                   I'll refund it"): BBB/FTC marketplace-scam warnings.
 *   price_compare   an outside price set against the room's ("外面卖两百 我们这里只要三十九", "专柜八百多
 *                   这里一百二"): 明码标价和禁止价格欺诈规定 Art. 19(1); SAMR case 太原老葛 (2025): "使用无法证明
 *                   的价格与自己商品价格进行比较".
 *   scan_owner      a QR code of the shop owner or host to scan ("扫掌柜领红包"): 抖音电商 rules on
 *                   引导私下交易 (QR codes are contact details).
 */
import type { Category, RuleId, Severity } from '../taxonomy';
import type { FormSpec } from './form-spec';

function form(id: string, why: string, cues: readonly string[], re: RegExp, category: Category, severity: Severity, ruleId: RuleId): FormSpec {
  return { id, why, cues, re, category, severity, ruleId, messageKey: `advice_${category}` };
}

const NUM = '[0-9一二两三四五六七八九十几百]+';
// a verb of losing before the amount: "买了5斤" or "这个西瓜8斤" say nothing about weight loss
// nor a wish or a demand ("让我瘦十斤", "想瘦十斤": COLD train)
const WEIGHT_LOSS = new RegExp(`(?<!让我|要|想|得|需要|打算|目标)(?:瘦|掉|减|轻|甩)了?${NUM}多?(?:斤|公斤|kg)|(?:也能|照样|躺着|轻松|不节食|不运动|不挨饿)[^。！？]{0,3}瘦|不会?反弹`, 'g');
const LONGEVITY = new RegExp(`(?:喝|吃|用)了?.{0,12}?(?:活到${NUM}|长命百岁|百病不生|百病全消|不生病)`, 'g');
const VIRUS_CLAIM = /(?:prevents?|stops?|blocks?|kills?|fights? off|protects? (?:you )?(?:from|against))(?: the)?(?: spread of)?(?: [a-z-]+){0,2} (?:viruses|virus|covid(?:-19)?|coronavirus|the flu)/g;
const TIP_REBATE = /(?:刷礼物|打赏|刷满|上票|冲榜)[^。！？]{0,8}?(?:便可|就能|就可以|即可|可以|就会|会)?(?:直接)?(?:返现|返钱|返利|返佣|返你|返还|回本)|(?:排名|榜)?前(?:[0-9]+|十|三|五)名?[^。！？]{0,6}?(?:获得|得到|领取|送|奖励)[^。！？]{0,10}?(?:手机|大奖|奖品|礼品|现金|iphone)/g;
// issue 15 (h-lures): cutting talk without the stone's name — a window or a cut that "doubles" or shows
// top green ("开窗了 切出来翻倍", "赌一把切出满绿"): the jade-gambling talk issue 15 lists (开窗, 切出, 赌一把,
// 翻倍), the pitch the 直播赌石 warnings above describe. 开窗 alone is opening a window ("开窗通风"), so a
// gain word must follow; so must a stone before 切开看/开窗看/赌一把, which alone are ordinary chat
// ("切开看看熟了没", "赌一把明天会下雨"): the vocabulary no longer lists them (official-fraud.ts).
const JADE_GAMBLE = /(?:原石|毛料|赌石|翡翠|公斤料|明料|蒙头料)[^。！？]{0,16}?(?:捡漏|切涨|赌涨|开窗|切出|切开|暴涨|翻倍|一刀)|(?:捡漏|切涨|赌涨)[^。！？]{0,12}?(?:原石|毛料|翡翠)|边境[^。！？]{0,4}?(?:翻过来|偷运|带过来|过来的)|(?:开窗|擦窗|切[开出]|切一刀|赌一把).{0,10}?(?:翻倍|满绿|帝王绿|玻璃种|冰种|[大暴]涨|赚翻|暴富|回本)/g;
const OVERPAY_REFUND = /refund (?:me )?(?:the )?extra|sent (?:you )?\$?[0-9][0-9,.]* instead of|pay the \$?[0-9]+ (?:upgrade )?fee[^.!?]{0,20}refund|upgrade (?:to )?(?:a |your )?business account/g;
const PRICE_NUM = '[0-9一二两三四五六七八九十百千万几]+多?';
const PRICE_COMPARE = new RegExp(`(?:外面|别家|别人家|市场上|市面上|商场|专柜|实体店|官网|旗舰店|超市)(?:卖|要|都要|都卖|价|价格|标价)?${PRICE_NUM}(?:块|元|块钱)?[^。！？]{0,8}?(?:这里|我们这|我这|直播间|今天|现在|咱们)(?:只要|只卖|才|仅需|到手|只需)${PRICE_NUM}`, 'g');
const SCAN_OWNER = /扫(?:一扫)?(?:掌柜|老板|店主|客服|主播|商家)(?:的)?(?:微信|二维码|码)?/g;

export const COMMERCE_FORMS: readonly FormSpec[] = [
  form('weight_loss', 'a weight lost in numbers or slimming without effort (Ad Law Art. 28)', ['斤', 'kg', '瘦', '反弹'], WEIGHT_LOSS, 'false_claim', 'warning', 'R-RISK-4'),
  form('longevity', 'a food or drink said to make you live to an age or never fall ill (Ad Law Art. 17, 28)', ['活到', '长命百岁', '百病', '不生病'], LONGEVITY, 'false_claim', 'warning', 'R-RISK-4'),
  form('virus_claim', 'a product said to prevent or fight off viruses (FTC COVID-19 warning letters)', ['virus', 'covid', 'flu'], VIRUS_CLAIM, 'false_claim', 'warning', 'R-RISK-4'),
  form('tip_rebate', 'tips or gifts that return cash, or a gift ranking that wins a prize (Measures red line 7)', ['刷礼物', '打赏', '刷满', '上票', '冲榜', '前十', '前三', '前五', '前0', '前1', '前2', '前3', '前4', '前5', '前6', '前7', '前8', '前9'], TIP_REBATE, 'gambling_fraud', 'warning', 'R-RISK-1'),
  form('jade_gamble', 'rough-stone gambling talk: a stone cut for a gain (SAMR warnings on 直播赌石)', ['原石', '毛料', '赌石', '翡翠', '公斤料', '明料', '蒙头料', '捡漏', '切涨', '赌涨', '边境', '开窗', '擦窗', '切开', '切出', '切一刀', '赌一把'], JADE_GAMBLE, 'gambling_fraud', 'warning', 'R-RISK-1'),
  form('overpay_refund', 'an overpayment or upgrade-fee refund trap (FTC/BBB marketplace warnings)', ['refund', 'instead of', 'upgrade'], OVERPAY_REFUND, 'gambling_fraud', 'warning', 'R-RISK-1'),
  form('price_compare', 'an outside price set against the room\'s (price-marking rules 2022 Art. 19(1))', ['外面', '别家', '别人家', '市场上', '市面上', '商场', '专柜', '实体店', '官网', '旗舰店', '超市'], PRICE_COMPARE, 'price_fraud', 'notice', 'R-RISK-1'),
  form('scan_owner', 'a QR code of the shop owner or host to scan (platform rules on private deals)', ['扫掌柜', '扫老板', '扫店主', '扫客服', '扫主播', '扫商家', '扫一扫'], SCAN_OWNER, 'off_platform', 'warning', 'R-OFF-6'),
];
