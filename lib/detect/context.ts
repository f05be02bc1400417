/**
 * Context that turns a lure word benign (issue 15, R-OFF-8): warnings and negations quote the lure
 * they warn against ("谨防私下交易", "别加陌生人微信", "never send crypto to…"), platform notices
 * are quoted as they are ("【系统提示】…禁止私下交易"), and a viewer's question is not a claim
 * ("这个能降血糖吗"). Pure functions over the normalised text (normalize.ts).
 *
 * Harassment is never softened by context (a warning can still insult), nor are numbers and links
 * (a concrete contact is a lure whatever surrounds it).
 */
import type { Category } from '../taxonomy';

/** a line that warns about scams or quotes a platform notice */
// Bare 提醒/提示/通知/风险 are left out: sellers open their own lures with them ("温馨提示：…", "特别通知 …
// 过期恢复原价", "提醒您关注新品牌，电话…"); a notice is named as one (系统提示, 警方提醒, 风险提示 …).
// Rule pages describe the violation in their own register ("引导用户私下交易"); consumer advice in
// English names its reader's risk ("you may be asked to pay by…", "only with people you know", "you
// can't get your money back"): a seller luring a buyer says none of these. News and case reports
// narrate in words a host does not use in a pitch (误导消费者, 虚假宣传, 不正当竞争, 涉嫌, 记者, 律师,
// "claiming that …": issue 15 fifth pass, from the train split's case reports); seizures (查获, 缴获,
// 破获: customs and police news about smuggled or banned goods, seventh pass); 非法 ("任何形式的赌博都是非法的",
// "远离非法博彩": stop 31, the train split's gambling warnings; a seller says 合法, 正规). A seller's own trust
// formula is no warning: "骗子勿扰", "骗子，狗推请勿进群", "不是骗子" close lures (train split Telegram ads:
// "全网最高价收…骗子勿扰"), so 骗子 followed by a keep-away word, or denied, does not count; nor do the
// seller's reassurances "买不了上当", "不封号"/"防封号", "无违规", "不违法". Court and market-regulator
// decisions name the parties and the finding (当事人, 经查, 被告人, 判处, 检察院/公诉机关: SAMR 行政处罚决定书 and
// judgments' register, stop 33) or the terms a rule forbids (绝对化用语, 极限词, 违禁词, 违反广告法: "直播不能说'第一'等
// 极限词" names the word it warns about), and their English counterparts narrate in the same way: seizures, arrests,
// charges and sentences (news and DoJ releases), and the rulings of the UK ASA / FTC / FDA ("the ASA challenged
// whether", "substantiation", "misleading", "breached the Code", "warning letter"): no seller says these of his goods.

const WARNING_LINE = /谨防|警惕|提防|防骗|反诈|防范|诈骗|骗局|(?<!不是|非)骗子(?![，,、\s]{0,2}(?:勿[扰进来]|免谈|请?绕|滚|别来|止步|狗推|火葬场|走开|死开|爬|自觉))|(?<!不)是骗|被骗|(?<!买不了|不会|绝不)上当|警方|公安|民警|网警|(?:系统|官方|平台|安全|风险|警方|郑重|特别|友情|防骗|反诈)(?:提醒|提示)|平台公告|官方公告|系统通知|举报|(?<![无没不]|没有)违规|(?<!不)违法|处罚|(?<![不防]|不会|防止|减少)封号(?!包赔|必赔|赔)|欺诈|误导消费者|欺骗消费者|虚假宣传|声称|宣称|谎称|(?:主播|商家|卖家|店家)(?:一直|反复|总是|还)?(?:在)?强调|不正当竞争|明令禁止|涉嫌|查获|缴获|破获|(?<!不是|并非)非法|律师|记者|监管部门|市场监管|消协|消委会|虚构|编造|夸大功效|当事人|经查|被告人|判处|检察院|公诉机关|绝对化用语|极限词|违禁词|违反广告法|(?:引导|诱导)[^，。！？]{0,6}(?:私下|线下|站外|场外|绕开|脱离)|(?<![a-z])(?:beware|scams?|scammers?|fraud|phishing|watch out|be careful|be cautious|never (?:send|share|pay|click|give)|report (?:them|it)|red flags?|(?:may|might|will|could) be asked to|people you know|(?:get|getting) (?:your|the) money back|protect yourself|claiming (?:that|to)|claims? to (?:treat|cure|prevent)|talk (?:with|to) your doctor|do not respond|shameful|misleading|substantiat[a-z]*|breach(?:ed|es)?|in breach|challenged whether|the complainants?|the advertisers?|the ad (?:stated|claimed|said|featured|included|showed)|warning letters?|the (?:asa|asai|ftc|fda|cma)|seized|seizures? of|arrested|indicted|pleaded guilty|sentenced|prosecutors?|convicted|charged with|investigators)(?![a-z])/;

/**
 * a negation or prohibition right before a hit, in the same clause. An A-not-A question asks, it does not forbid:
 * "要不要加我微信", "能不能私聊", "可不可以加你" (stop 33: train/dev lines labelled off_platform that 不要 softened)
 */
const NEGATION = /(?:(?<!要)不要|(?<!用)不用|不必|(?<!能)不能|(?<!可)不可|(?<!会)不会|不得|不輕易|不轻易|不准|不许|不許|别|別|勿|切勿|禁止|严禁|嚴禁|拒绝|拒絕|千万别|千萬別|千万不要|千萬不要|从不|從不|没有|沒有|never|don'?t|do not|no need to|not)\s?[^，。！？、,.!?;；:：]{0,6}$/i;

// a yes/no question may end in 不/没/没有 ("能治失眠不", "有效果没"), or 呢; English questions open with
// an auxiliary ("does it cure…", "can this lower…"); "真的假的" doubts a claim
/**
 * disbelief reaches further than a negation: "不要相信一分钟后恢复原价" tells viewers not to believe the
 * whole claim that follows, in the same clause (issue 15, sixth pass)
 */
const DISBELIEF = /(?:不要相信|别相信|不要信|别信|勿信|不要轻信|不轻信|不要?轻易相信|切勿相信|切勿轻信|千万别信|千万不要信|不能信|不可信|don'?t (?:believe|trust|fall for)|never (?:believe|trust))[^，。！？、,.!?;；:：]{0,18}$/i;

const QUESTION = /(?:[吗嘛么呢?？]|(?<![一决])不|[有用]没有?)\s*$|^(?:是不是|有没有|真的|能不能|可不可以|请问|问一下|问下|(?:does|do|can|will|is|are|would|could|should)\s)|真的假的|靠谱吗|管用吗|有用吗/i;

/**
 * categories a viewer's question can make benign: a question about a cure, a price or a copy
 * ("这个能降血糖吗", "只有今天这个价吗", "是原单吗") makes no claim (issue 15, sixth pass). Not
 * off_platform or prohibited goods: "有电子烟吗", "加你微信吗" ask for the lure.
 */
export function questionMaySoften(c: Category): boolean {
  return c === 'false_claim' || c === 'price_fraud' || c === 'counterfeit';
}

/**
 * A told story: a fairy tale, legend or plot where someone drinks a potion and is cured ("从前有个老人，
 * 喝了仙水百病全消") makes no claim about goods (the stop 32 leftover: story text set off false_claim).
 * Only the openings and frames of fiction count, not a bare 故事 (a seller's "我给大家讲个故事" still
 * sells), nor 剧中/电视剧里 ("剧中同款"), 相传 ("祖上相传的秘方") or 传说中 ("传说中的神药"): sellers' words.
 */
const STORY = /从前|很久以前|古时候|传说(?!中)|童话|神话|小说里|小说中|动画里|动漫里|梦里|梦见|梦到/;
export function isStory(normalized: string): boolean {
  return STORY.test(normalized);
}

/** categories a told story can make benign: only claims (a story may still name a contact or a price) */
export function storyMaySoften(c: Category): boolean {
  return c === 'false_claim';
}

/**
 * An insult the writer aims at themself ("我是傻逼", "我真是个生活白痴", "我就是个废物") mocks no one else: the
 * train split's Telegram chat has 4 such benign lines and COLDataset train/dev no offensive one (stop 33). Not in English:
 * "I'm", "being" before a slur lost 5 offensive Davidson dev lines ("keep thinking I'm pussy") to spare 2. Read on the
 * ORIGINAL text just before the hit, so "说我是傻逼的人才是傻逼" still insults with its second word.
 */
const SELF_AIMED = /我(?:自己)?(?:就|也|真|真的|简直|果然|本来就|才)?(?:是|像)(?:个|一个)?(?:生活|超级|纯)?\s?$/;
export function isSelfAimedAt(original: string, from: number, to: number): boolean {
  // "我真的是恶心到了" names a feeling about someone else (COLDataset dev, offensive), not the writer
  if (!original.startsWith('恶心', from) && SELF_AIMED.test(original.slice(Math.max(0, from - 10), from))) return true;
  return SELF_INTRO.test(original.slice(to, to + 3));
}
/**
 * "X一枚" introduces the writer ("农村教师一枚", "吃货一枚"): train/dev, 9 of the 10 lines with 一枚 describe the writer
 * (8 COLDataset hard negatives), so "舔狗一枚？" (dev danmaku) labels the writer, not another person
 */
const SELF_INTRO = /^\s?一枚/;

/** categories that warnings and negations can make benign */
export function contextMaySoften(c: Category): boolean {
  return c !== 'harassment';
}

/**
 * three quoted words in a row name words, they do not use them: a report listing "“撤柜”“剪标”“尾单”"
 * (read on the ORIGINAL text: normalisation drops the quotes). Two are not enough: an SMS quotes its
 * own brand and plan ("中国移动""和家庭").
 */
const QUOTE = '[“"「『][^”"」』]{1,8}[”"」』][、，,\\s]?';
const QUOTED_WORDS = new RegExp(`${QUOTE}${QUOTE}[“"「『][^”"」』]{1,8}[”"」』]`);

export function isWarningLine(normalized: string, original = ''): boolean {
  return WARNING_LINE.test(normalized) || QUOTED_WORDS.test(original);
}

/**
 * Whether the ORIGINAL text just before offset `from` negates what starts there (the original,
 * because normalisation drops the punctuation that ends a clause: "别信平台的，加我vx" negates
 * nothing that follows the comma).
 */
export function isNegatedAt(original: string, from: number): boolean {
  return NEGATION.test(original.slice(Math.max(0, from - 10), from)) || DISBELIEF.test(original.slice(Math.max(0, from - 24), from));
}

export function isQuestion(original: string): boolean {
  return QUESTION.test(original.trim());
}

/**
 * An offer: selling, buying, a price, credit paid out, a way to order or to get in touch. Naming a prohibited good
 * or a product unsuitable for minors is a lure only when it is offered; a viewer who discusses
 * guns, cannabis, plastic surgery or lotteries in a comment offers nothing (dev split: COLDataset
 * comments raised these categories a dozen times, none an offer). Used for chat lines only: a
 * product title, card or the host's own speech offers what it names. 卖 in 拐卖/贩卖 (trafficking), 出卖/卖国/
 * 卖友 (betrayal), 卖萌/卖惨/卖弄/卖乖/卖关子 (putting on an act) sells nothing (stop 32). A sex service offers itself
 * by the night, at the door or in a club (包夜, 上门, 会所, "200一次"), an ad by its slot (广告位招租): the train split's
 * Telegram ads list 约炮 among what they sell that way, 25 lines that read as discussion without these (stop 33).
 */
const OFFER = /(?<![拐贩出])卖(?![国友萌惨弄乖关])|售|包夜|包天|包月|上门|空降|会所|招租|广告位|[0-9]{2,}1次|经营|代开|代办|到账|放款|下款|额度|秒批|办理|来电|致电|热线|电话|出货|出手|收购|回收|代购|批发|货源|有货|现货|到货|包邮|下单|拍下|链接|价格|价钱|多少钱|特价|优惠|[0-9]元|[0-9]块|[¥￥$]|私聊|私信|联系|微信|qq|telegram|whatsapp|加我|渠道|订购|预订|供应|专卖|(?<![a-z])(?:sell|selling|for sale|buy|order|price|ship|shipping|dm|contact|delivery|in stock)(?![a-z])/;

export function isOffer(normalized: string): boolean {
  return OFFER.test(normalized);
}

/**
 * A comment that discusses rather than advertises: a Chinese sentence of some length (Han characters;
 * the dev evidence is Chinese) with no offer in it.
 * Short lines are left alone: in a live room a bare list of goods ("弹簧刀 甩棍", "笑气 气球") is an
 * advertisement, not a remark about them.
 */
export const DISCUSSION_MIN_HAN = 16;
const HAN = /\p{Script=Han}/gu;
export function isDiscussion(normalized: string): boolean {
  return (normalized.match(HAN)?.length ?? 0) >= DISCUSSION_MIN_HAN && !isOffer(normalized);
}

/** categories whose vocabulary names a good: in a chat comment that discusses them they are not raised (isDiscussion) */
export function needsOffer(c: Category): boolean {
  return c === 'prohibited_goods' || c === 'minor_unsuitable';
}
