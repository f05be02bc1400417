// R-INFO-24: when is a product card's shop another seller than the host, and the notice it gives.
import { describe, expect, it } from 'vitest';
import { sameSeller, sellerDiffersFinding, sellerView, onPlatform } from '@/lib/sites/seller-check';
import { FindingSchema } from '@/lib/model';

describe('sameSeller', () => {
  it('the host\'s own shop under the usual suffixes, case, width and spacing is the same seller', () => {
    expect(sameSeller('茶园直供', '茶园直供官方旗舰店')).toBe(true);
    expect(sameSeller('工厂店老王', '工厂店老王的小店')).toBe(true);
    expect(sameSeller('Glow Shop', 'GLOW  SHOP Official Store')).toBe(true);
    expect(sameSeller('Ｇｌｏｗ', 'glow')).toBe(true); // full-width letters
  });
  it('another name is another seller', () => {
    expect(sameSeller('茶园直供', '某某贸易旗舰店')).toBe(false);
    expect(sameSeller('Glow Shop', 'Dealz Warehouse')).toBe(false);
  });
  it('never claims a difference when nothing comparable is left', () => {
    expect(sameSeller('旗舰店', '茶园直供')).toBe(true);
    expect(sameSeller('!!!', 'x')).toBe(true);
  });
});

describe('the notice and the card view', () => {
  it('a notice citing R-INFO-24, never more', () => {
    const f = FindingSchema.parse(sellerDiffersFinding('某某贸易旗舰店', '茶园直供', '53度白酒 ¥99 某某贸易旗舰店'));
    expect(f).toMatchObject({ severity: 'notice', ruleId: 'R-INFO-24', detector: 'seller-differs', messageKey: 'sellerDiffersAdvice', matched: { text: '某某贸易旗舰店' } });
    expect(f.source.kind).toBe('product');
  });
  it('links open only on the platform\'s own domains', () => {
    expect(onPlatform('https://haohuo.jinritemai.com/views/shop/index?id=1', ['douyin.com', 'jinritemai.com'])).toBe(true);
    expect(onPlatform('https://jinritemai.com.evil.example/shop', ['jinritemai.com'])).toBe(false);
    expect(onPlatform('https://evil-jinritemai.com/', ['jinritemai.com'])).toBe(false);
    const v = sellerView({ seller: { name: 'X', url: 'https://shop.example/x', licenceUrl: null }, hostName: '茶园直供', product: { seller: '别家店' } }, ['douyin.com']);
    expect(v).toMatchObject({ linkOnPlatform: false, licenceOnPlatform: false, cardShop: '别家店', cardDiffers: true });
    expect(sellerView({ seller: null, hostName: '茶园直供', product: { seller: '茶园直供旗舰店' } }, []).cardDiffers).toBe(false);
    expect(sellerView({ seller: null, hostName: null, product: null }, [])).toMatchObject({ seller: null, cardShop: null, cardDiffers: false });
  });
});
