/** counterfeit (red line 3) and prohibited_goods (red line 7; Ad Law Art. 15, 22). */
import type { TermGroup } from '../vocabulary';

export const GOODS: TermGroup[] = [
  {
    id: 'counterfeit.zh',
    category: 'counterfeit',
    severity: 'warning',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_counterfeit',
    lang: 'zh',
    terms: ['高仿', 'a货', '1:1复刻', '11复刻', '一比一复刻', '复刻版', '原单', '原单尾货', '莆田鞋', '莆田货', '莆田版', '精仿', '超a', '顶级复刻', '大牌平替原厂', '同厂同料', '跟专柜一样', '仿品', '假货便宜', '贴牌大牌', '工厂货大牌'],
  },
  {
    id: 'counterfeit.en',
    category: 'counterfeit',
    severity: 'warning',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_counterfeit',
    lang: 'en',
    terms: ['replica', 'replicas', 'reps available', 'reps for sale', 'rep sneakers', 'rep bags', '1:1 copy', 'mirror quality', 'aaa quality', 'super fake', 'fake designer', 'knockoff', 'knock off', 'counterfeit', 'unauthorized copy'],
  },
  {
    id: 'prohibited_goods.zh',
    category: 'prohibited_goods',
    severity: 'critical',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_prohibited_goods',
    lang: 'zh',
    // 大麻 inside everyday words is not cannabis (大麻烦 "big trouble", 大麻花 a fried snack)
    unless: ['大麻烦', '大麻花'],
    terms: [
      '电子烟', '烟弹', '雾化烟', '小烟', '香烟批发', '免税烟', '烟草批发', '卷烟', '雪茄批发',
      '处方药', '代购处方药', '减肥药', '春药', '迷药', '迷幻药', '听话水', '催情', '安眠药批发', '三唑仑', '冰毒', '大麻', '笑气',
      '管制刀具', '弹簧刀', '甩棍', '电击器', '防身电棍', '气枪', '仿真枪', '枪支', '弩箭', '钢珠枪', '烟花爆竹', '鞭炮批发', '礼花弹',
      '象牙', '穿山甲', '犀牛角', '虎骨', '熊胆', '野生动物', '玳瑁',
      '针孔摄像', '偷拍设备', '窃听器', '定位追踪器', '开锁工具',
      '代开发票', '发票代开', '代开各类发票', '代开增值税', '发票供应', '出售发票', '刻章', '代刻公章', '假证', '办证', '代办证件', '银行卡出售', '出售银行卡', '收购银行卡', '手机卡出售',
    ],
  },
  {
    id: 'prohibited_goods.en',
    category: 'prohibited_goods',
    severity: 'critical',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_prohibited_goods',
    lang: 'en',
    terms: ['vape pods', 'vape juice', 'e-cig', 'disposable vape', 'thc carts', 'weed for sale', 'no prescription needed', 'without prescription', 'oxy pills', 'xanax', 'ivory for sale', 'switchblade', 'stun gun', 'spy camera', 'fake id', 'fake invoice'],
  },
];
