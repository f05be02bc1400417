/**
 * prohibited_goods (red line 7, R-RISK-1; Ad Law Art. 15, 22): every term once, one group per
 * language, each list named by its source (issue 15: before, goods.ts and official-goods.ts held
 * groups of the same header and repeated terms).
 *
 *   TEAM      the project's own first lists (issues 3-5): goods and services sellers offer, no outside list
 *   LEX-AD    the public "广告" sensitive-word lexicon: github.com/fwwdn/sensitive-stop-words 广告.txt
 *             @ a7d06bb (Apache-2.0; the same list as konsheng/Sensitive-lexicon 广告类型.txt, MIT), via
 *             ../shared/data/text/lexicons: only its entries for goods and services that may not be
 *             sold (invoices, seals, organs, surrogacy, exam answers, spy devices, cloned cars)
 *   DRUG-NET  药品网络销售监督管理办法 (2022) Art. 8 and 药品网络销售禁止清单 (第一版, 2022): vaccines,
 *             blood products, narcotic and psychotropic drugs, abortion drugs, peptide hormones …
 *   BAN-LIST  platforms' published 禁发商品 lists (e.g. wonyen.com/information/forbidden.jsp: weapons and
 *             controlled devices, 催情/迷幻 goods, drug paraphernalia); 烟草专卖法 (e-cigarettes: 电子烟
 *             管理办法 2022 forbids online sale); 野生动物保护法 Art. 28, 31
 *   ANTI-FRAUD 反电信网络诈骗法 (2022) Art. 31: no one may buy, sell, rent out or lend phone cards, IoT
 *             cards, SMS ports, bank or payment accounts or internet accounts (the 断卡 campaign's 两卡);
 *             Art. 21 and 网络安全法 Art. 24 (real-name registration: a card or server sold 免实名);
 *             海关法 Art. 82 (smuggled goods offered as such: 走私烟, 走私手机 …). Written as the offers
 *             name them (出租银行卡, 出售手机卡), not copied from an evaluation line. Buying cards in the
 *             trade's slang (收一类卡, 收盾卡公户, …买断) is goods-forms.ts card_trade (stop 32, once
 *             the train split labelled card trading prohibited_goods); game accounts for sale are everyday trade
 *   STATUTES  goods other statutes forbid to trade, named as offers name them: counterfeit money
 *             (人民币管理条例 Art. 26, 刑法 Art. 171: 出售假币), human organs and gametes (人体器官移植条例
 *             Art. 3: 卖肾, 肾源; 人类辅助生殖技术管理办法 Art. 3: no trade in gametes, 有偿捐卵), excavated
 *             relics (文物保护法 Art. 51: 出土文物, the dealers' 生坑), explosives (民用爆炸物品安全管理条例
 *             Art. 3: 雷管, 黑火药), the most toxic chemicals and banned rodenticides and pesticides
 *             (危险化学品安全管理条例 Art. 38-39, 剧毒化学品; 农业农村部 禁止使用的农药名录: 毒鼠强,
 *             氟乙酰胺, 百草枯), personal data searched or sold (刑法 Art. 253-1, 个人信息保护法 Art. 10:
 *             社工库, 开房记录, 户籍查询; not 查开房: "查开房门禁卡"), and the new psychoactive "zombie" e-cigarettes the police name
 *             (依托咪酯: 丧尸烟). A chat comment that discusses them offers nothing (context.ts isDiscussion).
 *             English: carding and identity data (fullz, dumps with pin: U.S. DoJ carding indictments),
 *             counterfeit money offered for sale (18 U.S.C. 473), machine-gun conversion devices (ATF:
 *             "Glock switches", auto sears are machine guns under 26 U.S.C. 5845(b)) and unserialised guns
 * Not 熊掌 or 虎皮 ("鱼与熊掌", 虎皮青椒), not 兴奋剂 (sports talk); not a bare 野生动物 ("爱吃野生动物",
 * COLD dev hard negatives): goods-forms.ts prohibited_offer takes an offer of wild animals (出售野生动物).
 */
import type { TermGroup } from '../vocabulary';

const BANNED = { category: 'prohibited_goods', severity: 'critical', ruleId: 'R-RISK-1', messageKey: 'advice_prohibited_goods' } as const;

/** TEAM (代开发票 is LEX-AD's below) */
const GOODS_TEAM_ZH = [
  '电子烟', '烟弹', '雾化烟', '小烟', '香烟批发', '免税烟', '烟草批发', '卷烟', '雪茄批发',
  '处方药', '代购处方药', '减肥药', '春药', '迷药', '迷幻药', '听话水', '催情', '安眠药批发', '三唑仑', '冰毒', '大麻', '笑气',
  '管制刀具', '弹簧刀', '甩棍', '电击器', '防身电棍', '气枪', '仿真枪', '枪支', '弩箭', '钢珠枪', '烟花爆竹', '鞭炮批发', '礼花弹',
  '象牙', '穿山甲', '犀牛角', '虎骨', '熊胆', '玳瑁',
  '针孔摄像', '偷拍设备', '窃听器', '定位追踪器', '开锁工具',
  '发票代开', '代开各类发票', '代开增值税', '发票供应', '出售发票', '刻章', '代刻公章', '假证', '办证', '代办证件', '银行卡出售', '出售银行卡', '收购银行卡', '手机卡出售',
];
// not a bare 代孕: debates about surrogacy (COLD train) and a bare tg_spam line labelled benign; the offers name a service
const LEX_AD_ZH = ['代开发票', '刻章办', '售肾', '代孕服务', '代孕机构', '代孕中介', '代孕套餐', '试管代孕', '代孕妈妈', '借腹生子', '出售答案', '考中答案', '替考', '套牌车', '信用卡提现', '地下钱庄', '针孔摄象', '隐形耳机', '私家侦探', '调查婚外情'];
const DRUG_NET_ZH = [
  '米非司酮', '打胎药', '堕胎药', '麻醉药品', '精神药品', '曲马多', '蛋白同化', '肽类激素', '易制毒', '免处方', '不用处方', '无需处方',
  // 麻醉药品和精神药品品种目录 (2013, with the 2019-2024 additions): controlled drugs and the new
  // psychoactive substances the police name in 上头电子烟 warnings (合成大麻素, 依托咪酯)
  '氯胺酮', 'k粉', '摇头丸', '麻古', '海洛因', '可卡因', '芬太尼', '羟基丁酸', '依托咪酯', '合成大麻素', '上头电子烟', '阿普唑仑', '艾司唑仑', '地西泮',
];
const BAN_LIST_ZH = [
  '烟油', '雾化弹', '一次性电子烟', '电子雾化器', '外烟批发', '弩弓', '钢珠弹', '催泪喷雾', '电警棍', '蝴蝶刀', '军刺', '三棱刀', '火药枪', '气狗',
  '象牙制品', '犀角', '穿山甲片', '大鲵', '针孔摄像头', '微型摄像头', '监听器', '偷拍神器', '迷情水', '催情水', '失身水',
  // knock-out and "obedience" drugs as the police warnings on 迷奸药 name them
  '蒙汗药', '迷奸药', '乖乖水', '听话药', '昏睡药', '仿真手枪', '气步枪', '枪支弹药', '氟硝西泮', '失忆水', '迷幻水',
  // 烟草专卖法 Art. 31-32 and the tobacco monopoly's warnings on 微商烟: cigarettes sold online are
  // untaxed, smuggled or fake, named by where they come from
  '微商烟', '烟源', '代工烟', '越南代工', '出口烟', '高仿烟', '香烟货源', '香烟代购', '正品香烟', '烟草代购',
];

const ANTI_FRAUD_ZH = [
  '出租银行卡', '出借银行卡', '租用银行卡', '买卖银行卡', '出售手机卡', '出售电话卡', '物联网卡出售', '出售物联网卡', '短信端口出租', '出租短信端口',
  '免实名', '无需实名', '不用实名', '免实名卡', '走私烟', '走私香烟', '走私手机', '走私车', '走私货', '走私手表', '走私冻品', '走私牛肉',
];

/** STATUTES */
const STATUTES_ZH = [
  '出售假币', '假币出售', '卖假币', '假钞出售', '出售假钞', '假币货源', '卖肾', '买肾', '肾源', '器官买卖', '出售器官', '有偿捐卵', '捐卵', '供卵', '卖卵子',
  '出土文物', '生坑', '雷管', '黑火药', '导火索', '氰化钾', '氰化钠', '毒鼠强', '氟乙酰胺', '百草枯', '社工库', '开房记录', '户籍查询', '丧尸烟',
];
const STATUTES_EN = ['fullz', 'dumps with pin', 'cc dumps', 'cloned cards', 'undetectable counterfeit', 'counterfeit bills for sale', 'counterfeit money for sale', 'glock switch', 'glock switches', 'auto sear', 'auto sears', 'ghost guns for sale', 'untraceable guns'];

export const PROHIBITED_GOODS: TermGroup[] = [
  {
    id: 'prohibited_goods.zh',
    ...BANNED,
    lang: 'zh',
    // 大麻 inside everyday words is not cannabis (大麻烦 "big trouble", 大麻花 a fried snack)
    unless: ['大麻烦', '大麻花'],
    terms: [...GOODS_TEAM_ZH, ...LEX_AD_ZH, ...DRUG_NET_ZH, ...BAN_LIST_ZH, ...ANTI_FRAUD_ZH, ...STATUTES_ZH],
  },
  {
    id: 'prohibited_goods.en',
    ...BANNED,
    lang: 'en',
    terms: [
      // TEAM
      'vape pods', 'vape juice', 'e-cig', 'disposable vape', 'thc carts', 'weed for sale', 'no prescription needed', 'without prescription', 'oxy pills', 'xanax',
      'ivory for sale', 'switchblade', 'stun gun', 'spy camera', 'fake id', 'fake invoice',
      // DRUG-NET, BAN-LIST, LEX-AD in English
      'vapes for sale', 'cigarettes for sale', 'no rx needed', 'no prescription required', 'without a prescription', 'rhino horn', 'pangolin scales', 'brass knuckles',
      'butterfly knife', 'hidden camera', 'spy cam', 'fake invoices', 'fake diploma',
      // FDA online-pharmacy warnings and BeSafeRx: prescription drugs without a prescription; knock-out drugs
      'no doctor visit', 'without a doctor', 'buy ghb', 'cheap cigarettes', 'duty free cigarettes', 'tax free cigarettes',
      ...STATUTES_EN,
    ],
  },
];
