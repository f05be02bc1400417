/**
 * false_claim (R-RISK-4): absolute terms are a notice and count as advertising only in titles,
 * product cards and captions (in viewers' chat "最好" is everyday speech); cure and efficacy claims
 * for food, cosmetics and health products are at least a warning everywhere.
 */
import type { TermGroup } from '../vocabulary';

export const CLAIMS: TermGroup[] = [
  {
    id: 'false_claim.absolute.zh',
    category: 'false_claim',
    severity: 'notice',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'zh',
    kinds: ['title', 'product', 'caption', 'host'],
    terms: [
      '最低价', '最便宜', '最好', '最佳', '最优', '最强', '最高级', '最先进', '最顶级', '史上最', '全网最', '全球最', '销量第一', '第一品牌', '排名第一',
      '国家级', '世界级', '顶级', '极品', '绝无仅有', '独一无二', '万能', '百分百', '零风险', '无副作用', '永久', '首选', '王牌', '领导品牌',
    ],
  },
  {
    id: 'false_claim.absolute_strong.zh',
    category: 'false_claim',
    severity: 'notice',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'zh',
    terms: ['全网最低价', '全网最低', '史上最低价', '国家级配方', '国家级产品', '全球销量第一', '全国销量第一', '行业第一品牌'],
  },
  {
    id: 'false_claim.efficacy.zh',
    category: 'false_claim',
    severity: 'warning',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'zh',
    terms: [
      '根治', '治愈', '药到病除', '包治', '无效退款', '三天见效', '7天见效', '七天见效', '当天见效', '立竿见影', '一次见效', '彻底治好', '永不复发',
      '降血压', '降血糖', '降三高', '抗癌', '防癌', '治癌', '治疗糖尿病', '治疗高血压', '治失眠', '祛斑根除', '美白淡斑三天', '延年益寿', '壮阳',
      '减肥不反弹', '躺着就能瘦', '月瘦二十斤', '一个月瘦', '吃了就瘦', '增高神器', '长高十厘米', '提高免疫力', '增强免疫力', '排毒养颜', '清除癌细胞',
      '祖传秘方', '宫廷秘方', '神药', '特效药', '替代药物', '不用吃药', '停药',
      '扶贫助农', '家里老人生病', '帮帮我们', '果农哭了', '滞销求助', '家人住院',
    ],
  },
  {
    id: 'false_claim.efficacy.en',
    category: 'false_claim',
    severity: 'warning',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'en',
    terms: [
      'cures cancer', 'cure cancer', 'cures diabetes', '100% effective', 'guaranteed results', 'miracle cure', 'lose 20 pounds', 'lose weight fast',
      'no side effects', 'fda approved cure', 'reverses aging', 'detox your body', 'boosts immunity', 'clinically proven to cure', 'instant results',
    ],
  },
  {
    id: 'false_claim.absolute.en',
    category: 'false_claim',
    severity: 'notice',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'en',
    kinds: ['title', 'product', 'caption', 'host'],
    terms: ['best in the world', 'number one brand', '#1 brand', 'lowest price ever', 'cheapest anywhere', 'world class', 'best ever'],
  },
];
