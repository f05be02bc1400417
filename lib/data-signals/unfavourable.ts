/**
 * Is a chat line unfavourable to the seller (R-DATA-21)? Complaints about quality, delivery,
 * refunds or being cheated are what a seller has a motive to delete. A deliberately small list of
 * our own words: a miss costs one vanish record, a false hit costs nothing unless the line vanishes.
 */
import { nfkcLower } from './nfkc';

export const UNFAVOURABLE_ZH = ['假货', '质量差', '质量不好', '退货', '退款', '不发货', '没发货', '骗人', '骗子', '被骗', '上当', '别买', '不要买', '千万别', '差评', '投诉', '坑人', '太坑', '货不对板', '缩水', '过敏', '烂脸', '售后不', '客服不理', '三无', '智商税', '翻车', '虚假宣传'];
export const UNFAVOURABLE_EN = ['fake', 'scam', 'refund', 'ripoff', 'rip off', "don't buy", 'dont buy', 'never arrived', 'broken', 'poor quality', 'complain', 'misleading', 'counterfeit'];

/**
 * The words as one alternation of literals: one regex pass per line instead of 41 includes()
 * (every chat message asks this; the overlay bench, issue 13). Same answer as "some word is a
 * substring" (tests/unit/data-signals/unfavourable.test.ts).
 */
const ANY_WORD = new RegExp([...UNFAVOURABLE_ZH, ...UNFAVOURABLE_EN].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export function isUnfavourable(text: string): boolean {
  return ANY_WORD.test(nfkcLower(text));
}
