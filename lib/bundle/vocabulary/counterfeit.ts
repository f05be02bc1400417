/**
 * counterfeit (red line 3, R-RISK-1): every term once, one group per language, each list named by
 * its source (issue 15: before, goods.ts, official-goods.ts and case-reports.ts held three groups of
 * the same header and repeated terms).
 *
 *   TEAM        the project's own first lists (issues 3-5): sellers' words for copies, no outside list
 *   MEASURES    网络直播营销管理办法 (试行) Art. 18 red line 3: counterfeit and substandard goods;
 *               their euphemisms and brand-code swaps as sellers say them
 *   FZRB-2021   法治日报, 2021-03-18, "撤柜商品混淆视听 … 低价'名牌'靠谱吗?" (reprint at
 *               muslem.net.cn/hongguan/2021/03/18/28580.html; data/corpus/raw/web_cases.tsv, TRAIN
 *               split): brand nicknames and "撤柜/剪标/一折" selling of fakes
 *   WZ-2024     温州市瓯海区检察院 counterfeit-cosmetics case, 2024 (ycyd.jsjc.gov.cn …
 *               t20240702_1640265.shtml; raw/web_train.tsv, TRAIN split): the host called fakes
 *               "正品积压货、清仓货"
 *   TM-LAW      商标法 Art. 57 (goods bearing an identical or similar mark without licence) and
 *               电子商务法 Art. 13/38 with platforms' published 假冒/仿冒 rules (e.g. 淘宝规则 "出售假冒商品":
 *               山寨, 仿牌): the copy named as such (山寨货, 仿牌, 原版复刻, 可过验), and the English trade
 *               names for copies ("first copy watches", "7a quality"; not a bare "first copy", a book's)
 *   CUSTOMS   海关总署 warnings that customs never sells confiscated goods online (罚没物品 are auctioned
 *               only through courts' and public auction platforms): "海关罚没" goods offered in a room are
 *               fakes sold under a borrowed origin; 产品质量法 Art. 5 and 39 (以假充真: passing off)
 *   TM-LAW-2  商标法 Art. 57(1)-(2) again: the copy named by the brand it copies ("复刻大牌", "仿大牌",
 *               "复刻名表"); not a bare 复刻, which is also a game's rerun event or a brand's own re-edition,
 *               nor a bare 尾货 (lawful clearance). English: the rep trade's "unauthorized authentic"
 *               (goods said to come from the brand's own factory without its licence)
 * No term comes from a test-split source, which no rule author reads.
 */
import type { TermGroup } from '../vocabulary';

const FAKE = { category: 'counterfeit', severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'advice_counterfeit' } as const;

/** TEAM (原单 is MEASURES's below; 1:1复刻 and 11复刻 are one term after normalisation) */
const COPIES_TEAM_ZH = [
  '高仿', 'a货', '1:1复刻', '一比一复刻', '复刻版', '原单尾货', '莆田鞋', '莆田货', '莆田版', '精仿', '超a', '顶级复刻', '大牌平替原厂', '同厂同料', '跟专柜一样',
  '仿品', '假货便宜', '贴牌大牌', '工厂货大牌',
];
/** MEASURES: euphemisms */
const EUPHEMISMS_ZH = ['尾单', '积压货', '正品低价', '低价清仓', '原单', '外贸原单', '原厂货', '同厂', '同款不同标', '纯原', '公司级', '顶级版本', '专柜品质', '大牌同款', '大牌平替', '代工厂货', '代工厂尾单', '大牌代工', '剪标', '无标'];
// not a bare 代工厂: news names contract factories ("苹果的中国代工厂", COLD train); goods-forms.ts same_factory takes "大牌代工厂出来的"
/** FZRB-2021: 香奶奶 (Chanel), 一折售卖, 大牌工厂直销, 撤柜, 剪标款; WZ-2024: 正品积压 */
const CASE_REPORTS_ZH = ['香奶奶', '一折售卖', '一折大牌', '大牌一折', '大牌工厂直销', '大牌工厂货', '撤柜货', '撤柜款', '撤柜商品', '剪标款', '正品积压'];

/** TM-LAW */
const TM_LAW_ZH = [
  '山寨货', '山寨版', '山寨大牌', '仿牌', '仿款', '假名牌', '原版复刻', '原厂复刻', '复刻鞋', '复刻包', '复刻表', '可过验', '能过验', '过验无压力',
  // a copy sold as identical to the mark's goods (商标法 Art. 57(1)-(2): identical or similar goods under the mark)
  '仿货', '跟正品一模一样', '和正品一模一样', '与正品一模一样', '跟正品一样', '和正品一样', '和专柜一模一样', '跟专柜一模一样', '专柜一比一', '一比一还原', '原厂开模', '原版开模',
];
const TM_LAW_EN = [
  'first copy watches', 'first copy bags', 'first copy shoes', 'master copy watches', '7a quality', 'high copy', 'mirror copy',
  // the copy trade's own grades and names (sellers' words, as the zh list: not a report's "counterfeit")
  'super copy', 'super copies', 'supercopy', 'aaa grade', 'grade aaa', 'copy watches', 'copy handbags', 'copy bags', 'rep shoes', 'rep sneakers', '1:1 quality',
  'identical to the original', 'indistinguishable from the original', 'same factory as the original',
];

/** CUSTOMS */
const CUSTOMS_ZH = ['海关罚没', '罚没货', '海关扣押货', '海关没收货', '海关收缴货'];
/** TM-LAW-2 */
const TM_LAW2_ZH = ['复刻大牌', '大牌复刻', '复刻名表', '复刻款', '复刻奢侈品', '复刻手表', '复刻包包', '仿大牌', '仿名牌', '一比一仿', '大牌仿款', '奢侈品仿'];

export const COUNTERFEIT: TermGroup[] = [
  { id: 'counterfeit.zh', ...FAKE, lang: 'zh', terms: [...COPIES_TEAM_ZH, ...EUPHEMISMS_ZH, ...CASE_REPORTS_ZH, ...TM_LAW_ZH, ...CUSTOMS_ZH, ...TM_LAW2_ZH] },
  {
    id: 'counterfeit.en',
    ...FAKE,
    lang: 'en',
    // TM-LAW, then TEAM
    // not "counterfeit", "knock off", "unauthorized copy": reporters' and officials' words (news, seizures,
    // warnings), which no seller uses of his own goods; "knock off" is also a price cut ("knock off 20%")
    // nor "fake designer": a buyer's question about fakes ("where dey got sum fake designer", Davidson dev)
    terms: [...TM_LAW_EN, 'replica', 'replicas', 'reps available', 'reps for sale', 'rep bags', '1:1 copy', 'mirror quality', 'aaa quality', 'super fake', 'knockoff', 'knockoffs', 'unauthorized authentic', 'unauthorised authentic'],
  },
];
