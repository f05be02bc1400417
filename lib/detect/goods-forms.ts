/**
 * Goods by STRUCTURE (issue 15, R-RISK-1, R-MINOR-9): counterfeit euphemisms and brand-code swaps,
 * loans aimed at students, spirits by their strength. Sources:
 *   counterfeit   MEASURES (网络直播营销管理办法) Art. 18 red line 3; 商标法 Art. 57; 法治日报 2021-03-18
 *                 on "撤柜/剪标/一折" fakes (lib/bundle/vocabulary/counterfeit.ts FZRB-2021): brand
 *                 initials ("G家", "LV家") and "大牌一折" stand in for the trademark.
 *   student_loan  未成年人保护法 Art. 59 and 银保监会等《关于进一步规范大学生互联网消费贷款监督管理
 *                 工作的通知》(2021): no online consumer loans marketed to students.
 *   spirits       未成年人保护法 Art. 59 (no alcohol to minors), 广告法 Art. 23 and 40 (alcohol ads).
 *   prohibited    烟草专卖法 Art. 31-32 (tobacco only through licensed channels), 药品网络销售监督管理办法
 *                 (2022) Art. 8 and its 禁止通过网络零售的药品清单, 枪支管理法, 野生动物保护法 Art. 28,
 *                 发票管理办法 Art. 22 (no issuing invoices for others): an offer word before the good.
 * Run on the normalised text, right after the claim forms (claim-forms.ts), handed over as data (form-spec.ts), so warnings and negations soften them.
 *
 *   brand_code     a brand's initials + 家 + a fashion good: "g家同款包包", "lv家的老花"
 *   genuine_cheap  "正品…一折", "大牌白菜价", "专柜正品骨折价": a genuine brand at a price that says it is not
 *   same_factory   "和专柜同一个工厂出来的", "原厂同料": an unbranded copy sold as the brand's
 *   student_loan   students offered loans or instalments: "学生党也能分期", "大学生凭学生证就能借"
 *   spirits        "53度酱香", "五十二度的纯粮白酒": a spirit by its strength
 *   prohibited_offer  a selling word before a prohibited good: "经营各种品牌香烟", "批发烟弹",
 *                  "可代开各类增值税发票", "出售仿真枪" (a chat line naming the good without an offer is
 *                  left to the vocabulary and context.ts isDiscussion)
 */
import type { Category, RuleId, Severity } from '../taxonomy';
import type { FormSpec } from './form-spec';

/** each form says in words what fired (Finding.why); forms are data handed to the content script with the rules (form-spec.ts, issue 13) */
function detector(id: string, why: string, cues: readonly string[], re: RegExp, category: Category, severity: Severity, ruleId: RuleId): FormSpec {
  return { id, why, cues, re, category, severity, ruleId, messageKey: `advice_${category}` };
}

const FASHION = '(?:同款|老花|包包|包|鞋子|鞋|衣服|卫衣|外套|围巾|丝巾|香水|口红|手表|表|皮带|腰带|项链|手链|耳环|眼镜|墨镜|钱包|款)';
// one or two Latin initials, not inside a word ("shopping家" is no brand code)
const BRAND_CODE = new RegExp(`(?<![a-z])[a-z]{1,3}家(?:的|新款|经典)?${FASHION}`, 'g');

const CHEAP_CUES = ['一折', '二折', '两折', '三折', '1折', '2折', '3折', '骨折价', '白菜价', '地摊价', '清仓价', '跳楼价', '低价清仓', '低价甩卖', '几十块'];
const CHEAP = `(?:${CHEAP_CUES.join('|')})`;
const GENUINE_CHEAP = new RegExp(`(?:正品|大牌|专柜|奢侈品|品牌)(?:货|包|鞋|化妆品|护肤品)?(?:都|全部|统统|直接|只要)?${CHEAP}|${CHEAP}(?:的|买)?(?:正品|大牌|专柜货|奢侈品)`, 'g');

const SAME_FACTORY = /(?:跟|和|与)(?:专柜|大牌|正品|品牌)(?:是)?(?:同一个|同一家|一个|同个|一样的)(?:工厂|厂家|厂子|代工厂)|原厂同料|同厂同料|原厂原料|大牌代工厂(?:出来的|直供|流出)/g;

// 助学贷款 (state student aid) is not a consumer loan
const STUDENT = '(?:大学生|在校生|在校大学生|学生党|学生族|学生)';
const STUDENT_LOAN = new RegExp(`${STUDENT}(?:也|都|可以|也可以|也能|都能|就能|专享|专属|凭学生证)?(?:就能|就可以|可|能)?(?:贷款|借款|借钱|分期付款|分期|下款|放款|秒批|额度|网贷|贷)`, 'g');

const STRENGTH = '(?:[3-6][0-9]|三十[一二三四五六七八九]?|四十[一二三四五六七八九]?|五十[一二三四五六七八九]?|六十)度';
const SPIRIT_WORDS = ['酱香', '浓香', '清香', '纯粮', '白酒', '高粱酒', '粮食酒', '原浆', '老酒', '烈酒', '二锅头'];
const SPIRITS = new RegExp(`${STRENGTH}(?:的)?(?:${SPIRIT_WORDS.join('|')})`, 'g');

const SELL = '(?:出售|销售|经营|批发|零售|代购|供应|专卖|货源|有货|现货|代理|低价出|大量出|长期出|常年出)';
// 枪支管理法 Art. 3 (guns and ammunition), 烟花爆竹安全管理条例 Art. 19 (retail only from licensed shops),
// 刑法 Art. 253-1 (citizens' personal data is not for sale): only after an
// offer word ("出售手枪", "批发烟花"), since 手枪/子弹/烟花 alone are game and festival chat
const BANNED = '(?:香烟|烟草|卷烟|烟丝|雪茄|外烟|电子烟|烟弹|烟油|雾化弹|处方药|管制刀具|仿真枪|气枪|弓弩|钢珠|象牙|犀牛角|犀角|穿山甲|野生动物|窃听器|针孔摄像头|偷拍设备|手枪|步枪|猎枪|枪支|子弹|弹药|迷药|麻醉药|安眠药|烟花|鞭炮|爆竹|公民信息|公民个人信息)';
const PROHIBITED_OFFER = new RegExp(`${SELL}[^]{0,16}?${BANNED}|代开[^]{0,20}?发票|(?:出售|供应|代办)[^]{0,6}?发票|真票|假发票`, 'g');
const PROHIBITED_CUES = [
  '香烟', '烟草', '卷烟', '烟丝', '雪茄', '外烟', '电子烟', '烟弹', '烟油', '雾化弹', '处方药', '管制刀具', '仿真枪', '气枪', '弓弩', '钢珠', '象牙', '犀牛角', '犀角', '穿山甲', '野生动物', '窃听器', '针孔摄像头', '偷拍设备',
  '手枪', '步枪', '猎枪', '枪支', '子弹', '弹药', '迷药', '麻醉药', '安眠药', '烟花', '鞭炮', '爆竹', '公民信息', '公民个人信息', '发票', '真票',
];

/**
 * Bank and phone cards traded (反电信网络诈骗法 2022 Art. 31: no one may buy, sell, rent out or lend
 * phone cards, IoT cards, bank or payment accounts; the 断卡 campaign's 两卡). The buyers' ads name the
 * cards in trade slang (一类卡, 盾卡 = with a USB key, 公户 = a company account, 手银 = mobile banking,
 * 四件套 = card, key, phone card and ID), so a bare 收/出/租 counts before slang and a buying, selling or
 * renting word before any card, a bare 收 before a bank card; "…买断" (bought outright) after one. Not 收到/支出/拿出 ("收到银行卡短信").
 */
const CARD_SLANG = ['一类卡', '一类咔', '二类卡', '盾卡', '盾咔', '普卡', '普咔', '公户', '对公账户', '对公户', '手银', '四件套', '五件套'];
const CARD_WORDS = [...CARD_SLANG, '银行卡', '银行咔', '储蓄卡', '信用卡', '手机卡', '电话卡', '物联网卡', '流量卡', '银行账户', '支付账户'];
const CARD = `(?:${CARD_WORDS.join('|')})`;
const CARD_MOD = '(?:全国各地|全国|各地|各类|各大|各种|个人|大小额|大额|小额|实名|的|一类|二类){0,2}';
const CARD_VERB = '(?:收购|高价收|长期收|大量收|专业收|诚收|直收|回收|求购|出售|出租|出借|租用|租借|买卖|买断)';
// a question ends the match ("这个信用卡出售吗", "出售信用卡吗": a viewer asks, nobody offers; stop 32 leftover)
const NOT_ASKED = '(?![吗嘛么呢])';
// a bare 收 before a bank card is the buyers' ad ("收银行卡，日结", "长期收全国各地银行卡": train Telegram ads,
// stop 33), unless the card's message or money is what is received ("收银行卡短信", "收银行卡转账"); not before a
// credit card, which a shop 收 (accepts: "我们这里收信用卡"); nor after 接/掏/推/发 (接收, 掏出, 推出, 发出)
const BARE_BANK_CARD = '(?:银行卡|银行咔)(?!短信|验证码|通知|信息|消息|提醒|转账|汇款|付款|支付|里|上)';
const CARD_TRADE = new RegExp(`${CARD_VERB}${CARD_MOD}${CARD}${NOT_ASKED}|(?<![支付转拿取提进外签接掏推发])[收出租]${CARD_MOD}(?:${CARD_SLANG.join('|')}|${BARE_BANK_CARD})${NOT_ASKED}|${CARD}[^]{0,10}?(?:买断|出租|出借|出售|收购)${NOT_ASKED}`, 'g');

/**
 * English: an offer word before a good that may not be sold online, as prohibited_offer does in
 * Chinese ("buy Xanax online", "selling vapes", "order tramadol without prescription"). Sources: FDA
 * BeSafeRx and its warning letters to online pharmacies (prescription and controlled drugs sold
 * without a prescription: 21 U.S.C. 829, Ryan Haight Act), the PACT Act (no mail-order sale of
 * cigarettes and e-cigarettes), CITES / ESA (ivory, rhino horn, pangolin scales), and platforms'
 * prohibited-items policies (weapons, spy devices, fake IDs). Not after "stop", "ban on", "charged with"
 * …, nor with "seized", "illegal" … in the match: a report about the trade offers nothing.
 */
const SELL_EN = '(?:buy|order|shop|selling|sell|sells|for sale|we sell|we have|in stock|available|wholesale|cheap|discreet|delivery of|ship(?:ping)?)';
const BANNED_EN =
  '(?:xanax|valium|adderall|oxycodone|oxycontin|percocet|tramadol|fentanyl|ketamine|ghb|rohypnol|mdma|ecstasy|cocaine|heroin|meth|lsd|codeine|diazepam|alprazolam|modafinil|viagra|cialis|sildenafil|tadalafil|steroids|anabolic|sarms|ozempic|semaglutide|weed|cannabis|marijuana|thc|vapes?|e-?cigs?|e-?cigarettes?|cigarettes|tobacco|snus|nicotine pouches|guns?|firearms?|handguns?|ammo|ammunition|switchblades?|tasers?|stun guns?|brass knuckles|ivory|rhino horn|pangolin scales|spy cam(?:era)?s?|hidden cameras?|fake ids?|fake passports?|prescription drugs|controlled substances)';
// the quote names the whole good ("selling vape juice", not "selling vape"): the viewer sees what is offered
const GOOD_FORM_EN = '(?: (?:juice|e-?liquids?|liquids?|pods?|pens?|carts?|cartridges?|oils?|gummies|pills|tablets|capsules))';
const PROHIBITED_OFFER_EN = new RegExp(`(?<![a-z])(?<!(?:ban on|bans on|banned from|stop|stops|illegal|illegally|against|accused of|charged with|arrested for|caught) )${SELL_EN}(?: [a-z0-9-]+){0,3}? ${BANNED_EN}${GOOD_FORM_EN}?(?![a-z])|(?<![a-z])${BANNED_EN}(?: pills| tablets| online)? (?:for sale|without (?:a )?prescription|no prescription|no rx|online no)(?![a-z])`, 'g');
const NOT_AN_OFFER_EN = /(?<![a-z])(?:stop|stopped|ban|bans|banned|seized|seize|illegal|charged|arrested|warns?|warning|crackdown|never)(?![a-z])/;
const PROHIBITED_EN_CUES = ['buy', 'order', 'shop', 'sell', 'for sale', 'we have', 'in stock', 'available', 'wholesale', 'cheap', 'discreet', 'delivery of', 'ship', 'prescription', 'no rx', 'online no'];

/**
 * English counterfeit offers (stop 33): a copy named as fake, counterfeit, knock-off or bootleg goods next to a
 * selling word ("fake designer belts wholesale", "selling counterfeit jerseys"), or a seller's boast that nobody can
 * tell his copies from the real thing ("these are counterfeit but nobody can tell"). Lanham Act 15 U.S.C. 1114 and
 * 18 U.S.C. 2320 (trafficking in counterfeit goods), 商标法 Art. 57 as the Chinese vocabulary. The counterfeit
 * vocabulary leaves a bare "counterfeit" or "fake designer" out (reporters' and buyers' words): here the goods and
 * the offer, or the boast, must be there too; a report of the trade ("seized", "charged", "police") offers nothing.
 */
const FAKE_EN = '(?:fake|counterfeit|knock-?off|bootleg)s?';
const FAKE_GOODS_EN = '(?:designer|brand(?:ed)?|luxury|(?:[a-z]+ ){0,1}(?:bags?|handbags?|purses?|watch(?:es)?|shoes|sneakers|trainers|belts?|jerseys?|perfumes?|sunglasses|wallets?|jewelry|jewellery|clothes|clothing|hoodies|jackets|airpods|phones?|cosmetics|makeup|jordans|yeezys|rolex(?:es)?|gucci|chanel|louis vuitton|nikes?))';
const OFFER_EN = '(?:wholesale|for sale|in stock|available|cheap|selling|sell|we sell|dm|pm|order|shipping|ship)';
const FAKE_OFFER_EN = new RegExp(
  `(?<![a-z])(?:${OFFER_EN} (?:[a-z0-9]+ ){0,2}?${FAKE_EN} ${FAKE_GOODS_EN}|${FAKE_EN} ${FAKE_GOODS_EN}(?: [a-z]+){0,3}? ${OFFER_EN}|(?:${FAKE_EN}|replicas?|copies|reps)(?: [a-z']+){0,5}? (?:nobody|no one|no-one|nobody will|you can't|you cannot|you won't|they can't|can't) ?(?:ever )?(?:can )?(?:even )?tell)(?![a-z])`,
  'g',
);
const NOT_A_FAKE_OFFER_EN = /(?<![a-z])(?:seized|seize|police|charged|arrested|illegal|warns?|warning|crackdown|beware|avoid|stop|never|don't buy|do not buy)(?![a-z])/;
const FAKE_OFFER_EN_CUES = ['fake', 'counterfeit', 'knockoff', 'knock-off', 'knock off', 'bootleg', 'replica', 'copies', 'reps'];

/**
 * English paid reviews (data_falsification): a review traded for money, a refund or a free product,
 * and bought followers, likes and views. FTC Trade Regulation Rule on consumer reviews (16 CFR 465.2
 * and 465.4: buying reviews, reviews conditioned on their sentiment; 465.8: buying fake indicators
 * of social-media influence) and the UK DMCC Act 2024 Sch. 20 (fake reviews, incentivised reviews).
 */
const REVIEW_EN = '(?:5 ?star|five ?star|positive|good|honest|great) (?:reviews?|ratings?|feedback)';
const REWARD_EN = '(?:full refund|refund|reimburse(?:ment|d)?|gift ?cards?|cash ?back|paypal|free product|free item|for free|get it free|paid|payment|commission|rebate)';
// normalisation joins a digit to the word before it ("leave a5star review")
const REVIEW_REWARD_EN = new RegExp(`(?:${REVIEW_EN}[^.!?]{0,30}?(?<![a-z])${REWARD_EN}|${REWARD_EN}[^.!?]{0,24}?(?:for|after|in exchange for|when|if|once)[^.!?]{0,16}?${REVIEW_EN})(?![a-z])`, 'g');
const REVIEW_EN_CUES = ['review', 'rating', 'feedback'];
const BOUGHT_METRICS_EN = /(?<![a-z])(?:buy|buying|purchase|order|get|sell|selling|cheap|instant|real|active) ?(?:\d[\d,.]*k? ?)?(?:(?:real|active|instant|cheap|organic|targeted|high quality|hq|instagram|ig|tiktok|youtube|twitter|facebook|twitch|spotify|amazon|google) ){0,2}(?:followers|likes|views|viewers|subscribers|subs|upvotes|reviews|ratings)(?: (?:for|from|at|only|starting))? ?(?:\$|£|€)?\d/g;
const BOUGHT_METRICS_EN_CUES = ['follower', 'likes', 'views', 'viewers', 'subscribers', 'subs', 'upvotes', 'reviews', 'ratings'];

export const GOODS_FORMS: readonly FormSpec[] = [
  // cues: a Latin letter before 家 (a bare 家 would pass every "大家" through the prefilter)
  detector('brand_code', 'a brand by its initials (G家, LV家) with a fashion good', [...'abcdefghijklmnopqrstuvwxyz'].map((c) => `${c}家`), BRAND_CODE, 'counterfeit', 'warning', 'R-RISK-1'),
  detector('genuine_cheap', 'a genuine brand at a give-away price', CHEAP_CUES, GENUINE_CHEAP, 'counterfeit', 'warning', 'R-RISK-1'),
  detector('same_factory', 'a copy said to come from the brand\'s own factory', ['工厂', '厂家', '厂子', '同料', '原厂原料', '代工厂'], SAME_FACTORY, 'counterfeit', 'warning', 'R-RISK-1'),
  detector('student_loan', 'a loan or instalments offered to students (Minors Protection Law Art. 59)', ['贷', '借款', '借钱', '分期', '下款', '放款', '秒批', '额度'], STUDENT_LOAN, 'minor_unsuitable', 'warning', 'R-MINOR-9'),
  detector('spirits', 'a spirit named by its strength (alcohol: Minors Protection Law Art. 59)', SPIRIT_WORDS, SPIRITS, 'minor_unsuitable', 'warning', 'R-MINOR-9'),
  detector('prohibited_offer', 'a selling word before a good that may not be sold online', PROHIBITED_CUES, PROHIBITED_OFFER, 'prohibited_goods', 'critical', 'R-RISK-1'),
  detector('card_trade', 'bank or phone cards bought, sold or rented (Anti-Telecom-Fraud Law Art. 31)', CARD_WORDS, CARD_TRADE, 'prohibited_goods', 'critical', 'R-RISK-1'),
  { ...detector('prohibited_offer_en', 'an offer of a good that may not be sold online (FDA online-pharmacy letters, PACT Act, CITES)', PROHIBITED_EN_CUES, PROHIBITED_OFFER_EN, 'prohibited_goods', 'critical', 'R-RISK-1'), drop: NOT_AN_OFFER_EN },
  { ...detector('fake_offer_en', 'fake or counterfeit goods offered, or copies "nobody can tell" from the real thing (Lanham Act; 18 U.S.C. 2320)', FAKE_OFFER_EN_CUES, FAKE_OFFER_EN, 'counterfeit', 'warning', 'R-RISK-1'), drop: NOT_A_FAKE_OFFER_EN },
  detector('review_reward_en', 'a review traded for a refund, money or a free product (FTC 16 CFR 465)', REVIEW_EN_CUES, REVIEW_REWARD_EN, 'data_falsification', 'notice', 'R-DATA-20'),
  detector('bought_metrics_en', 'followers, likes, views or reviews sold by number and price (FTC 16 CFR 465.8)', BOUGHT_METRICS_EN_CUES, BOUGHT_METRICS_EN, 'data_falsification', 'notice', 'R-DATA-20'),
];
