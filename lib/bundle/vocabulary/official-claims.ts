/**
 * false_claim term lists from official sources (issue 15; index: official.ts).
 *
 *   AD-9     中华人民共和国广告法 (2021) Art. 9(3): "国家级"、"最高级"、"最佳"等用语; practitioners'
 *            lists of the Article's absolute terms: ../shared/data/text/adlaw (JD content checklist,
 *            web lists of 极限词) — multi-character entries only (single 最/至/必 over-match)
 *   AD-17    广告法 Art. 17 (no disease treatment claims outside medical ads, no medical terms) and
 *            Art. 18 (health food: no efficacy guarantees, no disease prevention/treatment claims);
 *            SAMR typical cases of ordinary food sold as medicine (改善肺结节、降血糖、溶血栓 …)
 */
import type { TermGroup } from '../vocabulary';

export const OFFICIAL_CLAIMS: TermGroup[] = [
  {
    // AD-17: disease treatment and health-function claims for food, drinks, devices and cosmetics
    id: 'false_claim.medical.zh',
    category: 'false_claim',
    severity: 'warning',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'zh',
    // "一吃就好吃" praises the taste (issue 15, sixth pass)
    unless: ['一吃就好吃', '一喝就好喝', '一用就好用', '治疗中', '在治疗', '去治疗', '接受治疗', '治疗期间', '正规治疗', '遵医嘱', '及时就医', '没有治疗', '不能治疗', '无法治疗', '不能治', '治不了', '并没有'],
    terms: [
      '治好', '治疗效果', '治疗作用', '能治疗', '可以治疗', '可治疗', '治疗各种', '有效治疗', '疗效', '调节三高', '降三高', '降血脂', '降血粘', '降尿酸', '溶血栓', '通血管',
      '软化血管', '防治痴呆', '预防痴呆', '白发变黑', '一吃就好', '一喝就好', '一贴', '吃好了', '喝好了', '包治百病', '药到病除', '不用打针', '不用吃药了', '停了药',
      '抗肿瘤', '消肿瘤', '治肿瘤', '改善肺结节', '肺结节', '预防近视', '恢复视力', '治近视', '降糖', '降压', '稳血糖', '控血糖', '修复胰岛', '修复肝', '护肝排毒',
      '增强免疫', '提高免疫', '改善睡眠', '治失眠', '补肾壮阳', '延缓衰老', '抗衰老', '逆龄', '杀死病毒', '预防新冠', '治新冠', '防新冠', '抗病毒',
      '防癌抗癌', '治愈率', '根治', '去根', '断根', '神药', '药王', '万能神油', '减肥神品', '神品',
    ],
  },
  {
    // AD-17 in English (the "cures/prevents COVID" claims)
    id: 'false_claim.medical.en',
    category: 'false_claim',
    severity: 'warning',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'en',
    terms: [
      'cures covid', 'cure covid', 'cures coronavirus', 'prevents covid', 'prevent covid', 'prevents coronavirus', 'kills the virus', 'kills coronavirus', 'cure for covid',
      'treats diabetes', 'lowers blood sugar', 'lowers blood pressure', 'reverses diabetes', 'cures arthritis', 'heals cancer', 'shrinks tumors', 'cures all', 'cure-all',
    ],
  },
  {
    // AD-9: absolute terms (practitioners' lists of the Article's words; multi-character entries)
    id: 'false_claim.absolute_list.zh',
    category: 'false_claim',
    severity: 'notice',
    ruleId: 'R-RISK-4',
    messageKey: 'advice_false_claim',
    lang: 'zh',
    kinds: ['title', 'product', 'caption', 'host'],
    terms: [
      '中国第一', '全网第一', '全国第一', '行业第一', '销量冠军', '全国销量冠军', '独家配方', '国家免检', '驰名商标', '填补国内空白', '前所未有', '无人能及', '无与伦比',
      '首屈一指', '世界领先', '史无前例', '空前绝后', '遥遥领先', '国际级', '宇宙级', '至尊', '巅峰', '终极', '绝版', '唯一', '独一无二', '第一品牌', '顶尖', '尖端', '极致',
    ],
  },
];
