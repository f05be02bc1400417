/**
 * Detectors for things a word list cannot hold (R-OFF-7, price rules): phone, QQ and bank-card
 * numbers (Luhn), WeChat ids after a cue, off-platform links and short links, prices whose
 * "original" is far above the current one, and numbered pressure phrases. They run on the
 * normalised text (digits joined across spaces, Chinese numerals converted). Links are links.ts's,
 * card price ratios price-ratio.ts's. Each returns raw hits; scanner.ts makes findings.
 */
import type { Category, Severity, RuleId } from '../taxonomy';
import type { Normalized } from './normalize';
import type { RawHit, TextDetector } from './detector-types';
import { CLAIM_DETECTORS } from './claim-patterns';
import { formDetectors } from './forms';
import { DIRECTED_INSULT, GROUP_INSULT_DETECTOR } from './insult-patterns';
import { LURE_DETECTORS } from './lure-patterns';
import { UNMARKED_PRICE } from './unmarked-price';

export type { RawHit, TextDetector } from './detector-types';


function norm(n: Normalized, detector: string, category: Category, severity: Severity, messageKey: string, from: number, to: number, ruleId: RuleId = 'R-OFF-7'): RawHit {
  return { category, severity, ruleId, messageKey, detector, start: n.start[from], end: n.end[to - 1] };
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const PHONE = /(?<!\d)(?:86)?1[3-9]\d{9}(?!\d)/g;
// a bare q (not inside a word) before a QQ-length number is QQ too ("要的老板q我289203030", "钻十q229028183"; stop 30:
// 35 train/dev lines labelled off_platform, the 9 others game_chat_ads trade offers with the same QQ numbers)
const QQ = /(?:qq(?:号|是|为|加)?|(?<![a-z0-9])q我?(?=[1-9][0-9]{5}))(\d{5,11})(?!\d)/g;
const CARD = /(?<!\d)\d{16,19}(?!\d)/g;
/** WECHAT_ID needs this word in the normalised text (the prefilter reads it too) */
export const WECHAT_CUE = '微信';
/** a handle after a contact app (its evasions are already rewritten to these names, variants.ts) */
// 电报 is Telegram's Chinese name, and what variants.ts makes of 飞机/✈ before a handle (issue 15)
const HANDLE_CUES = ['微信', 'qq', 'telegram', 'whatsapp', 'instagram', 'snapchat', '电报'] as const;
// a handle's underscores and dashes fold to word breaks ("abc_def123" → "abc def123"), so single
// breaks are allowed inside, but then the handle must hold a digit ("instagram for more pics" is not one)
const HANDLE = new RegExp(`(?:${HANDLE_CUES.join('|')})(?:号|id)?(?:是|为|加|搜|找)? ?@?([a-z0-9](?: ?[a-z0-9]){4,29})(?![a-z0-9])`, 'g');
// all-digit "handles" are the number detectors' (phone, QQ), which name them precisely
// after 微信/QQ (the Chinese apps, whose evasions fold to these names) Latin letters are a handle even
// without a digit ("vx: abc_def" → "微信 abc def"): Chinese chat has no English words to confuse there
const isHandle = (h: string, cue: string) => !NOT_HANDLES.has(h.split(' ', 1)[0]) && /[a-z]/.test(h) && (!h.includes(' ') || /\d/.test(h) || (ZH_APP_CUE.test(cue) && h.length <= 20));
const ZH_APP_CUE = /^(?:微信|qq|电报)/;
/** words that a handle after a cue may be without being a handle ("微信支付" is folded away) */
// nor a spaced run that opens with what is sold about the account ("buy 1000 instagram followers for $5" is a bought
// audience, data_falsification's, not a handle: stop 32)
const NOT_HANDLES = new Set(['group', 'groups', 'music', 'video', 'story', 'stories', 'pay', 'space', 'mail', 'email', 'app', 'followers', 'likes', 'views', 'accounts', 'account', 'for']);
// short Chinese numerals stay words in normalisation ("最后五单"), so the count takes both forms
// ('最后一个问题', '还剩几件?' are chat, not pressure: no 一/几 and no 个 after a Chinese numeral)
/** every PRESSURE match starts with one of these (the prefilter, prefilter.ts, reads them too) */
export const PRESSURE_CUES = ['最后', '仅剩', '只剩', '限量', '还剩'] as const;
const PRESSURE = new RegExp(`(?:${PRESSURE_CUES.join('|')})(?:\\d{1,3}(?:单|件|个|份|套|瓶|盒|秒|分钟|名额)|[两三四五六七八九十]{1,2}(?:单|件|份|套|瓶|盒|秒|分钟))`, 'g');
/**
 * A contact cue followed closely by a long number: landlines and hotlines ("电话0571-8888 6666",
 * "call 09061701461") that the mobile pattern does not cover. Bounded gap: no backtracking blow-up.
 */
const CONTACT_NUMBER = /(?:电话|手机|致电|热线|详询|咨询|联系|拨打|座机|号码|(?<![a-z])(?:tel|call|phone|text|txt|ring)(?![a-z]))[^\d]{0,8}?(\d{7,15})(?!\d)/g;
/**
 * A bare trunk-prefixed phone number (10–12 digits starting with 0): UK mobiles "07090201529",
 * mainland landlines with area code "057188886666". Order and tracking numbers do not start with 0.
 */
const TRUNK_NUMBER = /(?<!\d)0[1-9]\d{8,10}(?!\d)/g;
/**
 * a group number: "群号 12345678", "q群：5551234", "粉丝群 123456". Not 群 as a measure word ("这群
 * 小偷", "一群人": a bunch of), and not laughter ("23333" is 哈哈哈 in chat). 裙 is the homophone that
 * evades 群 (issue 15: "裙号", "q裙", "扣裙"); a bare 裙 is a skirt ("裙长105"), so only with 号/q/扣.
 */
// 裙 ("skirt") sounds like 群: glued to a group-length number it is one ("交易裙57536018", stop 33; train/dev: 14 lines, all
// off_platform); not a dress's name before a product code (连衣裙, 长裙 …)
const GROUP_NUMBER = /(?:群号|(?<![这那一整成])群|q群|qq群|裙号|q裙|qq裙|扣裙|(?<![衣长短半身裤])裙(?=\d{6}))(?:号码|号|是|为)?[^\d]{0,3}?(\d{5,11})(?!\d)/g;
const LAUGHTER = /^23{3,}$/;
const MOBILE = /^(?:86)?1[3-9]\d{9}$/;
const ONE_DIGIT = /^(\d)\1+$/;
const ROUND = /000$/;
/**
 * A contact app's name right before a number: an account id or a number bound to it ("微信36075239",
 * "电报 88123456"; the evasions are already these names, variants.ts). Mobiles are the phone
 * detector's (it names them precisely). Stop 29, h-lures: 抖音电商
 * 引导私下交易 rules name 社交帐号 given out (vocabulary/lure-invites.ts DY-PRIV).
 */
/**
 * Add, find or search a bare number: "需要的加420715726", "火速加675899789获取", "找994741010" (a QQ or
 * a group given without the app's name). Not inside 参加/增加/更加 …, not an amount ("加100000金币",
 * "加50万", "血量加1000000": a round number is an amount), and not one digit repeated. Stop 29, h-lures: 54 train/dev lines, every one a contact ad.
 */
const ADD_NUMBER = /(?<![参增更追附外施叠强])(?:加|找|搜)(?:我|群|一下)?(\d{6,11})(?![0-9]|元|块|万|分|斤|个|份|次|米|克|倍|人|金|钻|点|级|秒|张|件|w|k)/g;
const APP_NUMBER = /(?:微信|电报|telegram|whatsapp)(?:号码|号|id)?(?:是|为|加|搜|找)?(\d{5,15})(?!\d)/g;
/**
 * A reference price set against the price now (price-marking rules 2022 Art. 19): "原价399现价99",
 * "吊牌价三百九 直播间只要九十九". Every match starts with one of REFERENCE_PRICE_CUES.
 */
export const REFERENCE_PRICE_CUES = ['原价', '划线价', '市场价', '专柜价', '吊牌价', '柜台价', '指导价', '零售价', '门市价', '日常价', '官网价', '标价'] as const;
const NUM = '[\\d一二三四五六七八九十两百千万.]';
const REFERENCE_PRICE = new RegExp(`(?:${REFERENCE_PRICE_CUES.join('|')})[^\\d一二三四五六七八九十两百千万]{0,4}${NUM}{1,8}[^。！!？?]{0,12}?(?:现价|现在|直播间|到手|只要|仅需|秒杀|福利价|活动价|今天|只卖|特价|券后|只需)`, 'g');

// cheap gates so the common chat line (no long digit run, no cue) costs one or two scans, not six.
// The prefilter (prefilter.ts) reads the same constants, so the gates and it cannot drift apart.
/** numberHits looks further only when the normalised text has this many digits in a row */
export const DIGIT_RUN_GATE = 5;


const offPlatform = (n: Normalized, detector: string, m: RegExpMatchArray) => norm(n, detector, 'off_platform', 'warning', 'advice_off_platform', m.index!, m.index! + m[0].length);

const OWN_DETECTORS: readonly TextDetector[] = [
  { id: 'phone', cues: [], digits: true, detect: (n, out) => { for (const m of n.text.matchAll(PHONE)) out.push(offPlatform(n, 'phone', m)); } },
  // one digit repeated is a reply, not a number ("扣666666" folds to qq666666, variants.ts)
  { id: 'qq', cues: [], digits: true, detect: (n, out) => { for (const m of n.text.matchAll(QQ)) if (!ONE_DIGIT.test(m[1])) out.push(offPlatform(n, 'qq', m)); } },
  { id: 'bankcard', cues: [], digits: true, detect: (n, out) => { for (const m of n.text.matchAll(CARD)) if (luhnValid(m[0])) out.push(offPlatform(n, 'bankcard', m)); } },
  {
    id: 'contact_number',
    cues: [],
    digits: true,
    // mobiles are the phone detector's (it names them precisely); this one takes the rest
    detect: (n, out) => { for (const m of n.text.matchAll(CONTACT_NUMBER)) if (!MOBILE.test(m[1])) out.push(offPlatform(n, 'contact_number', m)); },
  },
  {
    id: 'trunk_number',
    cues: [],
    digits: true,
    // overlapping hits of one category collapse to one finding (scanner.ts toFindings)
    detect: (n, out) => { for (const m of n.text.matchAll(TRUNK_NUMBER)) out.push(offPlatform(n, 'trunk_number', m)); },
  },
  { id: 'app_number', cues: [], digits: true, detect: (n, out) => { for (const m of n.text.matchAll(APP_NUMBER)) if (!MOBILE.test(m[1])) out.push(offPlatform(n, 'app_number', m)); } },
  { id: 'add_number', cues: [], digits: true, detect: (n, out) => { for (const m of n.text.matchAll(ADD_NUMBER)) if (!MOBILE.test(m[1]) && !ONE_DIGIT.test(m[1]) && !ROUND.test(m[1])) out.push(offPlatform(n, 'add_number', m)); } },
  { id: 'group_number', cues: [], digits: true, detect: (n, out) => { for (const m of n.text.matchAll(GROUP_NUMBER)) if (!LAUGHTER.test(m[1])) out.push(offPlatform(n, 'group_number', m)); } },
  {
    id: 'wechat_id',
    cues: HANDLE_CUES,
    digits: false,
    detect: (n, out) => { for (const m of n.text.matchAll(HANDLE)) if (isHandle(m[1], m[0])) out.push(offPlatform(n, 'wechat_id', m)); },
  },
  {
    id: 'pressure',
    cues: PRESSURE_CUES,
    digits: false,
    detect: (n, out) => { for (const m of n.text.matchAll(PRESSURE)) out.push(norm(n, 'pressure', 'price_fraud', 'notice', 'advice_price_fraud', m.index!, m.index! + m[0].length, 'R-RISK-1')); },
  },
  {
    id: 'reference_price',
    cues: REFERENCE_PRICE_CUES,
    digits: false,
    detect: (n, out) => { for (const m of n.text.matchAll(REFERENCE_PRICE)) out.push(norm(n, 'reference_price', 'price_fraud', 'notice', 'advice_price_fraud', m.index!, m.index! + m[0].length, 'R-RISK-1')); },
  },
  // pay-to-win claims (claim-patterns.ts)
  ...CLAIM_DETECTORS,
];
const LATER_DETECTORS: readonly TextDetector[] = [
  // pay-to-draw, fake traffic, threats and doxxing (lure-patterns.ts)
  ...LURE_DETECTORS,
  DIRECTED_INSULT,
  GROUP_INSULT_DETECTOR,
  // selling without a marked price (R-PRICE-25, unmarked-price.ts)
  UNMARKED_PRICE,
];

let detectors: readonly TextDetector[] | null = null;
/**
 * Every structured detector in order: the claim detectors, then the claim, efficacy, price and goods forms
 * (claim-forms.ts, efficacy-forms.ts, price-forms.ts, goods-forms.ts, then commerce-forms.ts' weight-loss, longevity and
 * virus claims, tip rebates, jade gambling, refund traps and owner QR codes; data this context was
 * given, forms.ts), then the rest. Order matters: an efficacy form yields to an earlier claim hit it overlaps.
 */
export function structuredDetectors(): readonly TextDetector[] {
  return (detectors ??= [...OWN_DETECTORS, ...formDetectors(), ...LATER_DETECTORS]);
}

// which of these a line runs (each gated on its cues, found by the automaton): structured-gate.ts
