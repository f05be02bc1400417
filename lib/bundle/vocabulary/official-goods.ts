/**
 * counterfeit term lists (issue 15; index: official.ts).
 *
 *   MEASURES 网络直播营销管理办法 (试行) Art. 18 red line 3: counterfeit and substandard goods
 */
import type { TermGroup } from '../vocabulary';

export const OFFICIAL_GOODS: TermGroup[] = [
  {
    // red line 3: counterfeit euphemisms and brand-code swaps
    id: 'counterfeit.euphemism.zh',
    category: 'counterfeit',
    severity: 'warning',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_counterfeit',
    lang: 'zh',
    terms: ['尾单', '积压货', '正品低价', '低价清仓', '原单', '外贸原单', '原厂货', '同厂', '同款不同标', '纯原', '公司级', '顶级版本', '专柜品质', '大牌同款', '大牌平替', '代工厂', '剪标', '无标'],
  },
];
