/**
 * data_falsification (red line 4, R-DATA-20): every term once, one group per language, each list
 * named by its source (issue 15: before, commerce.ts and official-fraud.ts held groups of the same
 * header). lures.ts's data_falsification.traffic.zh (h-lures: bought traffic, 代刷/刷量 …) is the
 * other group of this category.
 *
 *   TEAM      the project's own first lists (issues 3-5): bought fans, brushed sales, review rebates
 *   MEASURES  网络直播营销管理办法 (试行) Art. 18 red line 4: fake traffic and sales; paid reviews and
 *             shills (反不正当竞争法 Art. 8: 好评返现 cases)
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

export const DATA_FALSIFICATION: TermGroup[] = [
  {
    id: 'data_falsification.zh',
    ...FAKE_DATA,
    lang: 'zh',
    // task-scam recruiting ("刷单返利", "刷單高額返現": train case report) belongs to gambling_fraud; warnings quote what they warn against
    unless: ['刷单返利', '兼职刷单', '刷单兼职', '刷单返现', '刷单高额返现', '刷单赚钱', '刷单佣金', ...WARNING_PHRASES],
    terms: [...TEAM_ZH, ...REVIEWS_ZH],
  },
  {
    id: 'data_falsification.en',
    ...FAKE_DATA,
    lang: 'en',
    // TEAM
    terms: ['buy followers', 'buy viewers', 'viewbot', 'view bot', 'fake reviews', 'paid reviews', 'bought followers', 'follow for follow bot', 'cheap followers'],
  },
];
