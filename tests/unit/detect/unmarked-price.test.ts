/** Selling without a marked price (R-PRICE-25): price_fraud, plus off_platform for a private channel. */
import { describe, expect, it } from 'vitest';
import { categories, scan } from './helpers';

const unmarked = (t: string, kind: Parameters<typeof scan>[1] = 'chat') => scan(t, kind).filter((f) => f.ruleId === 'R-PRICE-25');
// an overlapping off_platform term (e.g. «dm») may win the category's one finding, so the categories
// are read from all findings, and the unmarked-price hit must be among them
const cats = (t: string, kind: Parameters<typeof scan>[1] = 'chat') => (unmarked(t, kind).length ? categories(t, kind) : []);

describe('unmarked prices (R-PRICE-25)', () => {
  it('a price by private message is price_fraud and off_platform (zh)', () => {
    for (const t of ['价格私信', '喜欢的宝宝私信问价哦', '价格请私聊主播', '加V问价']) {
      expect(cats(t), t).toEqual(['off_platform', 'price_fraud']);
    }
  });
  it('a price by private message is price_fraud and off_platform (en)', () => {
    for (const t of ['DM for price!', 'Price in DM, limited stock', 'pm me for pricing']) {
      expect(cats(t), t).toEqual(['off_platform', 'price_fraud']);
    }
  });
  it('a price told only on demand or elsewhere is price_fraud only', () => {
    for (const t of ['想要的扣1我报价', '扣1报价', '价格看主页']) expect(cats(t), t).toEqual(['price_fraud']);
    expect(cats('扣1报价', 'product')).toEqual(['price_fraud']);
  });
  it('players and owners reselling game goods, accounts or used things: off_platform only', () => {
    // price marking binds a business selling to consumers (2022 rules Art. 2); the private channel still leaves the platform
    for (const t of ['急出二手相机，价格私聊', '收游戏金币的老板私聊问价', '卖号，价格私信', '闲置耳机价格私我', '大量收yxb私聊报价']) {
      expect(categories(t), t).toEqual(['off_platform']);
    }
    // the same channel for a shop's own goods stays a price-marking finding
    for (const t of ['新款相机价格私聊', '家人们金手镯私信问价']) expect(cats(t), t).toEqual(['off_platform', 'price_fraud']);
  });
  it('findings cite the rule and span the phrase', () => {
    const f = unmarked('宝宝们私信问价');
    expect(f[0].detector).toBe('unmarked_price');
    expect(f[0].matched?.text).toBe('私信问价');
  });
  it('negations, warnings and questions stay benign', () => {
    for (const t of ['不要私信问价，价格都在购物车', '谨防私信报价的骗子', '多少钱？', '这个多少钱啊', 'price is on the card', 'never DM for price, scammers do that', '主页有什么']) {
      expect(unmarked(t), t).toEqual([]);
    }
  });
});
