/**
 * "要的滴滴", "需要可私", "有意者私信": an offer closed by an invitation to take it to private messages
 * or a contact (issue 15, h-lures, stop 29). The group is off-platform.ts's; the background hands it
 * over, so it adds nothing to the content script.
 *
 *   DY-PRIV  抖音电商 rules on 引导私下交易, as the two pages found with the search tool (pages corpus)
 *            quote them: 39zn.cn/article/291792.htm (2024-09-27, "抖音上什么是引导私下交易") and
 *            m.lydingpin.com/gonglue/183887885.html: "暗示添加联系方式引导的行为，如V我、看个性签名、
 *            主页有微 …、引导用户添加客服联系" and "(4) 私信使用不规范行为：… 模糊引导用户使用私信沟通"
 *   ISSUE-15 the issue's own list: "需要可私", "私信获取…"
 * Evidence (train and dev splits only, never test): the pattern (who wants it) + (DM / contact) is on
 * 562 train/dev lines, 515 labelled off_platform, and on none of the benign chat corpora (bilibili
 * danmaku train/dev, Twitch); the 47 "benign" hits are in game_chat_ads, whose non-ad label also
 * covers trade offers with handles. The room's own customer service is on the platform: "需要的联系客服"
 * stays benign.
 */
/** who the offer is for ("要的", "有需要的", "有意者") */
const WANTERS = ['要的', '需要的', '想要的', '有要的', '有需要的', '感兴趣的', '有兴趣的', '有意者', '有意的', '需要可', '要的可', '想要可'];
/** how the seller addresses them, if at all */
const ADDRESSED = ['', '老板', '老板们', '宝宝们', '家人们', '朋友', '朋友们'];
/** the invitation: private messages (滴滴 is chat slang for "ping me"), a contact, "find me" */
const ASKS = ['滴滴', '私聊', '私信', '私我', '联系', '找我', '戳我'];
/** already in official-off-platform.ts (one term, one list) */
const IN_OFFICIAL = new Set(['要的私我']);
/**
 * Stop 31 (h-offplat): the trader's side of the same invitation — who sells, buys or has the goods, or
 * "who gets it" (懂的, the wink of a hidden offer) — then a DM, a ping or "add me as a friend" ("卖的私聊",
 * "有的滴滴", "懂的加我", "需要的加好友"; 密我 is game-chat slang for 私我). Train/dev: 101 lines labelled
 * off_platform, 30 "benign" ones all game_chat_ads trade offers (the label conflict with R-OFF-6 the stop 30
 * note describes), 3 COLD lines out of that source's scope. 联系 is left out here ("有的联系方式…"), and
 * 有的 ("some") takes no 私信 ("有的私信我没回").
 */
const TRADERS = ['卖的', '买的', '出的', '收的', '出售的', '购买的', '有货的', '懂的', '懂得', '要得', '需要得', '有意'];
const TRADER_ASKS = ['滴滴', '私聊', '私信', '私我', '找我', '戳我', '加好友', '加我好友', '密我', 'dd'];
const HAVE_ASKS = ['滴滴', '私聊', '私我', '密我', 'dd'];
/** adding the seller as a friend or DMing them in game slang, after any wanter */
const FRIEND_ASKS = ['加我', '加好友', '加我好友', '密我'];
/** the room's own features after 加我 (粉丝团, 灯牌, 购物车: vocabulary/lures.ts LURE_UNLESS_ZH names them) */
const ROOM_FEATURES = ['加我粉丝团', '加我的粉丝团', '加我团', '加我灯牌', '加我粉丝灯牌', '加我购物车'];
const WANT_FRIEND = WANTERS.flatMap((w) => FRIEND_ASKS.map((k) => w + k));
/**
 * stop 33: who sells or buys, then 联系我 / 联系 at the end of an offer ("卖的联系我", "收…有卖的联系"): 联系 after a
 * trader, not after 有的 (above). Train/dev: 9 lines, all off_platform
 */
const SELLERS_CALL = ['卖的', '买的', '出的', '收的', '出售的', '购买的', '有货的'].map((t) => `${t}联系`);
const TRADE_INVITES = [...TRADERS.flatMap((t) => TRADER_ASKS.map((k) => t + k)), ...HAVE_ASKS.map((k) => `有的${k}`), '懂的加我', '懂得加我', ...WANT_FRIEND, ...SELLERS_CALL];

/** the platform's own customer service is where a viewer should ask */
const ON_PLATFORM = ['联系客服', '私信客服', '找客服', '联系官方客服', '联系平台客服'];

/** a wanter before the room's own customer service: that is where a viewer should ask */
export const INVITES_UNLESS_ZH = [...WANTERS.flatMap((w) => ON_PLATFORM.map((o) => w + o)), ...WANTERS.flatMap((w) => ROOM_FEATURES.map((f) => w + f))];
/** every wanter, address and ask (the list above); a Set, so the trader list below is checked against it in one look-up a term */
const WANTER_ASKS = WANTERS.flatMap((w) => ADDRESSED.flatMap((a) => ASKS.map((k) => w + a + k)));
const WANTER_ASK_SET = new Set(WANTER_ASKS);
export const INVITES_ZH = [
  ...WANTER_ASKS.filter((t) => !IN_OFFICIAL.has(t)),
  // ISSUE-15: a bare 私 after 可 ("要的可私"; 需要可私 is official-off-platform.ts's)
  '要的可私', '想要可私', '有意可私',
  // a bare 需要 before a DM ("需要私聊", "需要dd": dd is 滴滴); not 联系 ("需要联系客服吗")
  '需要私聊', '需要滴滴', '需要dd', '需要私我', '要的dd', '需要的dd',
  // stop 31: the trader's side and friend requests (above); a term the lists above already hold is not repeated
  ...TRADE_INVITES.filter((t) => !WANTER_ASK_SET.has(t)),
];
