/**
 * Issue 15 (fifth pass): the detectors of lib/detect/commerce-patterns.ts and the counterfeit terms
 * of lib/bundle/vocabulary/counterfeit.ts (its case-report list). Every line is written here for the test (never a corpus
 * line); each detector fires on its positives and stays silent on a benign counter-example or when
 * a warning, a negation or news narration quotes it, so each assertion can fail either way.
 */
import { describe, expect, it } from 'vitest';
import { categories as cats, detectors, rulesOnly } from './helpers';


describe('weight-loss and longevity claims (Ad Law Art. 28)', () => {
  it('a weight lost in numbers, slimming without effort, no rebound, living to N', () => {
    for (const [t, d] of [['吃了两周瘦了8斤', 'weight_loss'], ['一个月掉了十几斤', 'weight_loss'], ['不运动也能瘦', 'weight_loss'], ['停了也不会反弹', 'weight_loss'], ['天天喝这个酒能活到一百岁', 'longevity']] as const) {
      expect(detectors(t, 'host'), t).toContain(d);
      expect(cats(t, 'host'), t).toContain('false_claim');
    }
  });
  it('weights without a verb of losing, and warnings, are not claims', () => {
    for (const t of ['今天买了5斤苹果', '这箱橙子10斤装', '谨防宣称一个月瘦20斤的产品']) expect(cats(t), t).not.toContain('false_claim');
  });
});

describe('English virus claims (FTC COVID-19 warning letters)', () => {
  it('prevent, stop or fight off a virus', () => {
    expect(detectors('this spray helps prevent the spread of airborne viruses', 'host')).toContain('virus_claim');
    // 'fight off covid' is also the efficacy detector's (one finding per category and span)
    expect(cats('our tea will fight off covid', 'host')).toContain('false_claim');
    expect(detectors('these pills stop the flu', 'host')).toContain('virus_claim');
  });
  it('advice to ask a doctor about such products is not a claim', () => {
    expect(cats('talk to your doctor before you buy anything that claims to prevent covid')).not.toContain('false_claim');
  });
});

describe('tip rebates, gift rankings and jade gambling (red line 7)', () => {
  it('tipping that returns cash, a ranking that wins a prize, rough stone talk', () => {
    expect(detectors('进直播间刷礼物就能返现')).toContain('tip_rebate');
    expect(detectors('礼物榜前3名送最新款手机')).toContain('tip_rebate');
    expect(detectors('这块原石开出来就是捡漏', 'host')).toContain('jade_gamble');
    expect(cats('缅甸边境刚带过来的料', 'host')).toContain('gambling_fraud');
  });
  it('police warnings about the same schemes stay benign', () => {
    expect(cats('民警提醒：刷礼物返现都是诈骗')).toEqual([]);
    expect(detectors('班级前三名的同学')).not.toContain('tip_rebate');
  });
});

describe('English refund traps (BBB/FTC marketplace warnings)', () => {
  it('an overpayment or an upgrade fee to refund', () => {
    expect(detectors('oops I sent $500 instead of $50, please refund the extra')).toContain('overpay_refund');
    expect(cats('you must upgrade to a business account to receive it')).toContain('gambling_fraud');
  });
  it('an ordinary refund question is not a trap', () => {
    expect(detectors('how do I get a refund if it arrives broken')).not.toContain('overpay_refund');
  });
});

describe('outside prices and owner QR codes', () => {
  it('an outside price set against the room price is a price claim', () => {
    expect(detectors('外面卖三百 我们直播间只要六十九', 'host')).toContain('price_compare');
    expect(detectors('专柜999今天只要199', 'host')).toContain('price_compare');
  });
  it('an outside price alone, or a price without a comparison, is not', () => {
    expect(detectors('专柜还有货吗')).not.toContain('price_compare');
    expect(detectors('今天只要199', 'host')).not.toContain('price_compare');
  });
  it("scanning the owner's code is a contact lure; telling viewers not to is not", () => {
    expect(cats('好评后扫老板微信领红包')).toContain('off_platform');
    expect(detectors('不要扫老板的码')).not.toContain('scan_owner');
  });
});

describe('counterfeit terms from case reports (counterfeit.ts FZRB-2021, WZ-2024)', () => {
  it('brand nicknames and clearance-of-genuine euphemisms', () => {
    expect(cats('香奶奶的包今天一折', 'host')).toContain('counterfeit');
    expect(cats('都是专柜撤柜货', 'host')).toContain('counterfeit');
  });
  it('a news report naming them is narration, not an offer', () => {
    expect(cats('记者调查发现，所谓撤柜货多为仿品')).toEqual([]);
  });
});

describe('bank and phone cards traded (goods-forms.ts card_trade; Anti-Telecom-Fraud Law Art. 31)', () => {
  it('buying, selling or renting cards, in plain words or the trade slang', () => {
    for (const t of ['长期高价收一类卡，欢迎卡主', '大量收盾卡公户', '出售个人银行卡', '手机卡出租，日结', '盾卡15w买断', '诚收对公账户四件套']) {
      expect(rulesOnly.detectors(t), t).toContain('card_trade');
      expect(rulesOnly.categories(t), t).toContain('prohibited_goods');
    }
  });
  it('receiving, paying with or warning about cards is not a trade', () => {
    for (const t of ['收到银行卡短信了', '支持信用卡支付吗', '拿出银行卡付款', '不要出租出借银行卡', '严禁买卖银行卡和电话卡', '出租自己的银行卡是违法的', '警惕收购银行卡的骗局', '办了张手机卡']) {
      expect(rulesOnly.categories(t), t).not.toContain('prohibited_goods');
    }
  });
});
