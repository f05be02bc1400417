/**
 * Lure and harassment structures (issue 15, h-lures) beside commerce-patterns.ts: forms a word list
 * cannot hold. They run on the normalised text (normalize.ts: punctuation and spaces dropped, Chinese
 * numerals in long runs made digits, traditional folded to simplified) and register in
 * structuredDetectors() (structured.ts), whose cue literals the prefilter reads.
 *
 *   pay_to_draw    paying, tipping or topping up to join a draw or win a prize ("交99元参加抽奖",
 *                  "刷个火箭就能抽奖", "打赏就有机会中iPhone"): MEASURES red line 7; police notices on
 *                  直播间 "中奖" that ask "先交钱，后兑奖" (web_train's police warning says so). Buying
 *                  the goods (下单, 付款) is left out: a draw among buyers is a sales promotion.
 *   doxxing        a person's ID number or phone given out, or their address down to a building ("他身份证号是…",
 *                  "她家住在XX小区3号楼"): 网络暴力信息治理规定 (2024) Art. 12 (人肉搜索, 开盒); 刑法 Art. 253-1.
 * Threats, calls to dig a person up and fake-traffic offers are phrases: they are vocabulary
 * (lib/bundle/vocabulary/lures.ts), which the background hands over, so they add nothing to the
 * content script (issue 13's size aim). Harassment is never softened by context (context.ts); the
 * lure hits are (warnings quote them).
 */
import type { TextDetector } from './detector-types';
import { detector } from './commerce-patterns';

// the verb, then an amount or a gift within a few characters, then the draw or prize (each a cue)
const DRAW_CUES = ['抽奖', '就能抽', '抽iphone', '抽手机', '中iphone', '中手机', '中大奖', '中奖率', '中奖机会', '领奖', '开奖', '抽中'];
const PAY_TO_DRAW = new RegExp(`(?:交|付[费钱]|充值|刷礼物|刷火箭|刷嘉年华|刷一?个|打赏|转账|花).{0,8}?(?:${DRAW_CUES.join('|')})`, 'g');

// an ID or phone number of a third person, or their address down to a building ("哪" asks, it does
// not tell); the text is normalised, so no punctuation ends the window
const DOX_CUES = ['身份证', '手机号', '电话号码', '住址', '家住', '家在', '住在'];
const DOXXING = /(?:他|她|你|ta|这个?人|此人|主播)的?(?:(?:身份证号?码?|手机号码?|电话号码?)是?[^哪]{0,3}?\d{6}|(?:家庭住址|住址|家住|家在|住在)[^哪]{0,12}?(?:小区|号楼|单元|栋|\d+[室号]))/g;

export const LURE_DETECTORS: readonly TextDetector[] = [
  detector('pay_to_draw', DRAW_CUES, PAY_TO_DRAW, 'gambling_fraud', 'warning', 'R-RISK-1'),
  detector('doxxing', DOX_CUES, DOXXING, 'harassment', 'warning', 'R-RISK-1'),
];
