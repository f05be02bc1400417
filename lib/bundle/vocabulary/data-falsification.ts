/**
 * data_falsification (red line 4, R-DATA-20): every term once, one group per language, each list
 * named by its source (issue 15: before, commerce.ts and official-fraud.ts held groups of the same
 * header). lures.ts's data_falsification.traffic.zh (h-lures: bought traffic, 代刷/刷量 …) is the
 * other group of this category.
 *
 *   TEAM      the project's own first lists (issues 3-5): bought fans, brushed sales, review rebates
 *   MEASURES  网络直播营销管理办法 (试行) Art. 18 red line 4: fake traffic and sales; paid reviews and
 *             shills (反不正当竞争法 Art. 8: 好评返现 cases)
 *   ONLINE-TX 网络交易监督管理办法 (SAMR Order 37, 2021) Art. 14: brushed orders and invented reviews, fake
 *             clicks, follows, likes and tips; written as the offers name them (刷浏览量, 出售粉丝 …; not a bare 补单: shops re-send a missed order), not
 *             the decision's own words (虚构交易 names the violation in a report, a seller never says it).
 *             English: FTC Trade Regulation Rule on consumer reviews and testimonials (16 CFR Part 465,
 *             2024): buying or selling fake reviews and fake social-media indicators (followers, views, likes)
 *   ECL-17    电子商务法 Art. 17 and 反不正当竞争法 Art. 8 (虚构交易, 编造用户评价; SAMR 刷单炒信 cases): the
 *             trade's own services — empty parcels with real tracking numbers for invented orders (空包代发,
 *             空包单号), brushed shop reputation (刷信誉, 刷钻: Taobao's diamond grades, and the game rooms' "刷钻石"
 *             the train split labels so), bad reviews removed for a fee (代删差评, 差评改好评). English: FTC 16 CFR
 *             465.2 (buying reviews) and 465.8 (buying indicators of influence) as the offers say them
 */
import type { TermGroup } from '../vocabulary';
import { WARNING_PHRASES } from './official-warnings';

const FAKE_DATA = { category: 'data_falsification', severity: 'notice', ruleId: 'R-DATA-20', messageKey: 'advice_data_falsification' } as const;

const TEAM_ZH = [
  '刷单', '刷销量', '刷好评', '买粉', '涨粉', '刷粉', '刷人气', '刷点赞', '机器人粉', '僵尸粉', '好评返现', '五星好评返', '晒图返现', '删差评', '控评',
  // shills offered or hired, not a bare 水军: calling commenters 水军 ("水军确实多", COLD train and dev) offers nothing
  '专业水军', '水军团队', '水军公司', '招水军', '请水军', '买水军', '雇水军', '水军服务',
];
/** MEASURES: paid reviews and shills */
const REVIEWS_ZH = ['好评截图', '好评发红包', '好评送', '好评有礼', '五星好评', '晒单返', '追评返', '给好评', '带图好评', '刷评论', '刷榜', '买热度', '刷流量', '假评论'];

/** ONLINE-TX */
const ONLINE_TX_ZH = [
  '刷浏览量', '刷关注', '刷访客', '刷收藏', '刷加购', '刷成交', '刷真人粉', '真人粉', '出售粉丝', '粉丝出售', '卖粉丝', '买关注', '刷打赏', '刷礼物榜',
  // Art. 14(2)-(3): invented reviews for a reward and bought views, plays and viewers in a live room; the
  // paid services SAMR's 2025 private-livestream cases name ("虚拟人气", "马甲虚拟进场")
  '刷双击', '刷小心心', '刷直播间', '互刷', '刷在线人数', '刷直播人气', '刷阅读量', '刷转发', '刷评价', '虚拟人气', '马甲进场', '虚拟进场', '机器人观众',
  '评价返现', '评价有礼', '评价送红包', '评论返现', '好评有奖', '晒图有礼', '带图评价返',
];
/** ECL-17 */
const ECL17_ZH = ['空包代发', '空包单号', '空包网', '空包快递', '刷信誉', '刷钻', '代删差评', '差评改好评', '改差评', '刷热度', '刷完播', '刷数据'];
const FTC_REVIEWS_EN = ['buy likes', 'buy views', 'buy reviews', 'sell reviews', 'fake followers', 'fake likes', 'review for refund', 'refund after review', 'followers and likes', 'likes and followers'];

export const DATA_FALSIFICATION: TermGroup[] = [
  {
    id: 'data_falsification.zh',
    ...FAKE_DATA,
    lang: 'zh',
    // task-scam recruiting ("刷单返利", "刷單高額返現": train case report) belongs to gambling_fraud; warnings quote what they warn against
    unless: ['刷单返利', '兼职刷单', '刷单兼职', '刷单返现', '刷单高额返现', '刷单赚钱', '刷单佣金', ...WARNING_PHRASES],
    terms: [...TEAM_ZH, ...REVIEWS_ZH, ...ONLINE_TX_ZH, ...ECL17_ZH],
  },
  {
    id: 'data_falsification.en',
    ...FAKE_DATA,
    lang: 'en',
    // TEAM, then FTC
    // not a bare "fake reviews": news and warnings about them say it far more often than sellers (review_reward_en and
    // bought_metrics_en, goods-forms.ts, take the offers)
    terms: [...FTC_REVIEWS_EN, 'buy followers', 'buy viewers', 'viewbot', 'view bot', 'buy fake reviews', 'sell fake reviews', 'fake reviews for', 'paid reviews', 'bought followers', 'follow for follow bot', 'cheap followers',
      // ECL-17 (FTC 465.2, 465.8)
      'buy google reviews', 'buy amazon reviews', 'buy 5 star reviews', 'buy positive reviews', 'reviews for sale', 'review exchange', 'review swap',
      'buy instagram followers', 'buy tiktok followers', 'buy youtube views', 'buy youtube subscribers', 'buy twitch viewers', 'buy twitch followers',
    ],
  },
];
