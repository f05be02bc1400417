/**
 * Lure and harassment structures (issue 15, h-lures) beside commerce-patterns.ts: forms a word list
 * cannot hold. They run on the normalised text (normalize.ts: punctuation and spaces dropped, Chinese
 * numerals in long runs made digits, traditional folded to simplified) and register in
 * STRUCTURED_DETECTORS (structured.ts), whose cue literals the prefilter reads.
 *
 *   pay_to_draw    paying, tipping or topping up to join a draw or win a prize ("交99元参加抽奖",
 *                  "刷个火箭就能抽奖", "打赏就有机会中iPhone"): MEASURES red line 7; police notices on
 *                  直播间 "中奖" that ask "先交钱，后兑奖" (web_train's police warning says so). Buying
 *                  the goods (下单, 付款) is left out: a draw among buyers is a sales promotion.
 *   fake_traffic   likes, followers, views or room popularity offered "brushed" ("点赞量可以刷",
 *                  "粉丝包刷"): MEASURES red line 4 (虚构或者篡改交易、关注度、浏览量、点赞量).
 *   threat         a threat aimed at a person ("你给我小心点", "信不信我砍你", "找人收拾你",
 *                  "走夜路小心点"): MEASURES red line 6 and 治安管理处罚法 Art. 42 (threatening another's
 *                  safety). Care ("小心点别摔了") has no "给我" and no second person before it.
 *   doxxing        a person's ID number, phone or home address given out, or a call to dig them up
 *                  ("他身份证号是…", "她家住在XX小区", "人肉他", "大家去骂她", "把他的电话公布出来"): 网络暴力信息治理规定 (2024)
 *                  Art. 12 (人肉搜索, 开盒); 刑法 Art. 253-1. "人肉搜索" named as a practice (a warning or a
 *                  legal note) is not a call to do it.
 * Harassment is never softened by context (context.ts); the lure hits are (warnings quote them).
 */
import type { RawHit, TextDetector } from './detector-types';
import type { Normalized } from './normalize';
import type { Category, RuleId, Severity } from '../taxonomy';

function detector(id: string, cues: readonly string[], re: RegExp, category: Category, severity: Severity, ruleId: RuleId): TextDetector {
  return {
    id,
    cues,
    digits: false,
    detect: (n: Normalized, out: RawHit[]) => {
      for (const m of n.text.matchAll(re)) out.push({ category, severity, ruleId, messageKey: `advice_${category}`, detector: id, start: n.start[m.index!], end: n.end[m.index! + m[0].length - 1] });
    },
  };
}

const PAY_VERBS = ['交钱', '交费', '交', '付费', '付钱', '充值', '刷礼物', '刷火箭', '刷嘉年华', '刷个', '刷一个', '打赏', '转账', '花'] as const;
// the verb, then an amount or a gift within a few characters, then the draw or prize
const PAY_TO_DRAW = new RegExp(`(?:${PAY_VERBS.join('|')})[^。！？]{0,8}?(?:参加抽奖|参与抽奖|就能抽|抽奖|抽iphone|抽手机|中iphone|中手机|中大奖|中奖率|中奖机会|领奖|开奖|抽中)`, 'g');
const DRAW_CUES = ['抽奖', '就能抽', '抽iphone', '抽手机', '中iphone', '中手机', '中大奖', '中奖率', '中奖机会', '领奖', '开奖', '抽中'] as const;

const TRAFFIC_CUES = ['可以刷', '能刷', '包刷', '帮刷', '代刷'] as const;
const FAKE_TRAFFIC = /(?:点赞|粉丝|关注|播放|人气|销量|评论|浏览|在线|观看|热度|人数|榜单)(?:量|数)?[^。！？]{0,4}?(?:可以刷|能刷|包刷|帮刷|代刷)/g;

const THREAT_CUES = ['给我', '你最好', '你们最好', '等着瞧', '走着瞧', '走夜路', '信不信我', '收拾你', '找人', '叫人', '砍死', '捅死', '打断你'] as const;
const THREAT = new RegExp([
  // "你给我小心点", "你最好小心点", "你等着瞧": 给我/最好 before 小心点, or a second person before 等着瞧
  // (care is "小心点别摔了", "你小心点哦", "路上小心点": no 给我, no 最好)
  '(?:给我|你最好|你们最好)(?:小心点|小心一点|等着瞧|走着瞧|等着)|(?:你|您|主播|楼主|博主)(?:就)?(?:等着瞧|走着瞧|给我等着)',
  '走夜路[^。！？]{0,3}?(?:小心|注意)',
  '信不信我[^。！？]{0,3}?(?:砍|弄|打|揍|杀|捅|废|整|找人|收拾)',
  '(?:找人|叫人)[^。！？]{0,2}?(?:收拾|弄|打|砍|揍|废|堵|办)(?:了)?(?:你|他|她|ta)',
  '收拾你|(?:砍死|捅死)(?:你|他|她)|打断你',
].join('|'), 'g');

const DOX_CUES = ['身份证', '手机号', '电话号码', '住址', '家住', '家在', '住在', '人肉', '开盒', '大家去', '大家一起去', '把他', '把她', '把ta', '曝光他', '曝光她', '曝光ta'] as const;
const PERSON = '(?:他|她|你|ta|这人|此人|这货|这个人|这女的|这男的|主播)';
const DOXXING = new RegExp([
  // an ID or phone number of a third person, or their address down to a building ("哪" asks, it does not tell)
  `${PERSON}(?:的)?(?:身份证号?码?|手机号码?|电话号码?)(?:是|为)?[^。！？哪]{0,3}?[0-9]{6,}`,
  `${PERSON}(?:的)?(?:家庭住址|住址|家住|家在|住在)(?:是|在)?[^。！？哪]{0,10}?(?:小区|号楼|单元|栋|[0-9]+室|[0-9]+号)`,
  // digging a person up, or sending a crowd after them
  `(?:人肉|开盒)(?:一下)?(?:他|她|ta|你|这人|出来)|把(?:他|她|你|ta)(?:给)?(?:人肉|开盒)`,
  `大家(?:一起)?去(?:骂|冲|喷|打电话给|轰炸|网暴)(?:他|她|ta)`,
  // publishing what identifies a person ("把他的电话公布出来", "曝光她的学校")
  `把(?:他|她|ta)的?(?:电话|手机号|住址|地址|身份证|学校|单位|照片)(?:给)?(?:公布|发出来|曝光|挂出来|挂出去)|曝光(?:他|她|ta)的(?:学校|住址|地址|电话|单位|身份证)`,
].join('|'), 'g');

export const LURE_DETECTORS: readonly TextDetector[] = [
  detector('pay_to_draw', DRAW_CUES, PAY_TO_DRAW, 'gambling_fraud', 'warning', 'R-RISK-1'),
  detector('fake_traffic', TRAFFIC_CUES, FAKE_TRAFFIC, 'data_falsification', 'notice', 'R-DATA-20'),
  detector('threat', THREAT_CUES, THREAT, 'harassment', 'notice', 'R-RISK-1'),
  detector('doxxing', DOX_CUES, DOXXING, 'harassment', 'warning', 'R-RISK-1'),
];
