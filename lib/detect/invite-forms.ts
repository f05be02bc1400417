/**
 * An offer closed by "whoever wants it, add me / DM me" with the goods between (issue 15, stop 32; R-OFF-6):
 * "要最新变声器的加我", "收九星宠物的联系我", "需要元宝银子的密我". The vocabulary holds the fixed phrases
 * ("要的加我", "卖的私聊": vocabulary/lure-invites.ts, from 抖音电商's 引导私下交易 rules DY-PRIV, "暗示添加联系方式
 * 引导的行为 … 模糊引导用户使用私信沟通"); this form lets the goods stand between the verb and 的. Handed over as
 * data (form-spec.ts), so warnings and negations soften it (context.ts). The room's own customer service
 * ("需要的联系客服") is not an ask here: 联系 counts only as 联系我.
 * Train/dev (normalised text): 504 lines labelled off_platform, 7 benign (game_chat_ads and tg_spam trade
 * offers of the same shape), 2 COLD lines out of that source's scope; most were already flagged by the
 * fixed phrases. A notice, not a warning: it says "add me" but not where, so where it overlaps a named contact or
 * trade_dm (lure-patterns.ts), the more exact finding is the one kept (raw-findings.ts keeps the most severe).
 */
import type { FormSpec } from './form-spec';

export const INVITE_ASKS = ['加我', '加好友', '私聊', '私信', '私我', '滴滴', '密我', '联系我', '找我', 'dd', 'm我'] as const;
// a verb of wanting, buying or selling, the goods (no 的 inside), 的, whom it addresses, then the ask; not when a
// contact app or a handle follows the ask ("要便宜的加我微信 ab123": the handle detector names the concrete contact)
const GOODS_THEN_ASK = new RegExp(`(?:要|需要|想要|收|买|卖|出)[^的]{1,10}的(?:老板|朋友|兄弟|小伙伴|宝宝)?们?(?:请|就|可以|速|速度|直接|在)?(?:${INVITE_ASKS.join('|')})(?!微信|qq|telegram|电报|whatsapp|[a-z]|\\d{5})`, 'g');

export const INVITE_FORMS: readonly FormSpec[] = [
  { id: 'goods_then_ask', why: 'an offer of goods closed by "whoever wants it, add me / DM me"', cues: INVITE_ASKS, re: GOODS_THEN_ASK, category: 'off_platform', severity: 'notice', ruleId: 'R-OFF-6', messageKey: 'advice_off_platform' },
];
