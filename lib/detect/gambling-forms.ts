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

const form = (id: string, why: string, cues: readonly string[], re: RegExp): FormSpec =>
  ({ id, why, cues, re, category: 'gambling_fraud', severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'advice_gambling_fraud' });

export const GAMBLING_FORMS: readonly FormSpec[] = [
  form('gambling_ad', 'a gambling venue or game with a call to sign up, top up, cash out or make contact', GAMBLING_VENUES, GAMBLING_AD),
  form('deposit_bonus', 'a deposit matched or a sign-up paid in cash (gambling-site bonus)', ['首存', '存', '注册', '首充', '充值'], DEPOSIT_BONUS),
];
