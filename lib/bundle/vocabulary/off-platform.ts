/**
 * off_platform (R-OFF-6/7/8): lures to trade or talk outside the platform, one group per language
 * holding each term once (issue 15: before, off-platform.ts, official-off-platform.ts, lures.ts and
 * lure-invites.ts each held groups of the same header). Terms are written in their canonical folded
 * form where a variant rule exists (微信, qq, telegram, 支付宝, whatsapp); normalisation maps the
 * evasions onto them. `unless` lists the benign phrases that contain a term (the scanner applies a
 * phrase to every term of its category, so the lists merge as they are).
 *
 *   TEAM     the project's own first lists (issues 3-5), below
 *   DY-PRIV  抖音电商 "引导私下交易" rules: official-off-platform.ts (hints), lure-invites.ts (invitations)
 *   ISSUE-15, TTS, POLICE, LEX-AD: lures.ts (each list names its source)
 */
import type { TermGroup } from '../vocabulary';
import { OFF_PLATFORM_WARNINGS_EN } from './official-warnings';
import { HINTS_EN, HINTS_UNLESS_ZH, HINTS_ZH } from './official-off-platform';
import { INVITES_UNLESS_ZH, INVITES_ZH } from './lure-invites';
import { LURE_EN, LURE_UNLESS_ZH, LURE_ZH } from './lures';

const OFF = { category: 'off_platform', severity: 'warning', ruleId: 'R-OFF-6', messageKey: 'advice_off_platform' } as const;

/** TEAM: payment-app names, the room's own notices and negations that contain a term */
const CONTACT_UNLESS_ZH = [
  '微信支付', '支付宝支付', '微信付款', '支付宝付款', '支持微信', '支持支付宝', '能用微信', '可以用微信', '用微信付', '微信付',
  'qq音乐', 'qq空间', 'qq邮箱', 'qq浏览器', 'qq飞车', 'qq炫舞', 'qq堂', 'qq农场', 'qq秀',
  '严禁私下交易', '谨防私下交易', '不要私下交易', '切勿私下交易', '禁止私下交易', '拒绝私下交易', '私下交易不受', '勿私下交易', '以防私下交易',
  '不要加微信', '别加微信', '不加微信', '不要私聊', '别私聊', '不私聊',
];

/** TEAM */
const CONTACT_ZH = [
  '加微信', '加我微信', '加个微信', '微信号', '微信联系', '微信私聊', '微信详聊', '微信下单', '微信转账', '微信发你', '微信找我', '私微信',
  '加我的微信', '微信搜', '微信同号', '手机同微信', '加qq', '加我qq', 'qq联系', 'qq私聊', 'qq群', '加群', '进群', '群号', '粉丝群私聊',
  'telegram', '加telegram', 'whatsapp',
  '私聊我', '私我', '私信我', '滴滴我', '扣我', '敲我', '找我私聊', '私下联系', '私下交易', '私下转账', '私下购买', '私下下单',
  '线下交易', '不走平台', '走私单', '绕过平台', '平台外交易', '场外交易', '别在直播间拍', '不用在直播间拍',
  '看我主页', '主页有联系方式', '主页联系', '简介有联系方式', '看简介', '看我简介', '主页加我', '头像加我', '看我头像',
  '扫码加', '扫二维码', '二维码加', '加好友详聊', '联系方式在',
  '支付宝转我', '支付宝转账', '直接转账', '转账给我', '钱转给我', '钱打给我', '打款到', '银行卡转', '卡号发你', '先付定金', '付定金',
];
/** TEAM; safety reminders quote the lure they warn against */
const CONTACT_UNLESS_EN = ['never pay outside', 'do not pay outside', "don't pay outside", 'never venmo', 'never zelle', 'never use cash app'];
const CONTACT_EN = [
  'dm me', 'd m me', 'dm for', 'inbox me', 'message me on', 'text me on', 'text me at', 'whatsapp me', 'telegram me', 'hit me up on',
  'check my bio', 'link in bio', 'link in my bio', 'see my profile', 'check my profile', 'visit my profile', 'contact in bio',
  'cash app', 'cashapp', 'venmo', 'zelle', 'paypal me', 'pay me directly', 'pay outside', 'off the platform',
  'wire transfer', 'send payment to', 'add me on snap', 'add me on wechat', 'call me on', 'text me now', 'call me now', 'message me at', 'dm me on', 'reach me at', 'contact me at', 'pay with zelle', 'pay through zelle', 'zelle me', 'venmo me', 'cash app me',
];

export const OFF_PLATFORM: TermGroup[] = [
  { id: 'off_platform.zh', ...OFF, lang: 'zh', unless: [...CONTACT_UNLESS_ZH, ...HINTS_UNLESS_ZH, ...LURE_UNLESS_ZH, ...INVITES_UNLESS_ZH], terms: [...CONTACT_ZH, ...HINTS_ZH, ...LURE_ZH, ...INVITES_ZH] },
  { id: 'off_platform.en', ...OFF, lang: 'en', unless: [...OFF_PLATFORM_WARNINGS_EN, ...CONTACT_UNLESS_EN], terms: [...CONTACT_EN, ...HINTS_EN, ...LURE_EN] },
];
