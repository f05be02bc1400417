/**
 * TEAM: gambling_fraud and harassment (red lines 6, 7), the project's own first lists (issues 3-5).
 * Terms that a later, sourced list also holds live only there (issue 15: 稳赚, 躺赚 in official-fraud.ts;
 * 砍死你, 人肉你 in lures.ts; 贱人 in official-harassment.ts). The groups are gambling-fraud.ts's and
 * harassment.ts's (one per category and language).
 */

// 上分 and 下分 alone are ranking up in a game ("今晚双排上分吗": 11 train/dev lines, none gambling; h-lures,
// issue 15): gambling-sites.ts keeps their gambling forms (上下分, 棋牌上分, 充值上分)
export const GAMBLING_TEAM_ZH = [
  '赌博', '博彩', '百家乐', '网赌', '时时彩', '六合彩', '彩票内幕', '必中', '稳赚不赔', '包中', '内部消息', '跟单带你', '带你赚钱', '导师带单',
  '保本保息', '保本高收益', '日赚', '日入', '月入过万', '高额回报', '高回报', '投资理财带飞', '虚拟币翻倍', '资金盘',
  '刷单返利', '兼职刷单', '点赞赚钱', '做任务赚钱', '垫付', '刷单兼职', '手工活在家', '拉人头', '发展下线', '招代理零门槛', '交会费',
  '中奖了', '恭喜中奖', '领奖需', '交定金领奖', '缴纳保证金', '手续费领取', '免费领手机', '抽中iphone', '解冻费',
];
export const GAMBLING_TEAM_EN = [
  'guaranteed profit', 'guaranteed returns', 'double your money', 'double your bitcoin', 'crypto giveaway', 'send btc', 'investment opportunity dm',
  'you have won', 'you won a', 'claim your prize', 'claim your reward', 'pay a small fee', 'processing fee to claim', 'work from home and earn',
  'earn $500 a day', 'earn money fast', 'online casino', 'betting tips', 'sure win', 'fixed matches', 'forex signals', 'you have been selected to receive', 'to claim call', 'to claim txt', 'to claim text', 'claim call', 'prize reward', 'guaranteed prize', 'cash prize', 'you are awarded', 'you have been awarded', "you've won", 'win cash', 'free entry', 'won a prize',
];
export const HARASSMENT_TEAM_ZH = ['傻逼', '煞笔', '脑残', '去死', '弄死你', '杀了你', '开盒', '曝光你家', '你全家', '滚出去', '垃圾主播'];
export const HARASSMENT_TEAM_EN = ['kill yourself', 'kys', 'i will find you', 'i know where you live', 'dox you', 'doxx', 'retard', 'you whore', 'piece of shit'];
