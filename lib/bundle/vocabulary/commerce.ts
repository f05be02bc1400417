/** data_falsification (red line 4), price_fraud (price-marking rules Art. 16-20), minor_unsuitable. */
import type { TermGroup } from '../vocabulary';

export const COMMERCE: TermGroup[] = [
  {
    id: 'data_falsification.zh',
    category: 'data_falsification',
    severity: 'notice',
    ruleId: 'R-DATA-20',
    messageKey: 'advice_data_falsification',
    lang: 'zh',
    // task-scam recruiting ("刷单返利") belongs to gambling_fraud
    unless: ['刷单返利', '兼职刷单', '刷单兼职'],
    terms: ['刷单', '刷销量', '刷好评', '买粉', '涨粉', '刷粉', '刷人气', '刷点赞', '机器人粉', '僵尸粉', '好评返现', '五星好评返', '晒图返现', '删差评', '控评', '水军'],
  },
  {
    id: 'data_falsification.en',
    category: 'data_falsification',
    severity: 'notice',
    ruleId: 'R-DATA-20',
    messageKey: 'advice_data_falsification',
    lang: 'en',
    terms: ['buy followers', 'buy viewers', 'viewbot', 'view bot', 'fake reviews', 'paid reviews', 'bought followers', 'follow for follow bot', 'cheap followers'],
  },
  {
    id: 'price_fraud.zh',
    category: 'price_fraud',
    severity: 'notice',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_price_fraud',
    lang: 'zh',
    terms: [
      '仅限今天', '只限今天', '过了今天就恢复', '下播恢复原价', '下播就恢复', '下播涨价', '下播后恢复', '恢复原价', '马上恢复原价', '最后几单', '最后一单',
      '最后一波', '库存告急', '错过再等一年', '限时秒杀最后', '先涨后降', '今天不买明天涨',
    ],
  },
  {
    id: 'price_fraud.en',
    category: 'price_fraud',
    severity: 'notice',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_price_fraud',
    lang: 'en',
    terms: ['today only', 'only 3 left', 'only 2 left', 'last chance', 'price goes back up', 'back to full price', 'after the stream ends', 'limited stock hurry'],
  },
  {
    id: 'minor_unsuitable.zh',
    category: 'minor_unsuitable',
    severity: 'warning',
    ruleId: 'R-MINOR-9',
    messageKey: 'advice_minor_unsuitable',
    lang: 'zh',
    terms: [
      '白酒', '啤酒整箱', '高度酒', '洋酒', '威士忌', '伏特加', '酒水批发', '成人用品', '情趣用品', '情趣内衣', '避孕套', '成人玩具',
      '学生贷', '校园贷', '学生分期', '分期贷款', '无需征信', '大学生借款', '秒到账', '零首付分期', '网贷', '借钱秒批',
      '医美', '整容', '割双眼皮', '隆鼻', '玻尿酸注射', '抽脂', '彩票', '刮刮乐',
      '小朋友刷礼物', '宝宝们刷起来', '未成年也可以打赏', '用爸妈手机', '偷偷充值', '帮主播冲榜',
    ],
  },
  {
    id: 'minor_unsuitable.en',
    category: 'minor_unsuitable',
    severity: 'warning',
    ruleId: 'R-MINOR-9',
    messageKey: 'advice_minor_unsuitable',
    lang: 'en',
    terms: ['vodka', 'whiskey', 'whisky', 'tequila shots', 'adult toys', 'sex toys', 'student loan instant', 'payday loan', 'buy now pay later for students', 'lip filler', 'botox', 'scratch cards', 'use your parents card'],
  },
];
