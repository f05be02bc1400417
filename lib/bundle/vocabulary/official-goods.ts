/**
 * counterfeit, prohibited_goods and minor_unsuitable term lists (issue 15; index: official.ts).
 *
 *   MEASURES  网络直播营销管理办法 (试行) Art. 18 red line 3: counterfeit and substandard goods
 *   LEX-AD    the public "广告" sensitive-word lexicon: github.com/fwwdn/sensitive-stop-words 广告.txt
 *             @ a7d06bb (Apache-2.0; the same list as konsheng/Sensitive-lexicon 广告类型.txt, MIT), via
 *             ../shared/data/text/lexicons: only its entries for goods and services that may not be
 *             sold (invoices, seals, organs, surrogacy, exam answers, spy devices, cloned cars)
 *   DRUG-NET  药品网络销售监督管理办法 (2022) Art. 8 and 药品网络销售禁止清单 (第一版, 2022): vaccines,
 *             blood products, narcotic and psychotropic drugs, abortion drugs, peptide hormones …
 *   BAN-LIST  platforms' published 禁发商品 lists (e.g. wonyen.com/information/forbidden.jsp: weapons and
 *             controlled devices, 催情/迷幻 goods, drug paraphernalia); 烟草专卖法 (e-cigarettes: 电子烟
 *             管理办法 2022 forbids online sale); 野生动物保护法 Art. 28, 31
 *   MINORS    未成年人保护法 Art. 59 (no tobacco, alcohol or lottery to minors); 医疗美容服务管理办法 and
 *             卫健委 医疗美容项目分级管理目录 (cosmetic procedures: 注射, 吸脂, 隆胸, 重睑 …); 银保监会
 *             2021 notice on online consumer loans to university students
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
  {
    // LEX-AD, DRUG-NET, BAN-LIST: goods and services that may not be sold online, named as sellers name them
    // (not 熊掌 or 虎皮: "鱼与熊掌", 虎皮青椒; not 兴奋剂: sports talk)
    id: 'prohibited_goods.official.zh',
    category: 'prohibited_goods',
    severity: 'critical',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_prohibited_goods',
    lang: 'zh',
    terms: [
      // LEX-AD
      '代开发票', '刻章办', '售肾', '代孕', '代孕妈妈', '借腹生子', '出售答案', '考中答案', '替考', '套牌车', '信用卡提现', '地下钱庄', '针孔摄象', '隐形耳机', '私家侦探', '调查婚外情',
      // DRUG-NET
      '米非司酮', '打胎药', '堕胎药', '麻醉药品', '精神药品', '曲马多', '蛋白同化', '肽类激素', '易制毒', '免处方', '不用处方', '无需处方',
      // BAN-LIST and the tobacco and wildlife laws
      '烟油', '雾化弹', '一次性电子烟', '电子雾化器', '外烟批发', '弩弓', '钢珠弹', '催泪喷雾', '电警棍', '蝴蝶刀', '军刺', '三棱刀', '火药枪', '气狗',
      '象牙制品', '犀角', '穿山甲片', '大鲵', '针孔摄像头', '微型摄像头', '监听器', '偷拍神器', '迷情水', '催情水', '失身水',
    ],
  },
  {
    id: 'prohibited_goods.official.en',
    category: 'prohibited_goods',
    severity: 'critical',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_prohibited_goods',
    lang: 'en',
    terms: ['vapes for sale', 'cigarettes for sale', 'no rx needed', 'no prescription required', 'without a prescription', 'rhino horn', 'pangolin scales', 'brass knuckles', 'butterfly knife', 'hidden camera', 'spy cam', 'fake invoices', 'fake diploma'],
  },
  {
    // MINORS: cosmetic procedures, adult goods, student credit, spirits
    id: 'minor_unsuitable.official.zh',
    category: 'minor_unsuitable',
    severity: 'warning',
    ruleId: 'R-MINOR-9',
    messageKey: 'advice_minor_unsuitable',
    lang: 'zh',
    terms: [
      '水光针', '热玛吉', '超声刀', '溶脂针', '瘦脸针', '肉毒素', '埋线提升', '线雕', '吸脂', '隆胸', '双眼皮手术', '医美项目', '医美套餐',
      '飞机杯', '跳蛋', '延时喷剂', '充气娃娃', '震动棒',
      '大学生贷款', '学生分期', '校园分期', '凭学生证', '学生可借',
      '酱香型白酒', '浓香型白酒', '茅台', '五粮液', '二锅头', '泸州老窖', '汾酒', '剑南春',
    ],
  },
];
