// Issue 23: the product card's fields parsed apart, not the card's whole text.
import { describe, expect, it } from 'vitest';
import { normalizeProduct, parseCardText } from '@/lib/complaints/product-card';

describe('product card fields', () => {
  it('splits a card whose title selector missed: title, price, original price', () => {
    expect(parseCardText('纯棉T恤 男女同款¥59¥79全部商品')).toEqual({ title: '纯棉T恤 男女同款', price: 59, originalPrice: 79, seller: null });
  });
  it('reads labelled prices, thousands separators and the shop', () => {
    expect(parseCardText('【讲解中】美白淡斑精华液 30ml 到手价 ¥1,299.5 原价¥1,999 立即抢 店铺：美妆旗舰')).toEqual({
      title: '美白淡斑精华液 30ml',
      price: 1299.5,
      originalPrice: 1999,
      seller: '美妆旗舰',
    });
    expect(parseCardText('某某官方旗舰店 羊毛围巾 ¥199').seller).toBe('某某官方旗舰店');
  });
  it('a lower second price is not an original price; no price at all leaves both null', () => {
    expect(parseCardText('套装 ¥99 ¥49')).toMatchObject({ title: '套装', price: 99, originalPrice: null });
    expect(parseCardText('限时秒杀 敬请期待')).toMatchObject({ title: '限时秒杀 敬请期待', price: null, originalPrice: null });
    expect(parseCardText('Hoodie $39.99 $59.99 Shop now')).toMatchObject({ title: 'Hoodie', price: 39.99, originalPrice: 59.99 });
  });
  it('normalize keeps what selectors found and fills in what they missed, once', () => {
    const whole = { title: '纯棉T恤 男女同款¥59¥79全部商品', price: 59, originalPrice: null, text: '纯棉T恤 男女同款¥59¥79全部商品' };
    const n = normalizeProduct(whole)!;
    expect(n).toMatchObject({ title: '纯棉T恤 男女同款', price: 59, originalPrice: 79, text: whole.text });
    expect(normalizeProduct(n)).toEqual(n);
    const bySelectors = { title: '面霜', price: 99, originalPrice: 999, text: '面霜 ¥99 ¥999' };
    expect(normalizeProduct(bySelectors)).toEqual({ ...bySelectors, seller: null });
    expect(normalizeProduct(null)).toBeNull();
  });
});
