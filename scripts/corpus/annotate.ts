/**
 * Annotation guide for sources that say only "spam" (issue 15): which taxonomy categories a spam
 * message falls under. Used ONLY for train/dev sources (the Chinese SMS spam corpus, the UCI SMS
 * spam collection); test sources carry labels from their publisher or from a reader, never from
 * these cues, so the evaluation does not grade the rules against their own cue words.
 *
 * Written as an annotator's checklist (what a reader looks for), not as a detector: it runs on the
 * whole message, knows the corpus conventions (digits masked as "x" in the Chinese corpus), and is
 * allowed to be slow. Every category is decided independently (a message may have several).
 * A spam message that matches none is "spam without a taxonomy risk" (an ordinary shop or estate
 * ad): kept in the corpus with labels [] and `untaxed: true`, left out of training and benign rates.
 */
import type { Category } from '../../lib/taxonomy';

const ZH: [Category, RegExp][] = [
  // a way to reach the sender outside any platform: handle, number (masked digits), link, QR code
  ['off_platform', /微信|威信|薇信|维信|v信|vx|wx|加v|qq|扣扣|企鹅号|微店|加我|加好友|电话|手机号|热线|来电|致电|拨打|联系|咨询|[x\d]{7,}|https?:|www\.|\.com|\.cn\b|二维码|扫码|公众号|私聊|私信|私我|滴滴|加群|进群|群号|看我名|看名|看我茗|企鹅|乞鹅|企\*|薇|嶶|喂心|v心|佳喂|加喂|伽韦|\+v|➕v|(?<![a-z])[a-z]{2,4} ?\d{3,}|@[a-z0-9_]{4,}|t\.me|(?:\d[\s-]?){7,}|看[^，。]{0,3}(?:名字|昵称|网名|明字|茗)|加口|口口|扣扣|企-?鹅|电报|飞机号|名字[^，。]{0,3}(?:\+|➕|喂|围|家|看|麦|拼)|(?:\+|➕)[^，。]{0,2}(?:喂|围|威|伟|沜)|伟-?心|(?<![a-z])q\s*\d{4,}|(?:点|看)[^，。]{0,2}(?:简介|主页|个性签名)|主页有|(?<![a-z])d我|(?:买|要|需要)的私$|网名/i],
  // absolute terms and health/efficacy claims (Advertising Law Art. 9(3), 17, 28)
  ['false_claim', /最低(?!可|[x\d一二两三四五六七八九十])|顶尖|十大|最好|最佳|最优|最强|最大|最高|最全|最具|全网最|史上最|全国第一|第一品牌|唯一|顶级|国家级|极品|万能|100%|百分百|根治|治愈|治疗|疗效|特效|祛斑|减肥|瘦身|降血|抗癌|防癌|壮阳|增高|包治|绝对(?!诚信|信誉|真实|可靠|靠谱|安全|放心)/i],
  // reference prices and urgency (price-marking rules 2022 Art. 16-20)
  ['price_fraud', /原价|市场价|专柜价|吊牌价|门市价|出厂价|厂价|秒杀|限时|限量|仅限|倒计时|售完即止|送完为止|先到先得|数量有限|名额有限|限当天|不容错过|手慢无|最后[x\d一二两三四五六七八九十]+天|错过|截止|抢购|清仓|甩卖/],
  // goods that may not be sold or promoted online
  // (stop 31) buying, renting or selling bank cards, payment and phone cards and platform accounts:
  // 反电信网络诈骗法 Art. 31 (任何单位和个人不得非法买卖、出租、出借电话卡、物联网卡、电信线路、短信端口、银行账户、
  // 支付账户、互联网账号) — the Telegram spam's 收一类卡/盾卡/公户/四件套 ads and their 卡商/卡主 dealers
  ['prohibited_goods', /发票|代开|办证|假证|刻章|文凭|枪|弩|迷药|迷幻|听话水|春药|香烟|烟草|电子烟|处方药|窃听|针孔|象牙|犀牛角|穿山甲|烟花|爆竹|黑卡|免实名|不用实名|(?:收|买断|回收|出售|出租|租借?|借|高价|直收)[^，。,.!！]{0,8}(?:银行卡|信用卡|[一二三]类[卡咔]|盾[卡咔]|公户|对公账?户|[三四]件套|手机卡|电话卡|日租卡|手银|u盾|实名号|微信号|企业微信|qq号|支付宝号?|抖音号|快手号)|[卡咔][商主]|收[^，。]{0,3}(?:[咔佧]|银行卡|小额卡)|来卡|小额[卡咔佧]|是[卡咔佧]就要|(?<![a-z])出[\s:：～~.]{0,2}(?:微\.?信|vx|扣\.?扣|qq|zfb)[^，。]{0,16}(?:[卡咔]|号|呺)|手咔|实名手机卡|实卡|接码/i],
  // gambling, lottery, prize and advance-fee traps, job and investment scams.
  // (stop 29) gambling-site ad words named by public warnings: 充多少送多少/首单包赔 (Legal Daily on
  // World Cup betting ads, blog.bobobk.com/html/2022/11-29/9904720.html), 预测比分/带你赢球 (Huangyan
  // police, 2024 Euro warning), 私彩/网络六合彩/赌比分 (Henan sports-lottery centre,
  // hpyiliao.cn/2016/0704/362926.shtml), 捕鱼 games as a gambling front (7hyedc.com/?id=7334); and the
  // sign-up bonus words of the same ads: 首充/首存/注册 就送 (a gift for the first deposit), 领/送
  // 彩金 (bonus credit; bare 首充 is a game top-up and bare 彩金 a coloured-gold jewel), 买球
  // (stop 30) fund-laundering ads of the same spam (洗米, 跑分, 车队接料, 一道二道资金, 卡接回U: moving
  // gambling and fraud takings) and sports-betting material (球赛, 体育料, 坐庄)
  ['gambling_fraud', /博彩|博采|菠菜|投注|盘口|六肖|特码|平特|买码|开奖|码报|挂牌|彩票|时时彩|六合彩|赌|百家乐|娱乐城|真人娱乐|真人视讯|棋牌|返水|中奖|获奖|领奖|抽奖|兼职|刷单|日赚|日结|稳赚|保本|高回报|高收益|回本|年赚|月入|荐股|涨停|内幕|充多少送多少|首单包赔|预测比分|带你赢|私彩|(?:首充|首存|注册)就?送|(?:领取?|送|赠)彩金|彩金(?:免费)?(?:领取|赠送)|买球|捕鱼|洗米|资洗白|资金洗白|洗资|洗钱|跑分|接料|料主|料方|[一二12]道资金|一道二道|[卡咔]接回u|回u|坐庄|球赛|体育料|(?:出|收|买|盗|黑|假)u(?![a-z盾])|u商|(?:u|币)[^，。]{0,4}承兑|承兑[^，。]{0,2}u(?![a-z])|盗币|换米|搞米|(?:每天|每日|日|天|月)[^，。]{0,4}[0-9][0-9o]{2,}米|车队[^，。]{0,8}(?:收|接|卡|[佧咔]|码|料|u(?![a-z]))|(?:收|招)[^，。]{0,4}车队|黑白料|找料|世界杯[^，。]{0,8}(?:代理|项目|招商|位置)/i],
  // buying fans, likes, sales or reviews
  ['data_falsification', /刷粉|刷赞|刷销量|刷信誉|刷钻|好评返现|刷好评|买粉|涨粉|僵尸粉|刷流量/],
  // unsuitable for minors: alcohol, adult goods, cosmetic medicine, and loans or credit only when
  // aimed at students (requirements.md taxonomy: "loans and instalment credit aimed at students").
  // An ordinary loan or credit-card promotion is not minor_unsuitable (it was, until issue 15's
  // fifth pass relabelled it): it keeps its other categories or becomes untaxed spam.
  // (sixth pass, for live-room and group spam) adult content and sex-service ads: 黄色/色情 resources, 约p/约炮, 裸聊
  // (stop 30) the sex-content ads of the Telegram/live-room spam train file that matched no cue
  // (body words, 看逼/人妻/裸, 黄播/簧片/买片, 调教): 低俗 content the taxonomy files under minor_unsuitable
  ['minor_unsuitable', /白酒|红酒|啤酒|洋酒|酒水|茅台|五粮液|整形|整容|医美|玻尿酸|热玛吉|水光针|瘦脸针|微整|隆胸|双眼皮|成人用品|情趣|性用品|包夜|黄色|色情|黄资源|约p|约炮|裸聊|一夜情|上门服务|日批|看p|黄网|黄片|援交|私密群|原味|[看摸曰日老操嫩骚]逼|屄|奶头|奶子|吸奶|胸好大|波霸|大波|咪咪|人妻|熟女|少妇|嫩女|嫩妹|处女(?!座)|破处|裸(?![价钻妆眼])|祼|脱光|脱内裤|不穿衣服|自慰|撸(?!串|口子)|淫|骚(?!扰)|操翻|爆操|操逼|襙|肏|[曰日]妹|调教|黄播|小黄|簧片|黄篇|看片|买片|色站|色色|色qing|重口味|鸡巴|鸡吧|肌巴|小jj|口交|做爱|啪啪|诱惑|(?<![注辐放反照发喷投扫折散映溅秒])射(?![击手门程线箭频灯阳])|湿身|(?:脱|露|扯|看|摸)[^，。]{0,3}内裤|内裤[^，。]{0,2}(?:脱|露)|乳沟|露乳|露胸|胸口|胸大|屁股大|美腿|丝袜[^，。]{0,3}(?:扯|脱|美腿|诱惑)|扯[^，。]{0,3}丝袜|电臀|露臀|摸[^，。]{0,2}臀|臀部看|口活|高潮(?:了|到|喷|失禁)|容易高潮|[让被][^，。]{0,4}高潮|[干打]一?炮|鉴穴|[抠扣]逼|脱衣服|下面给我|涩站|涩涩|禁片|三级片|黃[^，。]{0,2}(?:网|站|片)|绿帽|绿奴|岛国|无码|[棵裸]播|卖片|麦片|[麦卖]p(?![a-z])|盘片|卖盘|看批|曰批|(?:学生|大学生|校园|在校|学子)[^。！!]{0,12}(?:贷|借款|分期|信用卡|放款|下款)|(?:贷|借款|分期|信用卡|放款|下款)[^。！!]{0,12}(?:学生|大学生|校园|在校|学子)/],
  ['counterfeit', /高仿|a货|复刻|原单|精仿|仿品|(?<![\d.]|[银元宝币钻万][^，。]{0,6})1[:：比]1(?![\d.万千wv点]|[^，。]{0,8}[银元宝币钻万])|莆田|尾单|超a/i],
  // (stop 30) the insults of the same spam file (马勒戈壁, 你妈, 想死, 贱人)
  ['harassment', /傻逼|傻b|去死|婊子|废物|杀了你|马勒戈壁|草泥马|操你|日你|[你他]妈|尼玛|想死|贱人|骚比|狗东西|拍死|弄死|nmsl|cnm/i],
];

const EN: [Category, RegExp][] = [
  // (sixth pass, for comment spam) an @handle or a #handle_ to write to, "DM/message me", chat apps
  ['off_platform', /\b(?:call|txt|text|reply|send|ring|phone|contact|visit|click)\b|www\.|https?:|\.com\b|\.net\b|\.co\.uk\b|\b0[789]\d{8,10}\b|\b\d{5}\b|\bfreephone\b|@[a-z0-9_.]{3,}|#[a-z0-9_.]*_|\b(?:dm|inbox|whatsapp|telegram|message me|get in touch|reach out)\b/i],
  // (sixth pass) guaranteed-return investment pitches and testimonials: "invested $500, received $5000"
  ['gambling_fraud', /\b(?:won|win|winner|prize|claim|awarded?|lottery|draw|jackpot|selected|bonus|reward)\b|£\d|\$\d|\b(?:invest(?:ed|ing|ment|ments)?|trading|trader|profits?|btc|bitcoin|crypto|forex|binary|earn(?:ed|ing|s)?|payouts?)\b/i],
  ['price_fraud', /half price|\d+% off|limited time|offer ends|last chance|hurry|expires/i],
  // loans, credit and debt only when aimed at students (see the Chinese list)
  ['minor_unsuitable', /\b(?:sexy|xxx|adult|dating|horny|naughty|flirt)\b|\bstudent\b[^.!]{0,30}\b(?:loans?|credit|debt)\b|\b(?:loans?|credit|debt)\b[^.!]{0,30}\bstudents?\b/i],
  ['false_claim', /100%|\bguaranteed\b|\bcures?\b/i],
  ['data_falsification', /\b(?:followers|likes|reviews)\b/i],
  ['prohibited_goods', /\b(?:viagra|cialis|pills|weed|cigarettes?)\b/i],
  ['counterfeit', /\b(?:replica|reps|fake)\b/i],
  ['harassment', /\b(?:idiot|kill you|bitch)\b/i],
];

/**
 * A line its publisher called "not an ad" that still moves a deal off the chat (R-OFF-6/7; stop 31, for
 * the game-chat set whose "not ad" side holds trades with 加qq/微信 numbers and "要的老板滴滴"): it names
 * an outside channel (a contact app with a number or handle, "加微信/加q/加群"), or it offers or asks
 * for a trade (出/收/卖/价/元/老板…) and asks to be contacted in private (滴滴/私聊/联系/加我…).
 * A private invitation without a trade ("结拜缺人，有的滴滴我") and a bare mention ("qq你不看?") are not.
 */
const OUTSIDE_CHANNEL = /(?:(?<![a-z])(?:qq|q|vx|wx|v)(?:\s*[:：号]\s*[a-z0-9_-]{5,}|\s*[0-9][0-9 -]{4,}|\s*(?:私聊|私我|联系|找我))|(?:扣扣|企鹅|微信?|威信|薇信?|[群裙]号?)\s*[:：号]?\s*(?:[0-9][0-9 -]{4,}|[a-z][a-z0-9_-]{4,}|私聊|私我|联系))|(?:加|\+|➕|找)\s*(?:我\s*)?(?:(?:qq|q|vx|wx|v)(?![a-z])|扣扣?|企鹅|微信?|威信|薇信?|[群裙])|加\s*[a-z][a-z0-9_-]{4,}|(?:加我?|进群?)\s*[0-9]{6,}|[0-9]{6,}\s*加我/i;
const TRADE = /出|收|卖|售|买|代练|代打|带|刷|价|元|块|毛|折|便宜|优惠|包车|老板|要的|需要的|有需要|银商|商人/;
const PRIVATE_INVITE = /滴滴|私聊|私信|私我|密我|联系|咨询|加我|加好友/;
export function movesDealOffChat(text: string): boolean {
  const t = text.normalize('NFKC');
  return OUTSIDE_CHANNEL.test(t) || (TRADE.test(t) && PRIVATE_INVITE.test(t));
}

/**
 * (stop 32) A line its publisher called "not spam" that is still sexual talk or a direct insult: the Telegram
 * group file labels only ads, so "可以颜射么", "大鸡巴插你嘴里要不要" and "日你妈" sat among its benign lines
 * and taught the scorer they are benign, while the taxonomy files 低俗 talk under minor_unsuitable (the same
 * loose mapping as ChineseHarm-bench 低俗色情) and insults under harassment. Narrower than the ad checklist:
 * explicit words only, and an insult must be aimed at someone (你/你妈/他妈的 as a curse at a person). Kept
 * out: 射 in football (远射, 射不进), 白酒/啤酒 talk, a group rule "禁止色情", a law discussion of 色情片,
 * swearing at oneself ("我他妈哭了", "我是傻逼").
 */
const SEXUAL_TALK = /颜射|口交|做爱|[大小]?鸡巴(?!玩意)|奶子|裸照|撸管|看屌|淫贱|骚白袜|老色批|无码/;
const INSULT = /[日操草]你[妈码]|[操草]他妈的|草泥马|你[^，。？?]{0,3}傻[逼b]|傻[逼b](?:玩意|东西|博主|商家|公司)|^傻[逼b]$|谁[^，。]{0,3}谁傻[逼b]|nmsl|cnm/i;
export function talkLabels(text: string): Category[] {
  const t = text.normalize('NFKC');
  return [...(SEXUAL_TALK.test(t) ? ['minor_unsuitable' as const] : []), ...(INSULT.test(t) ? ['harassment' as const] : [])];
}

export interface Annotation {
  labels: Category[];
  /** spam, but none of the taxonomy's risks (an ordinary ad) */
  untaxed: boolean;
}

export function annotateSpam(text: string, lang: 'zh' | 'en'): Annotation {
  const cues = lang === 'zh' ? ZH : EN;
  // full-width and styled letters and digits read as plain ones (ＴＡＤ７６５, 𝐓𝐌２９７１)
  const t = text.normalize('NFKC');
  const labels = cues.filter(([, re]) => re.test(t)).map(([c]) => c);
  return { labels, untaxed: labels.length === 0 };
}
