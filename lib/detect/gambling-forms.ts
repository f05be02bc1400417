/**
 * Gambling-site ads by STRUCTURE (issue 15, stop 32; MEASURES Art. 18 red line 7, R-RISK-1; 刑法 Art. 303
 * 开设赌场): a word that names a gambling venue or game, and within a clause or two the ad's call to
 * act: sign up, top up, withdraw, follow a link or a contact. Either alone is ordinary talk ("昨晚梦见
 * 去了澳门赌场", "充值了月卡", "加我微信"); together they are the funnel the sources below describe,
 * so a gambling ad that carries a contact is gambling_fraud as well as off_platform (the contact
 * detectors keep their own finding). Handed over as data (form-spec.ts), so warnings and negations
 * soften them (context.ts). No line of a corpus source was read to pick a word; each names its source
 * (pages corpus of the search tool):
 *
 *   JINLING  盐城亭湖 police on sports streams that fed gambling sites, as reprinted at
 *            jinlingliren.com/qy/968.html ("公安揭露跨境赌博'直播带赌'套路"): viewers are asked to add a
 *            contact, an agent sends the platform's download link, then 注册会员并充值; platforms 亚博体育,
 *            澳门金沙, 华体会, 欧宝; "红单推荐", "稳定盈利", "包赔" as the slogans
 *   CNHAN    cnhan.com/life/202506/30101503_435.html (gambling-site sign-up traps): "注册送彩金",
 *            "首存优惠", "注册即送888元", "首存1000送1000", links sent by 微信/QQ
 *   NANTONG  南通日报 2023-07-20 (already gambling-sites.ts's): 充值返现、多充多送, 棋牌 and 捕鱼 games as fronts
 *   NEWSWEEK 中国新闻周刊 2022-12 (mirror fymry.com/news/717.html): "指定投注站，独赢、滚球、波胆 玩法齐全"
 *            with a web address; 开云体育; 福利专员 online
 *   NANDU    南方都市报 2022-12-08 (news.southcn.com/node_17a07e5926/75798543dd.shtml): ads on social
 *            platforms leave the betting site's address, "边看边买", 赌球群, agents who 充值发福利
 *   HEBEI    河北新闻 on gambling SMS (wzxdauto.com/Policy_read.asp?ID=678): 百家乐, 轮盘, 牛牛, 六合彩
 *            and a betting link; a 荷官 on video, "注册账号并充钱"
 *   FOCUS    焦点访谈 2018-07-13 (cctv1zhibo.com/jiaodianfangtan/19053.html): "世界杯-高赔率", "代理模式"
 *   PAGES    pukebodog.com/archiver/20015.html (新浪彩通 2021, already gambling-sites.ts's NEWSWEEK): 欧宝娱乐 as a betting site
 * Venue words left out as everyday words: 娱乐, 体育, 澳门, 彩票 alone (a lottery ticket bought at a
 * kiosk), 扑克, 麻将 (played at home), 斗地主.
 */
import type { FormSpec } from './form-spec';

// the venue, the game or the bet, each from a source above or gambling-sites.ts's (BANYUE 荷官 and 百家乐, STOP31 娱乐场
// and 老虎机, NETEASE 娱乐平台, WXCASINO pc蛋蛋, LOTTO-WARN and LEX-AD the lotteries); 炸金花: 宝坻 police 2020-04-14
// (tj.sina.com.cn/news/2020-04-14/detail-iircuyvh7635396.shtml, a "炸金花" WeChat group run as a casino); 德州扑克:
// 长沙 police 2014-10-30 (hn.rednet.cn/c/2014/10/30/4182473.htm); 娱乐城: 青岛市南 police 2012 on a 娱乐城 that took cash
// and 上分 on its machines (3l9m6z.cn/content/2012-01/13/content_9083456.htm)
export const GAMBLING_VENUES = [
  '娱乐城', '娱乐场', '娱乐平台', '荷官', '棋牌', '博彩', '赌场', '赌球', '网赌', '赌博', '百家乐', '老虎机', '炸金花', '德州扑克',
  '时时彩', '六合彩', '北京赛车', 'pc蛋蛋', '返水', '赔率', '投注', '下注', '外围赌', '外围盘', '滚球', '波胆',
  '亚博体育', '华体会', '欧宝体育', '欧宝娱乐', '开云体育', '金沙',
  // stop 33: the casino-site sections konsheng's 零时-Tencent.txt (MIT) and train ads name (真人视讯: 9 train/dev gambling
  // lines, no other), 私彩 (CTL below: "网络私彩") and 黑彩 (gambling-sites.ts LOTTO-WARN)
  '真人视讯', '电子游艺', '私彩', '黑彩',
] as const;
// left out as other things too: 开云 (Kering), 欧宝 (Opel), 轮盘 (a shop's prize wheel), 捕鱼 and 菠菜 (a seafood or
// vegetable stall's own words), 彩金 (coloured-gold jewellery), 快三 ("快三天了"); 棋牌室 is a licensed parlour
// CNHAN, JINLING, NANDU, HEBEI: what the ad asks the reader to do (sign up, top up, cash out, follow a
// link or a contact). The text is normalised: dots are gone, so a web address shows as "网址"/"官网" or
// a letters-and-digits run before "com"/"vip"/"cc"
const CALL_TO_ACT = '注册|开户|充值|首充|首存|存款|提款|出款|提现|上分|下分|秒到|秒结|网址|官网|入口|下载|邀请码|招代理|代理加盟|进群|加群|拉你进|微信|qq|telegram|电报|加我|私聊|私信|联系|客服|扫码|(?<![a-z])(?:com|vip|cc|net)(?![a-z])|\\d{6,}(?<!000)';
const VENUE = `(?:${GAMBLING_VENUES.join('|').replace('棋牌', '棋牌(?!室)')})`;
const GAMBLING_AD = new RegExp(`${VENUE}.{0,24}?(?:${CALL_TO_ACT})|(?:${CALL_TO_ACT}).{0,24}?${VENUE}`, 'g');

// CNHAN: a deposit matched or a sign-up bonus paid in cash: "首存1000送1000", "注册就送88", "存100送50";
// a first deposit (首存) and cash bonus words (彩金, 礼金) belong to betting, not to a shop's member card
const DEPOSIT_BONUS = /(?:首存|存款|存)\d{2,6}(?:元|块)?(?:送|返|赠)\d{1,6}|(?:注册|首存|首充)(?:就|即|立|即可|立即)?(?:送|返|赠|领)\d{2,4}(?!\d|元?(?:券|优惠)|[个件期天日次张份瓶盒包单斤袋积])|(?:注册|首存|首充|充值)(?:就|即|立|即可|立即)?(?:送|返|赠|领)(?:彩金|礼金)/g;

// STOP33 (pages corpus of the search tool): a gambling game, or the lottery sold online, named with the place or the
// person that takes the bet: its platform, site or app, its group or agent, a "teacher" or "plan" that tells you what
// to bet, its inside tips, or winning back what was lost ("菠菜平台", "时时彩计划群", "彩票金牌导师", "网赌回血").
//   CTL      中国体育彩票 via 常州日报 2025-03-13 (epaper.cz001.com.cn/czrbpaper/pc/con/202503/13/content_142451.html):
//            "我国全面禁止互联网销售彩票 … 任何网络售彩均属于违法行为", a "彩票金牌导师" who recommends a lottery app,
//            "包中奖" talk: so a lottery app, platform, site, teacher or plan is an illegal one
//   GZPOLICE 广州 police notice reprinted at www-822834.com/sybk/zh/2019/11/2019-11-16446404.html: strangers "以导师身份
//            自居", pull people "加入群聊或下载软件", hand out 彩金
//   OUFHK    ouf.hk/articles/01967f3a-e2b5-e2c2-5034-97f7196635ef: "解盘" scams that promise to make you win
//   BOCAI    game.nctoro.com/tag_bocaishishayouxi: 菠菜 is the homophone of 博彩 used to slip past moderation
//   LEX-TX   konsheng/Sensitive-lexicon Vocabulary/零时-Tencent.txt @ 5a8da94 (MIT): 赌博技巧, 投注平台, 彩票软件, 赌球代理,
//            博彩网, 赌球网站
// The game words name gambling only (赛车, 飞艇, 体育, 电竞 alone are sports; 捕鱼 is fishing: only its platform or app);
// 上岸 and 回血 alone are an exam passed and a game's health bar, so only right after a gambling word. At most two
// characters between ("彩票金牌导师"). Train/dev: 菠菜 is on 28 gambling lines and one COLD comment on 赌狗, none of
// the compounds on a line of another label (train/dev hardly hold this register: the compounds are on 6 lines).
export const GAMBLING_GAMES = ['菠菜', '博彩', '赌博', '网赌', '赌球', '彩票', '购彩', '私彩', '时时彩', '六合彩', '百家乐', '棋牌', '北京赛车', '快三', '快3', 'pk10', '老虎机', '真人视讯', '电子游艺', '捕鱼'] as const;
const GAME_SITE = new RegExp(`(?:${GAMBLING_GAMES.filter((g) => g !== '捕鱼').join('|').replace('棋牌', '棋牌(?!室)')}).{0,2}?(?:平台|网站|网址|官网|app|软件|导师|老师|计划|带单|技巧|漏洞|内幕|代理|开户|群|回血|上岸)|捕鱼(?:平台|网站|app|软件|上分|下分)`, 'g');

// STOP33: a part-time job paid per task or per day, the brushing and task scams police notices quote ("兼职刷单 …
// 日赚百元、月入过万": 广州/深圳 police notices reprinted at gz-hsi.com/shownews_nn1942.html; "正规网络兼职100—150元/天,
// 不收任何费用" at ppfocus.com/0/ede3f697c.html; "正规平台,诚邀刷单,按条结算" at aiicanw.cn/qz/zcgs/90159.html).
// 兼职 and the pay within a clause or two; a story of a past job ("兼职赚了点钱") is not an offer.
// Train/dev: 14 lines, all gambling_fraud (task scams), and that one COLD story, which 赚了 leaves out.
const PAID_TASK = /兼职(?!赚了|挣了|的时候).{0,12}?(?:日结|周结|佣金|返佣|结算|一单|每单|单价|日赚|日入|月入|收入|工资|\d+元|\d+块)|(?:日结|佣金|返佣|一单一结|每单|日赚|日入|月入)\d*.{0,8}?兼职/g;

// STOP33: earning held out as the bait, then a contact, or someone who will "take you" to the money: the first step of the
// task, investment and gambling scams police describe (广州 police, GZPOLICE above: "以创业、暴富为诱饵，吸引其加入群聊或
// 下载软件"; gz-hsi.com/shownews_nn1942.html: "有钱大家一起赚" brushing ads; fraud.ts already holds 带你赚钱). Not the
// ride app (滴滴打车); 回血 (a game's health bar too) only after 带你/助你/包你, not a healer's "帮你回血". Train/dev: 8 lines, 2 labelled gambling_fraud and
// 6 job ads ("想挣钱联系我", "包你赚钱") their source labels off_platform or prohibited_goods only
const EARNING_LURE = /(?:带你|带您|教你|帮你|助你|包你)(?:一起)?(?:赚钱|挣钱|搞钱|赚米|致富|发财|日赚|月入|躺赚)|(?:带你|带您|助你|包你)(?:回血|回本|翻身)|(?:想赚钱|要赚钱|想挣钱|想搞钱|赚钱的|挣钱的|搞钱的)(?:朋友|兄弟|姐妹|宝妈|老铁)?们?(?:可以|请|就|速|直接)?(?:加我|私我|私聊|私信|联系|找我|滴滴(?!打车|司机|出行)|微信|qq|dd)/g;

const form = (id: string, why: string, cues: readonly string[], re: RegExp): FormSpec =>
  ({ id, why, cues, re, category: 'gambling_fraud', severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'advice_gambling_fraud' });

export const GAMBLING_FORMS: readonly FormSpec[] = [
  form('gambling_ad', 'a gambling venue or game with a call to sign up, top up, cash out or make contact', GAMBLING_VENUES, GAMBLING_AD),
  form('deposit_bonus', 'a deposit matched or a sign-up paid in cash (gambling-site bonus)', ['首存', '存', '注册', '首充', '充值'], DEPOSIT_BONUS),
  form('gambling_site', 'a gambling game or the lottery sold online, named with its platform, app, group, agent, teacher, plan or tips', GAMBLING_GAMES, GAME_SITE),
  form('paid_task', 'a part-time job paid per task or per day (brushing and task scams)', ['兼职'], PAID_TASK),
  form('earning_lure', 'earning held out as bait with a contact, or an offer to take you to the money', ['带你', '带您', '教你', '帮你', '助你', '包你', '赚钱的', '挣钱的', '搞钱的', '想赚钱', '要赚钱', '想挣钱', '想搞钱'], EARNING_LURE),
];
