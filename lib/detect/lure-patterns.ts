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
 *   qq_evasion     a QQ-length number beside a character that stands for QQ: its nicknames 扣扣/蔻蔻 and their
 *                  look-alikes (寇, 宼, 冦, 窛, 蔲, 筘), 口 (the bare box), 鹅 or 企 (企鹅, its mascot), 乞
 *                  ("2591 1478 口", "蔻2107 4319", "29521 91783乞儿"): the issue's "obfuscations … between
 *                  letters" for QQ ids, which 抖音电商's 引导私下交易 rules forbid as 社交帐号 given out (DY-PRIV in
 *                  vocabulary/lure-invites.ts). Train/dev: about 600 lines labelled off_platform, 3 others
 *                  (game-ad and COLD lines that give a real QQ number too, out of their source's scope).
 *   trade_dm       an offer to sell or buy, then "DM me" within a clause or two ("出元宝3折 速度私聊", "收储备有的老板
 *                  私聊", "大量因子出 滴滴"; 滴滴 is chat slang for "ping me", 密我 game slang for 私我): DY-PRIV's 私信
 *                  引导 (lure-invites.ts). Not 滴滴 the ride app (打车, 出行, 坐/叫滴滴) nor 出门/出去/收到. Train/dev: 391
 *                  lines labelled off_platform, 2 other Telegram trade offers ("收…私聊我"); game_chat_ads' 77 "benign"
 *                  hits are trade offers too (R-OFF-6; the stop 30 note's label conflict).
 * Threats, calls to dig a person up and fake-traffic offers are phrases: they are vocabulary
 * (lib/bundle/vocabulary/lures.ts), which the background hands over, so they add nothing to the
 * content script (issue 13's size aim). Harassment is never softened by context (context.ts); the
 * lure hits are (warnings quote them).
 */
import type { TextDetector } from './detector-types';
import { detector } from './commerce-patterns';
import { isWarningLine } from './context';

// the verb, then an amount or a gift within a few characters, then the draw or prize (each a cue)
const DRAW_CUES = ['抽奖', '就能抽', '抽iphone', '抽手机', '中iphone', '中手机', '中大奖', '中奖率', '中奖机会', '领奖', '开奖', '抽中'];
const PAY_TO_DRAW = new RegExp(`(?:交|付[费钱]|充值|刷礼物|刷火箭|刷嘉年华|刷一?个|打赏|转账|花).{0,8}?(?:${DRAW_CUES.join('|')})`, 'g');

// an ID or phone number of a third person, or their address down to a building ("哪" asks, it does
// not tell); the text is normalised, so no punctuation ends the window
const DOX_CUES = ['身份证', '手机号', '电话号码', '住址', '家住', '家在', '住在'];
const DOXXING = /(?:他|她|你|ta|这个?人|此人|主播)的?(?:(?:身份证号?码?|手机号码?|电话号码?)是?[^哪]{0,3}?\d{6}|(?:家庭住址|住址|家住|家在|住在)[^哪]{0,12}?(?:小区|号楼|单元|栋|\d+[室号]))/g;

// the number first, then the QQ character within a few characters; or the character first (the text is normalised:
// no punctuation is left to end a window). 口 also ends a word
// before a number ("入口", "接口", "人口") and starts one after it ("口中", "口味"): those are left out. One digit
// repeated ("扣666666") is the room's own reply and a round number an amount: no id
const qqId = (group: number) => `(?<!\\d)(?!(\\d)\\${group}+(?!\\d)|\\d+000(?!\\d))\\d{6,11}(?!\\d)`;
const QQ_EVASION = new RegExp(`${qqId(1)}\\D{0,5}?(?:[寇宼冦窛蔲蔻筘鹅扣乞]|口(?![中气味感罩])|企(?![业划]))|(?:[寇宼冦窛蔲蔻筘鹅]|企e|(?<![入出接端门路港窗人户])口)\\D{0,2}?${qqId(2)}`, 'g');
// a bare v or w (WeChat's initial) glued to a QQ-length number ("有需要v:1223151207", "要的v十189003637"): the issue's
// "abbreviation of a contact app followed by a handle" (stop 32: 13 train/dev lines, all off_platform, no other). Not inside
// a word or a version ("iv123456"), not after a digit (5w is 50,000). A number then 加我 is left alone: in a game
// room it is often the player's own in-game id (train/dev: 5 off_platform, 3 benign)
const LETTER_NUMBER = new RegExp(`(?<![a-z0-9])[vw]十?${qqId(1)}`, 'g');
const TRADE_DM = /[出售卖收甩](?![门去差来发行现到生了]).{0,16}?(?<![坐叫打跑开用不别勿])(?:滴滴(?!打车|出行|司机|快车|顺风|代驾)|私聊|密我)/g;
const TRADE_DM_HITS = detector('trade_dm', ['滴滴', '私聊', '密我'], TRADE_DM, 'off_platform', 'warning', 'R-OFF-6');

export const LURE_DETECTORS: readonly TextDetector[] = [
  detector('pay_to_draw', DRAW_CUES, PAY_TO_DRAW, 'gambling_fraud', 'warning', 'R-RISK-1'),
  detector('doxxing', DOX_CUES, DOXXING, 'harassment', 'warning', 'R-RISK-1'),
  // a phrase, not a number: a warning quotes it ("卖家让你私聊的都是骗子"), as it does the vocabulary's lures
  { ...TRADE_DM_HITS, detect: (n, out) => { if (!isWarningLine(n.text)) TRADE_DM_HITS.detect(n, out); } },
  { ...detector('qq_evasion', [], QQ_EVASION, 'off_platform', 'warning', 'R-OFF-7'), digits: true },
  { ...detector('letter_number', [], LETTER_NUMBER, 'off_platform', 'warning', 'R-OFF-7'), digits: true },
];
