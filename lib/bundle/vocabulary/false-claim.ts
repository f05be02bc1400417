/**
 * false_claim (R-RISK-4): every term once, one group per header (lang, severity, kinds), each list
 * named by its source (issue 15: one source of truth; before, claims.ts and official-claims.ts held
 * groups of the same header and repeated terms).
 *
 *   TEAM     the project's own first lists (issues 3-5): common host phrasing, no outside list
 *   AD-9     中华人民共和国广告法 (2021) Art. 9(3): "国家级"、"最高级"、"最佳"等用语; practitioners'
 *            lists of the Article's absolute terms: ../shared/data/text/adlaw (JD content checklist,
 *            web lists of 极限词) — multi-character entries only (single 最/至/必 over-match)
 *   AD-17    广告法 Art. 17 (no disease treatment claims outside medical ads, no medical terms) and
 *            Art. 18 (health food: no efficacy guarantees, no disease prevention/treatment claims);
 *            SAMR typical cases of ordinary food sold as medicine (改善肺结节、降血糖、溶血栓 …)
 *   HF-8     保健食品广告审查暂行规定 (2005) Art. 8: no 治愈率/有效率 or other efficacy rates
 *   FTC-GUT  FTC "Gut Check" reference guide on weight-loss claims (2014): seven claims that are always
 *            false (loss without diet or exercise, permanent loss, fat or calorie blocking, loss for all
 *            users, loss by wearing or rubbing a product on the skin)
 *   FTC-COVID FTC and FDA warning letters on COVID-19 claims (2020): "boosts your immune system"
 *   AD-9-EC  the e-commerce phrase list of the Article's absolute terms in ../shared/data/text/adlaw
 *            (web_adlaw_lists_excerpts.txt, shangwuda.gzzwz.com.cn: 全网第一, 秒杀全网, 全网底价 …): only
 *            the 全网/同行/类目/行业 forms, which are sellers' rank and price claims and not everyday
 *            speech, so they count in chat too (a viewer does not say "全网销量第一")
 *   HF-CAT   保健食品功能目录 非营养素补充剂 (SAMR/NHC 2023): the functions only an approved health food
 *            (蓝帽子) may claim, so an ordinary food, drink or device claiming them is a false claim
 *            (食品安全法 Art. 71, 广告法 Art. 18); and the medical terms of the cosmetics label list
 *            (化妆品标签禁用语清单, NMPA 2021: 消炎, 抗炎, 活血, 解毒, 毛发再生 …, Art. 17 of the Ad Law)
 *   AD-9-STATE 广告法 Art. 9(2): no use, open or veiled, of state organs' or officials' names or image
 *            ("国家指定", "央视推荐", "人民大会堂指定"), and the 2013 national campaign that forbade "特供"/"专供"
 *            marks on goods (严禁使用"特供""专供"等标识): goods sold as made for the state or the army claim a
 *            status none may claim
 *   AD-16-18 广告法 Art. 16(1) and 18(1) (no assertion or guarantee of efficacy or safety in medical,
 *            drug and health-food ads), Art. 18(4) (no comparison with drugs) and Art. 28(2)(3)
 *            (performance and proof that do not exist: invented clinical or scientific proof): a safety
 *            promise (零副作用), an efficacy guarantee (保证治愈), goods set above drugs (比吃药还管用) and
 *            proof claimed as the seller says it (临床验证有效). English: the FTC's Health Products
 *            Compliance Guidance (2022: "clinically proven", "scientifically proven" need competent and
 *            reliable scientific evidence; "guaranteed" results) and UK CAP Code 12.1 / 13.10
 *   DRUG-SWAP SAMR and CNR (央广网, 2026-01-13) reports on foods sold to diabetics as medicine: the
 *            pitch is to drop the prescribed drug (停掉西药, 不用打胰岛素); Ad Law Art. 17-18
 *
 * Absolute terms are a notice and count as advertising only in titles, product cards, captions and
 * the host's speech (in viewers' chat "最好" is everyday speech); cure and efficacy claims for food,
 * cosmetics and health products are a warning everywhere. `unless` phrases hold for the whole
 * category (scanner.ts matches them against every group of the category).
 */
import type { TermGroup } from '../vocabulary';

const AD = { category: 'false_claim', ruleId: 'R-RISK-4', messageKey: 'advice_false_claim' } as const;
const AD_KINDS: TermGroup['kinds'] = ['title', 'product', 'caption', 'host'];

/** TEAM: superlatives */
const ABSOLUTE_TEAM_ZH = [
  '最低价', '最便宜', '最好', '最佳', '最优', '最强', '最高级', '最先进', '最顶级', '史上最', '全网最', '全球最', '排名第一',
  '国家级', '世界级', '顶级', '极品', '绝无仅有', '独一无二', '万能', '百分百', '零风险', '无副作用', '永久', '首选', '王牌',
];
/** AD-9: the Article's words in practitioners' lists (独一无二, 第一品牌 are TEAM's above) */
const ABSOLUTE_AD9_ZH = [
  '中国第一', '全国第一', '销量冠军', '前所未有', '无人能及', '无与伦比',
  '首屈一指', '世界领先', '史无前例', '空前绝后', '遥遥领先', '国际级', '宇宙级', '至尊', '巅峰', '终极', '绝版', '唯一', '顶尖', '尖端', '极致',
];
/**
 * AD-9 terms that only advertising says, so they count in chat too (stop 33: on train/dev they occur only in
 * lines labelled false_claim or in ads; a viewer does not say "第一品牌"): the goods' rank (销量第一, 第一品牌,
 * 领导品牌), a secret formula (独家配方), and 驰名商标, which 商标法 Art. 14(5) forbids on goods, packaging and in
 * advertising outright. Not 最先进, 国际级 or 宇宙级: a comment that discusses countries, technology or a joke
 * says them ("美国最先进", "国际级笑话"), so they stay with the kinds above
 */
const ABSOLUTE_AD9_CHAT_ZH = ['销量第一', '第一品牌', '领导品牌', '独家配方', '驰名商标'];

/** TEAM: cures, quick results, weight and height, secret recipes */
const EFFICACY_TEAM_ZH = [
  '治愈', '包治', '无效退款', '三天见效', '7天见效', '七天见效', '当天见效', '立竿见影', '一次见效', '彻底治好', '永不复发',
  '降血压', '降血糖', '抗癌', '防癌', '治癌', '治疗糖尿病', '治疗高血压', '祛斑根除', '美白淡斑三天', '延年益寿', '壮阳',
  '减肥不反弹', '躺着就能瘦', '月瘦二十斤', '一个月瘦', '吃了就瘦', '增高神器', '长高十厘米', '提高免疫力', '增强免疫力', '排毒养颜', '清除癌细胞',
  '祖传秘方', '宫廷秘方', '特效药', '替代药物', '不用吃药',
  // not a bare 停药: a patient's own "目前擅自停药中" (COLD dev hard negative) claims nothing
  '可以停药', '能停药', '停药不反弹',
  // sob-story selling (卖惨营销: invented hardship to sell); not a bare 帮帮我们 ("医生快帮帮我们", a train SMS)
  '扶贫助农', '家里老人生病', '果农哭了', '滞销求助', '家人住院',
];
/** AD-17: disease treatment and health-function claims for food, drinks, devices and cosmetics */
const MEDICAL_AD17_ZH = [
  '治好', '治疗效果', '治疗作用', '能治疗', '可以治疗', '可治疗', '治疗各种', '有效治疗', '疗效', '调节三高', '降三高', '降血脂', '降血粘', '降尿酸', '溶血栓', '溶石', '排石', '通血管',
  '软化血管', '防治痴呆', '预防痴呆', '白发变黑', '一吃就好', '一喝就好', '一贴见效', '一贴就好', '一贴灵',
  // not a bare 吃好了/喝好了: "我吃好了" is done eating; the claim names what it cured (use_then_cured has "吃了…就好了")
  '吃好了病', '喝好了病', '吃好了我的', '喝好了我的', '包治百病', '药到病除', '不用打针', '不用吃药了', '停了药',
  '抗肿瘤', '消肿瘤', '治肿瘤', '改善肺结节', '肺结节', '预防近视', '恢复视力', '治近视', '降糖', '降压', '稳血糖', '控血糖', '修复胰岛', '修复肝', '护肝排毒',
  '增强免疫', '提高免疫', '改善睡眠', '治失眠', '补肾壮阳', '延缓衰老', '抗衰老', '逆龄', '杀死病毒', '预防新冠', '治新冠', '防新冠', '抗病毒',
  '防癌抗癌', '治愈率', '根治', '去根', '断根', '神药', '药王', '万能神油', '减肥神品', '神品',
  // the Ad Law checklist's 与夸张虚假 entries that are claims whatever the kind (../shared/data/text/adlaw)
  '瞬间见效', '神奇秘方',
];
/** HF-CAT: health-food functions and cosmetics' banned medical terms (not bare 排毒/抗氧化/燃脂/去湿气: fitness and everyday advice, "你需要去湿气" in COLD train) */
const FUNCTIONS_HFCAT_ZH = [
  '润肠通便', '调节肠道菌群', '清咽润喉', '缓解视疲劳', '缓解视觉疲劳', '缓解体力疲劳', '促进排铅', '改善缺铁性贫血', '改善黄褐斑', '改善痤疮', '改善记忆力', '提高记忆力',
  '辅助降血脂', '辅助降血糖', '辅助降血压', '保护胃黏膜', '辅助保护胃黏膜', '增加骨密度', '改善骨密度', '提高缺氧耐受力', '耐缺氧',
  '活血化瘀', '抗炎', '毛发再生', '防脱生发', '溶脂', '排宿便', '清宿便', '清除宿便', '祛湿排毒',
];
/** DRUG-SWAP: goods sold as a replacement for the prescribed drug */
const DRUG_SWAP_ZH = ['停掉西药', '停西药', '不用吃西药', '不用打胰岛素', '不用再打胰岛素', '摆脱胰岛素', '告别胰岛素', '摆脱药物', '告别药物', '代替胰岛素'];
/** AD-9-STATE: the state's or the army's name on goods (strong enough for chat: a viewer does not say 国家特供) */
const STATE_AD9_ZH = ['国家指定', '国家特供', '部队特供', '军队特供', '政府特供', '特供产品', '特供酒', '特供茶', '国宴专用', '国宴指定', '人民大会堂指定', '央视推荐', '央视上榜品牌'];
/** AD-16-18: efficacy and safety guarantees, goods above drugs, proof that the seller claims */
const GUARANTEE_AD16_ZH = [
  '零副作用', '无毒副作用', '没有任何副作用', '无任何副作用', '毫无副作用', '保证治愈', '保证有效', '保证见效', '包好包退', '不见效退款', '无效全额退款',
  '比吃药还管用', '比药还管用', '比吃药还好', '胜过吃药', '代替吃药', '可以代替药', '临床验证有效', '经临床验证', '临床证明有效', '临床实验证明', '科学证实有效',
];
/** HF-8: efficacy rates (治愈率 is AD-17's above) */
const RATES_HF8_ZH = ['治疗率', '有效率达', '有效率高达', '总有效率', '预防率', '治愈率达'];
/** words in which a term is not a claim: slang, a patient's treatment, a negation */
const NOT_A_CLAIM_ZH = [
  // 治愈 is also everyday slang for "soothing" ("好治愈", "治愈系")
  '治愈系', '好治愈', '很治愈', '太治愈', '被治愈', '超治愈', '治愈了我', '真治愈',
  // … and for films, anime and books ("年度治愈大作", COLD train hard negative)
  '治愈大作', '治愈向', '治愈番', '治愈作品', '治愈电影', '治愈动画', '治愈片',
  // "一吃就好吃" praises the taste (issue 15, sixth pass)
  '一吃就好吃', '一喝就好喝', '一用就好用',
  // a drug named by its use ("我妈每天吃降压药") claims nothing about goods
  '降压药', '降糖药', '抗病毒药',
  '治疗中', '在治疗', '去治疗', '接受治疗', '治疗期间', '正规治疗', '遵医嘱', '及时就医', '没有治疗', '不能治疗', '无法治疗', '不能治', '治不了', '并没有',
];

/** FTC-COVID: FTC / FDA COVID-19 warning letters (2020): products said to boost immunity against the virus */
const IMMUNE_FTC_EN = ['immune system boost', 'boost your immune system', 'boosts your immune system', 'immune booster', 'boost immunity', 'strengthens your immune system'];
/** TEAM in English */
const EFFICACY_TEAM_EN = [
  'cures cancer', 'cure cancer', 'cures diabetes', '100% effective', 'guaranteed results', 'miracle cure', 'lose 20 pounds', 'lose weight fast',
  'no side effects', 'fda approved cure', 'reverses aging', 'detox your body', 'boosts immunity', 'clinically proven to cure', 'instant results',
];
/** AD-16-18 in English: the FTC Health Products Compliance Guidance's proof and guarantee claims, with the verb that makes them claims (a ruling quotes a bare "clinically proven") */
const PROOF_FTC_EN = [
  'clinically proven to', 'scientifically proven to', 'proven to cure', 'proven to prevent', 'proven to reverse', 'guaranteed to cure', 'guaranteed to work',
  'guaranteed weight loss', 'melts belly fat', 'melts away fat', 'burns fat while you sleep', 'miracle pill', 'miracle supplement',
];
/** FTC-GUT */
const WEIGHT_FTC_EN = [
  'without diet or exercise', 'without dieting or exercise', 'without dieting or exercising', 'no diet no exercise', 'no dieting no exercise', 'without changing your diet',
  'permanent weight loss', 'blocks fat absorption', 'blocks the absorption of fat', 'blocks carbs', 'lose weight while you sleep', 'eat whatever you want and lose',
];
/** AD-17 in English (the "cures/prevents COVID" claims) */
const MEDICAL_AD17_EN = [
  'cures covid', 'cure covid', 'cures coronavirus', 'prevents covid', 'prevent covid', 'prevents coronavirus', 'kills the virus', 'kills coronavirus', 'cure for covid',
  'treats diabetes', 'lowers blood sugar', 'lowers blood pressure', 'reverses diabetes', 'cures arthritis', 'heals cancer', 'shrinks tumors', 'cures all', 'cure-all',
];

export const FALSE_CLAIM: TermGroup[] = [
  // "顶级复刻" is a counterfeit cue, not a superlative
  { id: 'false_claim.absolute.zh', ...AD, severity: 'notice', lang: 'zh', kinds: AD_KINDS, unless: ['顶级复刻'], terms: [...ABSOLUTE_TEAM_ZH, ...ABSOLUTE_AD9_ZH] },
  // TEAM: absolute price and rank claims strong enough to count in chat too
  {
    id: 'false_claim.absolute_strong.zh',
    ...AD,
    severity: 'notice',
    lang: 'zh',
    terms: [
      '全网最低价', '全网最低', '史上最低价', '国家级配方', '国家级产品', '全球销量第一', '全国销量第一', '行业第一品牌',
      // AD-9-EC (全网第一, 行业第一, 全国销量冠军, 国家免检, 填补国内空白 moved here from AD-9's kinds-only list)
      '全网第一', '全网销量第一', '全网销量冠军', '全网销量最高', '全网冠军', '全网最优', '全网最便宜', '全网价格最低', '全网底价', '秒杀全网', '全网最热卖',
      '同行第一', '同行销量第一', '同行底价', '类目底价', '类目第一', '行业第一', '行业销量第一', '行业最低价', '全国销量冠军', '国家免检', '填补国内空白',
      ...STATE_AD9_ZH,
      ...ABSOLUTE_AD9_CHAT_ZH,
    ],
  },
  { id: 'false_claim.efficacy.zh', ...AD, severity: 'warning', lang: 'zh', unless: NOT_A_CLAIM_ZH, terms: [...EFFICACY_TEAM_ZH, ...MEDICAL_AD17_ZH, ...RATES_HF8_ZH, ...FUNCTIONS_HFCAT_ZH, ...DRUG_SWAP_ZH, ...GUARANTEE_AD16_ZH] },
  // "prevent, treat or cure COVID-19" in the base form is the regulators' own list (FTC/FDA letters,
  // CAP Code 15.6.2) in a warning, not a seller's claim, which says "cures"
  { id: 'false_claim.efficacy.en', ...AD, severity: 'warning', lang: 'en', unless: ['or cure covid', 'or cure coronavirus', 'or prevent covid', 'or prevent coronavirus', 'or treat covid'], terms: [...EFFICACY_TEAM_EN, ...MEDICAL_AD17_EN, ...IMMUNE_FTC_EN, ...WEIGHT_FTC_EN, ...PROOF_FTC_EN] },
  // TEAM
  {
    id: 'false_claim.absolute.en',
    ...AD,
    severity: 'notice',
    lang: 'en',
    kinds: AD_KINDS,
    terms: ['best in the world', 'number one brand', '#1 brand', 'lowest price ever', 'cheapest anywhere', 'world class', 'best ever'],
  },
];
