/**
 * Selling without a marked price (R-PRICE-25; 明码标价: price-marking rules 2022 and the Livestream
 * E-commerce Supervision Measures 2026): "价格私信", "私信问价", "扣1报价", "价格看主页", "DM for price".
 * A price_fraud notice; when the price is sent through a private channel (私信/私聊/加微信/DM/PM) also
 * off_platform, since the deal then leaves the platform's records (R-OFF-7).
 * Runs on the normalised text (punctuation dropped, ASCII lower-cased, a space kept between two
 * Latin words). Every match contains one of UNMARKED_PRICE_CUES (the prefilter's triggers). Warnings,
 * negations ("不要私信问价") soften these hits in the scanner like other claims.
 */
import type { RawHit, TextDetector } from './detector-types';
import type { Normalized } from './normalize';

/** the cue literals: every match below contains one */
export const UNMARKED_PRICE_CUES = ['私信', '私聊', '私我', '加微信', '扣1', '扣一', '主页', 'dm', 'pm', 'message'] as const;

const PRIVATE = '(?:私信|私聊|私我|加微信)';
// not a bare 价格 after the channel: "私聊价格更低" is a cheaper deal off the platform (R-OFF-7), not an untold price
const ASK = '(?:问价|报价|询价|要价格|问价格|发价格|给价格|告诉价格|价格私发)';
/** a private channel for the price: "私信问价", "价格私信", "价格请私聊", "dm for price", "price in dm" */
const PRIVATE_PRICE = new RegExp(
  `${PRIVATE}(?:我|主播|客服)?${ASK}|(?:价格|价钱|报价)(?:请|需要|要)?${PRIVATE}|` +
    `(?:dm|pm|message)(?: me)? (?:for|4) (?:the )?(?:price|pricing|prices)|(?:price|prices|pricing) (?:in|via|by|on) (?:dm|pm|message|private message)`,
  'g',
);
// 明码标价 binds a business selling to consumers (price-marking rules 2022 Art. 2), not players or
// owners reselling game goods, accounts or used things ("急出游戏账号价格私聊", "收yxb私聊问价"): such a
// line keeps its off_platform hit, without the price_fraud one
const PEER_TRADE = /二手|闲置|游戏|账号|[收卖买]的?号(?!码)|装备|元宝|金币|皮肤|(?<![a-z])yx?b(?![a-z])/;
/** a price not marked but told on demand or elsewhere: "扣1报价", "想要的扣1我报价", "价格看主页" */
const UNTOLD_PRICE = /扣[1一](?:我|主播)?(?:报价|问价|私发价格|发价格)|(?:价格|价钱)(?:看|见|在)主页/g;

function span(n: Normalized, m: RegExpMatchArray): [number, number] {
  return [n.start[m.index!], n.end[m.index! + m[0].length - 1]];
}

export const UNMARKED_PRICE: TextDetector = {
  id: 'unmarked_price',
  cues: UNMARKED_PRICE_CUES,
  digits: false,
  detect: (n, out: RawHit[]) => {
    const peer = PEER_TRADE.test(n.text);
    for (const m of n.text.matchAll(PRIVATE_PRICE)) {
      const [start, end] = span(n, m);
      if (!peer) out.push({ category: 'price_fraud', severity: 'notice', ruleId: 'R-PRICE-25', messageKey: 'advice_price_fraud', detector: 'unmarked_price', start, end });
      out.push({ category: 'off_platform', severity: 'notice', ruleId: 'R-PRICE-25', messageKey: 'advice_off_platform', detector: 'unmarked_price', start, end });
    }
    for (const m of peer ? [] : n.text.matchAll(UNTOLD_PRICE)) {
      const [start, end] = span(n, m);
      out.push({ category: 'price_fraud', severity: 'notice', ruleId: 'R-PRICE-25', messageKey: 'advice_price_fraud', detector: 'unmarked_price', start, end });
    }
  },
};
