/**
 * A directed insult (MEASURES Art. 18 red line 6, R-RISK-1): a pejorative aimed at "you" — the
 * second person, or the person a comment answers (楼主, 答主, 主播 …) — within a few characters
 * ("你是不是有病", "主播真垃圾", "闭嘴吧你"). A bare pejorative is often about a thing ("傻眼",
 * "垃圾分类"); aimed at a person it is an insult. Tuned on the COLDataset dev file (dev split):
 * 74 offensive lines found, 1 non-offensive line (of 3,216). Runs on the normalised text
 * (punctuation dropped), so the windows are short. Harassment is never softened by context
 * (context.ts): a warning can still insult.
 */
import type { RawHit, TextDetector } from './detector-types';
import { detector } from './commerce-patterns';

/** every match contains one of these (the prefilter's cues); "丑"/"狗" left out: products and pets */
export const PEJORATIVES = [
  '恶心', '傻', '蠢', '有病', '闭嘴', '垃圾', '不要脸', '屎', '胡说八道', '放屁', '去死', '没素质', '素质低', '素质差', '杠精', '喷子', 'sb', '脑回路',
  '活该', '脑残', '弱智', '智障', '白痴', '废物', '贱', '神经病', '键盘侠', '无耻', '算什么东西', '算个什么东西', '找死', '滚', '猪脑', '狗东西', '女马', '你妈', '你爹',
  // stop 32: more of the same kind (not 王八 a turtle, 小丑 a clown, 有毛病 a fault: "你的手机有毛病")
  '低能', '缺德', '没脑子', '没教养', '没家教', '混蛋', '傻缺',
] as const;
const YOU = '(?:你们|你|您|楼主|答主|博主|主播|lz|题主|up主)';
// 傻眼 (stunned), 滚动 (scrolling) and 恶心 as a symptom ("你会恶心想吐吗", issue 15) are not insults
const NOT_AFTER: Record<string, string> = { 傻: '眼', 滚: '动|烫|筒|轮', 恶心: '想吐|呕吐|反胃|干呕|头晕' };
const PEJ = `(?:${PEJORATIVES.map((p) => (NOT_AFTER[p] ? `${p}(?!${NOT_AFTER[p]})` : p)).join('|')})`;
const DIRECTED = new RegExp(`${YOU}.{0,5}?${PEJ}|${PEJ}.{0,3}?${YOU}`, 'g');

export const DIRECTED_INSULT: TextDetector = {
  id: 'directed_insult',
  cues: PEJORATIVES,
  digits: false,
  detect: (n, out: RawHit[]) => {
    for (const m of n.text.matchAll(DIRECTED)) {
      out.push({ category: 'harassment', severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'advice_harassment', detector: 'directed_insult', start: n.start[m.index!], end: n.end[m.index! + m[0].length - 1] });
    }
  },
};

/**
 * People named wholesale as trash or vermin ("这些人都是垃圾", "男的全是畜生", "你们没一个好东西"): 网络暴力信息治理规定
 * (2024) Art. 2 counts 贬低 and 侮辱谩骂 of people as online violence whether or not one person is named. The subject
 * must be people (人, 你们, 男的 …): "这些手机都是垃圾" judges goods. Criminal nouns (骗子, 小偷) are left out: "私聊
 * 的人都是骗子" warns. Train/dev (stop 33): 16 harassment lines, no other.
 */
const GROUP_INSULT = /(?:人|你们|他们|她们|男的|女的|男人|女人|粉丝?|党)(?:(?:都|全|全都|基本都|大多)是(?:些|一群|一帮)?(?:垃圾|傻逼|傻子|猪|狗|废物|人渣|蠢货|蠢猪|白痴|弱智|脑残|智障|畜生|贱人|贱货|杂种|神经病|疯子|变态|sb|煞笔|渣滓|败类|奴才|狗腿子|汉奸)|(?:都|全都)(?:该死|去死|不是人|死光)|没一?个好东西|没有一个好东西)/g;
export const GROUP_INSULT_DETECTOR = detector('group_insult', ['都是', '全是', '大多是', '都该死', '都去死', '都不是人', '死光', '好东西'], GROUP_INSULT, 'harassment', 'notice', 'R-RISK-1');
