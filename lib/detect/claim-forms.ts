/**
 * Claim forms (issue 15), data like the other rule forms (form-spec.ts; issue 13: their patterns
 * are not in the content script). They run on the normalised text (normalize.ts: punctuation and
 * spaces dropped, so windows are short character counts, not clauses), first among the forms, so an
 * efficacy form (efficacy-forms.ts) yields to the efficacy claim here that names the condition.
 *
 *   efficacy      an efficacy verb near a disease or body condition ("对高血压糖尿病都有很好的治疗效果",
 *                 "降低血糖", "血栓快速溶解"). Source: 广告法 Art. 17 and 28 (no disease claims outside
 *                 medical ads), 食品安全法 Art. 71 (food labels and ads may not claim to prevent or treat
 *                 disease); the condition list is SAMR's health-food function catalogue (保健食品功能目录,
 *                 2023) and the diseases its announcements name, plus the Ad Law checklist entries
 *                 "远离…病", "可治疗…" (../shared/data/text/adlaw).
 *   review_reward a reward for a good review ("好评截图领红包", "五星晒图返2元"): MEASURES red line 4,
 *                 反不正当竞争法 Art. 8 (好评返现 cases).
 *
 * Every hit is a claim, so benign context (warnings, negations, viewers' questions) softens it in the scanner.
 */
import type { FormSpec } from './form-spec';

/** conditions and diseases (every efficacy match contains one: the prefilter's cues) */
export const CONDITIONS = [
  '糖尿病', '高血压', '高血脂', '高血糖', '血糖', '血压', '血脂', '血栓', '血粘', '尿酸', '痛风', '三高', '胆固醇', '癌症', '癌细胞', '肿瘤', '结节', '结石',
  '关节炎', '风湿', '骨质疏松', '颈椎病', '腰椎间盘', '腰间盘', '失眠', '便秘', '胃病', '胃炎', '溃疡', '肝病', '脂肪肝', '肾病', '肾虚', '前列腺',
  '近视', '白内障', '白发', '脱发', '痴呆', '中风', '脑梗', '心梗', '心脑血管', '冠心病', '病毒', '流感', '新冠', '肺炎', '哮喘', '鼻炎', '湿疹',
  '牛皮癣', '白癜风', '贫血', '妇科病', '百病', '各种病', '慢性病', '炎症',
  // English in the normalised form (a space kept between two Latin words)
  'diabetes', 'cancer', 'tumor', 'covid', 'coronavirus', 'arthritis', 'alzheimer', 'dementia', 'hypertension', 'high blood pressure', 'blood sugar', 'cholesterol',
] as const;
const COND = CONDITIONS.join('|');
// a verb of treating before the condition, or an effect word after it; a person being treated
// ("在治疗高血压", "医生让我治疗") is not a claim about goods, and 解决 a condition is one ("真正解决血栓问题",
// a train-split case report; SAMR cases of food sold as medicine); and "不能治" leaves the negation to the
// scanner (the match then starts at 治, after it): the look-behind drops those
// (English: "prevent, treat or cure", "claims to cure", "could treat" report a claim: FTC/FDA warnings, CAP Code 15.6.2)
const VERB_BEFORE = '(?<!不|在|正在|去|要|需要|接受|医院|医生|吃药|or |to |could |claims )(?:治疗|治愈|治好|根治|医治|专治|主治|可治|能治|预防|防治|改善|缓解|降低|降|调理|修复|消除|溶解|溶|逆转|远离|告别|清除|疏通|解决(?![不没])|cures?|treats?|prevents?|reverses?|heals?|kills?|fights? ?off|beats?)';
const EFFECT_AFTER = '(?:有效(?!期)|疗效|治疗效果|很好的效果|克星|全好了|都好了|就好了|没了|消失了|痊愈|康复了|不复发|快速溶解|溶解|降下来|下降了|恢复正常|都正常了|变黑)';
const EFFICACY = new RegExp(`${VERB_BEFORE}.{0,6}?(?:${COND})|(?:${COND}).{0,8}?${EFFECT_AFTER}`, 'g');

/** a good review traded for money or a gift */
export const REVIEW_CUES = ['好评', '五星', '晒图', '晒单', '追评', 'review'] as const;
// a bare 返/领/送 after praise is no reward ("好评不断…做个返校", "好评如潮 送货快": COLD train): money or a number follows
const REVIEW_REWARD = /(?:好评|五星|晒图|晒单|追评|5星|fivestar|5starreview|review).{0,16}?(?:返现|返(?:钱|红包|利|[0-9一二两三四五六七八九十几])|红包|奖励|领(?:取|红包|现金|[0-9一二两三四五六七八九十几])|现金|打款|送(?:红包|现金|礼|[0-9一二两三四五六七八九十几])|cashback|giftcard|rebate)/g;

export const CLAIM_FORMS: readonly FormSpec[] = [
  { id: 'efficacy', why: 'a treating verb near a disease or condition, or an effect word after it (Ad Law Art. 17, Food Safety Law Art. 71)', cues: CONDITIONS, re: EFFICACY, category: 'false_claim', severity: 'warning', ruleId: 'R-RISK-4', messageKey: 'advice_false_claim' },
  { id: 'review_reward', why: 'a good review traded for money or a gift (Measures red line 4)', cues: [...REVIEW_CUES, '5星'], re: REVIEW_REWARD, category: 'data_falsification', severity: 'notice', ruleId: 'R-DATA-20', messageKey: 'advice_data_falsification' },
];
