/**
 * gambling_fraud term lists (issue 15; the group is gambling-fraud.ts's).
 *
 *   MEASURES 网络直播营销管理办法 (试行) Art. 18 red line 7: gambling and lures; SAMR/police
 *            anti-fraud notices for the scam forms (paid reviews, red line 4: data-falsification.ts)
 */

// 拉人 alone is also a Telegram ad tool's "群发拉人" (adding members to a group: off_platform and data_falsification, not
// gambling) and the end of 孟加拉人: since stop 33 only its pay-per-recruit forms (拉人头 is fraud.ts's); train: 2 gambling
// lines kept ("代理拉人到台子注册", a gambling agent's recruiting), 11 Telegram tool ads and 2 COLD lines no longer gambling
/** MEASURES red line 7; police notices' scam forms: pay to join a draw or claim a prize, tip to win, jade gambling, guaranteed returns */
export const GAMBLING_MEASURES_ZH = [
  '刷礼物返现', '打赏返现', '打赏返', '刷礼物抽', '刷礼物送', '礼物返', '冲榜返', '付费抽奖', '交钱抽奖', '抽奖需', '付运费领', '运费领取', '领取奖品需',
  // 开窗看, 切开看 and 赌一把 alone are ordinary chat ("切开看看熟了没", "赌一把明天会下雨"): their jade-gambling
  // use is commerce-patterns.ts jade_gamble's (a stone word, or a gain word, nearby; h-lures, issue 15)
  '中奖需', '解冻', '交保证金', '开窗料', '开个窗', '切一刀', '翻倍返', '保本',
  '幸运用户', '被抽选', '抽选为', '获奖验证码', '中奖协议', '百分百中奖', '100%中奖', '首存', '存送', '返水', '娱乐城', '彩金',
  '切涨', '赌石', '赌涨', '全赌', '半赌', '一刀穷', '一刀富', '稳赚', '包赚', '保赚', '零风险', '躺赚', '带你赚', '带你飞', '跟着我买', '内部渠道', '日收益', '月收益', '高收益', '投资回报', '拉人返', '拉人赚', '拉人提成', '拉人奖励', '拉人有奖', '拉人到台子', '下线', '代理费',
];
export const GAMBLING_MEASURES_EN = ['monthly returns', 'daily returns', '100x', 'giveaway winner', 'you are a winner', 'you are the winner', 'selected winner', 'send 1 btc', 'send eth', 'doubling'];
