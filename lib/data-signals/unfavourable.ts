/**
 * Is a chat line unfavourable to the seller (R-DATA-21)? Complaints about quality, delivery,
 * refunds or being cheated are what a seller has a motive to delete. A deliberately small list of
 * our own words: a miss costs one vanish record, a false hit costs nothing unless the line vanishes.
 */
import { nfkcLower } from './nfkc';

const ZH = ['假货', '质量差', '质量不好', '退货', '退款', '不发货', '没发货', '骗人', '骗子', '被骗', '上当', '别买', '不要买', '千万别', '差评', '投诉', '坑人', '太坑', '货不对板', '缩水', '过敏', '烂脸', '售后不', '客服不理', '三无', '智商税', '翻车', '虚假宣传'];
const EN = ['fake', 'scam', 'refund', 'ripoff', 'rip off', "don't buy", 'dont buy', 'never arrived', 'broken', 'poor quality', 'complain', 'misleading', 'counterfeit'];

export function isUnfavourable(text: string): boolean {
  const t = nfkcLower(text);
  return ZH.some((w) => t.includes(w)) || EN.some((w) => t.includes(w));
}
