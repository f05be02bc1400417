/**
 * Efficacy claims by STRUCTURE (issue 15, R-RISK-4), beside claim-patterns.ts's verb + listed
 * condition: the forms hosts use for food, drinks, water filters, cosmetics and devices that no
 * list of diseases can hold. Sources:
 *   广告法 Art. 17 (outside medical, drug and device ads no disease-treatment claim, no medical
 *   terms), Art. 18(1)(2) (health food: no efficacy assertion or guarantee, no disease prevention or
 *   treatment), Art. 28(2)(3) (false performance and effect claims); 保健食品广告审查暂行规定 (2005)
 *   Art. 8 (no "使用该产品能够获得健康", no drug-like terms, no 治愈率/有效率); the cosmetics label
 *   list of banned words (化妆品标签禁用语清单, 2021: 医治, 治疗, 治愈, 排毒, 生发, 各类疾病名称 …).
 * Run on the normalised text (normalize.ts: punctuation and spaces between Han dropped, so windows
 * are character counts). Run right after the claim forms (claim-forms.ts), handed over as data (form-spec.ts); the scanner softens them in warnings,
 * after negations, and in viewers' questions (context.ts).
 *
 *   use_then_cured   a use, then recovery: "吃了三天鼻炎就好了", "喝了一个月血糖都降下来了",
 *                    "一吃就好", "一贴就不疼" (Art. 18(1): an efficacy guarantee in the buyer's words)
 *   disease_suffix   a treating verb before any disease named by its suffix (…病, …炎, …症, …癌, …瘤 …),
 *                    or recovery after it: "专治各种胃炎", "预防老年痴呆症", "我的鼻炎都好了"
 *   organ_repair     repairing or clearing an organ or body function: "修复胰岛", "疏通血管",
 *                    "清理血管垃圾", "恢复视力" (Art. 17: medical terms for goods that are not drugs)
 *   cure_en          English cure/prevent/protect claims: "a cure for covid", "protects you against
 *                    the virus", "no more diabetes" (FTC COVID-19 warning letters, 2020)
 */
import type { FormSpec } from './form-spec';

/**
 * each form says in words what fired (Finding.why); a match in which `drop` finds something is no
 * claim. The forms are data handed to the content script with the rules (form-spec.ts, issue 13).
 */
function detector(id: string, why: string, cues: readonly string[], re: RegExp, drop?: RegExp): FormSpec {
  // claim-patterns.ts's efficacy (a listed condition) runs first and names the claim more exactly: a
  // form overlapping one of its hits adds nothing ("吃三个月糖尿病都好了" is one claim, not two): `yields`
  return { id, why, cues, re, category: 'false_claim', severity: 'warning', ruleId: 'R-RISK-4', messageKey: 'advice_false_claim', yields: true, ...(drop ? { drop } : {}) };
}

/** a recovery: what follows 就/都 when the goods "worked" (not 好吃/好用/好看: 就好 needs 了 or 转) */

/** use verbs (eat, drink, apply, wear, soak …) */
const USE = '(?:吃|喝|用|服|泡|贴|戴|擦|抹|涂|敷|喷|按|洗)';
const RECOVERED_WORDS = ['好了', '好转', '痊愈', '康复了', '治好了', '不疼了', '不痛了', '不痒了', '不咳了', '不失眠了', '降下来', '降了', '消了', '消下去', '消肿了', '正常了', '恢复正常', '见效', '根除了'];
const THEN = ['就', '都', '全', '立马', '马上', '直接'];
// cues: the recovery (a bare 吃了/用了 would pass much of all chat), or 就 + the 一X就 effect. Every
// match contains one of them: structured-gate.ts finds all detectors' cues in one automaton pass and
// runs this pattern only on lines that hold one (no per-cue includes() since issue 13)
export const USE_CUES = ['好了', '好转', '痊愈', '康复', '不疼', '不痛', '不痒', '不咳', '不失眠', '降下来', '降了', '消了', '消下去', '消肿', '正常', '见效', '根除', '就好', '就灵', '就消', '就降', '就止'];
// "吃了饭就好了" is about a meal; "用了就没了" about using up: the recovery words above need a
// condition or a span of time between, or the 一X就 form
const RECOVERED = `(?:${RECOVERED_WORDS.join('|')})`;
const USE_THEN_CURED = new RegExp(`${USE}了(?!饭)[^就都]{1,10}?(?:${THEN.join('|')})${RECOVERED}|一${USE}就(?:好(?![吃喝用看玩听闻穿])|灵|见效|不疼|不痛|不痒|消|降|止痛|止痒)`, 'g');

/** diseases named by their suffix (the label list's 各类疾病名称: 病, 炎, 症, 癌, 瘤, 疮, 癣, 疹) */
const DISEASE = '[\\p{Script=Han}]{1,4}?(?:病|炎|症|癌|瘤|疮|癣|疹)';
// cues per alternative below: the treating verb; what the disease became; the effect word
// 解决: "从根本上解决各种老慢病的难题" (a train-split case report)
const TREAT_WORDS = ['治疗', '治愈', '治好', '根治', '医治', '专治', '主治', '可治', '能治', '包治', '防治', '预防', '远离', '告别', '摆脱', '抑制', '杀死', '清除', '消除', '解决'];
export const DISEASE_CUES = [...TREAT_WORDS, '好了', '痊愈', '治好了', '消失了', '不见了', '没了', '断根了', '根除了', '奇效', '特效', '疗效', '显著效果', '明显效果', '很好的效果'];
// not a patient or a doctor ("在治疗胃炎", "医生给我治好了"); "不能治" is left to the scanner's negation check
const TREAT = '(?<!不|在|正在|去|要|需要|接受|医院|医生|吃药)(?:治疗|治愈|治好|根治|医治|专治|主治|可治|能治|包治|防治|预防|远离|告别|摆脱|抑制|杀死|清除|消除|解决(?![不没]))';
// a person's illness in chat ("我得了胃炎") is not a claim; the goods curing it is
const DISEASE_SUFFIX = new RegExp(`${TREAT}(?:各种|各类|所有|一切|多种|老年|慢性|急性)?${DISEASE}|${DISEASE}(?:都|也|全|就|竟然|居然)(?:好了|痊愈了?|治好了|消失了|不见了|没了|断根了|根除了)|对${DISEASE}(?:都|也|特别|非常)?(?:有|很有)(?:奇效|特效|疗效|显著效果|明显效果|很好的效果|很好的疗效)`, 'gu');
// 毛病 and 病毒 name no disease: "治好了他的懒毛病", "预防病毒" is claim-patterns.ts's (病毒 listed there)
const NOT_DISEASE = /毛病|病毒|病句|语病|通病|弊病|心病|相思病|强迫症/;

/** organs and body functions (the label list's 医学专业相关用语: 细胞修复, 毛细血管, 内分泌 …) */
const ORGAN = '(?:血管|毛细血管|肝脏|肝功能|肝|肾脏|肾功能|肾|胰岛|心脏|心肌|肺部|肺|胃黏膜|胃|肠道|前列腺|视力|听力|视神经|记忆力|脑细胞|脑神经|神经|骨密度|软骨|造血功能|内分泌|免疫系统|受损细胞|细胞)';
const RESTORED = ['视力', '听力', '内分泌', '胰岛功能', '肝功能', '肾功能', '造血功能', '骨密度'];
// cues: the verb; for 恢复/调节 (everyday words: 恢复体力) the function restored
export const ORGAN_CUES = ['修复', '疏通', '清理', '软化', '清洗', '净化', '激活', '再生', '逆转', '排出', '清除', ...RESTORED];
// "恢复" and "调节" only with functions whose restoring is a medical claim (恢复视力, 调节内分泌), not 恢复体力
const ORGAN_REPAIR = new RegExp(`(?:修复|疏通|清理|软化|清洗|净化|激活|再生|逆转|清除|排出)(?:受损的?|堵塞的?|老化的?)?${ORGAN}|(?:恢复|调节)(?:${RESTORED.join('|')})|(?:血管|肝|肾|肺|肠道)(?:里的?)?(?:垃圾|毒素|斑块)(?:都|全)?(?:清|排|溶|没)`, 'g');

/** English: a cure or protection named, not a verb on a listed condition (claim-patterns.ts has those) */
const EN_ILL = '(?:the )?(?:covid(?:-?19)?|coronavirus|the virus|viruses|flu|cancer|tumou?rs?|diabetes|dementia|alzheimer\'?s|arthritis|hypertension|high blood pressure|blood sugar|heart disease|kidney disease|liver disease|autism|infections?)';
export const CURE_EN_CUES = ['cure', 'remedy', 'treatment', 'protect', 'no more', 'immune to', 'reverse', 'heal'] as const;
const CURE_EN = new RegExp(`(?<![a-z])(?:(?:a |the )?(?:cure|remedy|treatment) (?:for|of|against) ${EN_ILL}|protects? (?:you |your family |your body |against |from |you from |you against |your family from ){1,2}${EN_ILL}|no more ${EN_ILL}|immune to ${EN_ILL}|(?<!(?:or|to|could|would|might|not|claims?|claimed|claiming) )(?:reverse|heal|cure)[sd]? (?:your |my |their )?${EN_ILL})(?![a-z])`, 'g');

/**
 * English: a treating verb before a named condition ("relieves eczema", "treats the symptoms of the
 * menopause", "cures arthritis"). The drug definition these claims fall under names the verbs:
 * articles "intended for use in the ... cure, mitigation, treatment, or prevention of disease"
 * (FD&C Act §201(g)(1)); FDA's health-fraud guidance lists "treats, cures, prevents" claims for
 * supplements, and the UK CAP Code 15.6.2 / Reg. (EC) 1924/2006 Art. 14 forbid foods and
 * supplements to "prevent, treat or cure" a disease. Conditions: the diseases those texts and the
 * FTC/FDA COVID-19 letters name, plus any -itis/-osis word (inflammations and chronic conditions).
 * Not after a modal or a report's verb ("could treat", "claims to cure", "prevent, treat or cure"
 * is the regulators' own list): those report a claim, they do not make it.
 */
const EN_CONDITION =
  "(?:the )?(?:covid(?:-?19)?|coronavirus|viruses|virus|flu|influenza|colds?|common cold|cancers?|tumou?rs?|diabetes|dementia|alzheimer'?s|parkinson'?s|arthritis|hypertension|high blood pressure|high cholesterol|cholesterol|blood sugar|heart disease|kidney disease|liver disease|autism|adhd|anxiety|depression|insomnia|migraines?|eczema|psoriasis|acne|asthma|allerg(?:y|ies)|hay fever|inflammation|joint pain|chronic pain|menopause|menopausal symptoms|hot fla(?:s|us)hes|ibs|herpes|cold sores|hiv|infections?|obesity|hair loss|erectile dysfunction|impotence|gout|ulcers?|[a-z]{3,}(?:itis|osis))";
const TREAT_EN = new RegExp(
  `(?<![a-z])(?<!(?:could|would|might|to|or|not|n't|cannot|claims?|claimed|claiming|implied|implying|suggest|suggests|suggested) )(?:treats?|cures?|heals?|relieves?|reverses?|eliminates?|prevents?|banish(?:es)?|gets? rid of|(?:protects?|guards?) against)(?: all| any)?(?: the)?(?: symptoms of| signs of| causes of| your| my)?(?: the)? ?${EN_CONDITION}(?![a-z])`,
  'g',
);
/**
 * English weight loss in a stated time ("lose 10 lbs in 7 days", "drop 2 dress sizes in 2 weeks"): UK CAP
 * Code 13.10 (no claim that a precise amount of weight can be lost in a stated period) and the FTC Gut
 * Check's "more than three pounds per week" claims, so a rate counts as a stated period ("lose 10 lbs a week",
 * stop 33). Normalised text joins a number to the word before it.
 */
const WEIGHT_EN = /(?<![a-z])(?:lose|loses|lost|losing|drop|dropped|shed|shedding|melt|burn)(?: up to| over| as much as)? ?[0-9]{1,3} ?(?:lbs?|pounds|kgs?|kilos|stone|dress sizes?)(?:(?: in| within)(?: just| only)?(?: ?[0-9]{1,2}| a| one| two| three| four)(?: ?days?| ?weeks?| ?months?)| (?:a|per|each|every) (?:day|week|month))(?![a-z])/g;
export const WEIGHT_EN_CUES = ['lose', 'lost', 'losing', 'drop', 'shed', 'melt', 'burn'] as const;
export const TREAT_EN_CUES = ['treat', 'cure', 'heal', 'relieve', 'reverse', 'eliminate', 'prevent', 'banish', 'rid of', 'against'] as const;

/**
 * A buyer's testimonial of the effect, addressed to the seller ("吃了你家成功瘦20斤") or in the first
 * person with a weight lost ("我喝…还瘦了7斤"): the form paid follow-along comments take. SAMR's
 * 2025 livestream cases (萱妍堂: an account bought "跟播服务" and posted 1,500 such comments from dozens
 * of accounts; the reviews were judged 虚假用户评价) and 网络交易监督管理办法 Art. 14(2) (no invented
 * user reviews). A data_falsification notice beside the claim's own false_claim hit: one viewer's
 * line cannot prove a shill, so it is the mildest tier.
 */
const SELLER_GOODS = '(?:你家|你们家|主播家|咱家|他家|她家|这家)(?:的)?';
const LOST = '(?:瘦|掉|减)了?[0-9一二两三四五六七八九十几]+多?(?:斤|公斤|kg)';
const SHILL_TESTIMONIAL = new RegExp(`${USE}了?${SELLER_GOODS}[^。！？]{0,14}?(?:${LOST}|瘦了|好了|痊愈|不疼了|降下来|降了|见效|不反弹)|我[^。！？]{0,12}?(?:吃|喝|用|坚持)[^。！？]{0,12}?${LOST}`, 'g');
export const SHILL_CUES = ['你家', '你们家', '主播家', '咱家', '他家', '她家', '这家', '斤', 'kg'] as const;
const SHILL_FORM: FormSpec = {
  id: 'shill_testimonial',
  why: "a buyer's testimonial of the goods' effect: the form paid follow-along comments take (SAMR 2025 cases; 网络交易监督管理办法 Art. 14)",
  cues: SHILL_CUES,
  re: SHILL_TESTIMONIAL,
  category: 'data_falsification',
  severity: 'notice',
  ruleId: 'R-DATA-20',
  messageKey: 'advice_data_falsification',
};

export const EFFICACY_FORMS: readonly FormSpec[] = [
  detector('use_then_cured', 'using the goods, then a recovery (Ad Law Art. 18: no efficacy guarantee)', USE_CUES, USE_THEN_CURED),
  detector('disease_suffix', 'a treating or preventing verb before a disease, or a disease cured (Ad Law Art. 17)', [...DISEASE_CUES], DISEASE_SUFFIX, NOT_DISEASE),
  detector('organ_repair', 'repairing or clearing an organ or body function (Ad Law Art. 17: medical terms)', [...ORGAN_CUES, '垃圾', '毒素', '斑块'], ORGAN_REPAIR),
  detector('cure_en', 'a cure for or protection against a disease (FTC COVID-19 warning letters)', CURE_EN_CUES, CURE_EN),
  SHILL_FORM,
  detector('weight_en', 'a weight loss in a stated time (UK CAP Code 13.10; FTC Gut Check)', WEIGHT_EN_CUES, WEIGHT_EN),
  detector('treat_en', 'a treating or preventing verb before a disease (FD&C Act 201(g): only drugs treat, cure or prevent disease)', TREAT_EN_CUES, TREAT_EN),
];
