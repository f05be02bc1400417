/**
 * Issue 15's generalised detectors (lib/detect/claim-patterns.ts, insult-patterns.ts, structured.ts):
 * each pattern fires on lines written here for the test (never corpus lines) and stays silent on a
 * benign counter-example, so every assertion can fail in both directions.
 */
import { describe, expect, it } from 'vitest';
import { categories as cats, detectors } from './helpers';


describe('efficacy claims by structure (Ad Law Art. 17, Food Safety Law Art. 71)', () => {
  it('a treating verb near a condition, or an effect word after it', () => {
    for (const t of ['这款茶喝了能降低血压', '坚持吃三个月，糖尿病都好了', '对痛风有很好的效果', '专治颈椎病', 'these drops reverse arthritis']) {
      expect(detectors(t, 'host'), t).toContain('efficacy');
      expect(cats(t, 'host'), t).toContain('false_claim');
    }
  });
  it('a patient, a question, a warning or a negation is not a claim', () => {
    for (const t of ['我妈在治疗高血压，能吃吗', '这个能降血糖吗', '谨防宣称能治糖尿病的保健品', '普通食品不能治疗高血压', '血糖仪有效期到明年']) {
      expect(detectors(t), t).not.toContain('efficacy');
    }
  });
});

describe('pay to win (tip or send N, get more back)', () => {
  it('fires when the promised return is larger than the payment', () => {
    expect(detectors('打赏10元返100元现金')).toContain('pay_to_win');
    expect(detectors('send 2 btc and receive 4 back')).toContain('pay_to_win');
  });
  it('a smaller or equal amount back is a refund, and a warning about it is benign', () => {
    expect(detectors('充值100送10')).not.toContain('pay_to_win');
    expect(detectors('警惕打赏10元返100元的骗局')).not.toContain('pay_to_win');
  });
});

describe('review rewards (MEASURES red line 4)', () => {
  it('a good review traded for money', () => {
    expect(cats('五星晒图截图给客服返3元')).toContain('data_falsification');
    expect(detectors('晒图评价五星后联系客服领5元')).toContain('review_reward');
  });
  it('asking for or describing a review without a reward is not one', () => {
    expect(cats('用了一周来追评，质量不错')).toEqual([]);
    expect(cats('好评如潮的那款还有吗')).toEqual([]);
  });
});

describe('contacts without a cue word', () => {
  it('a trunk-prefixed phone number alone is an off-platform lure', () => {
    expect(detectors('有需要的打 07123456789')).toContain('trunk_number');
    expect(detectors('订单号 2024061512345678')).not.toContain('trunk_number');
  });
  it('a handle of letters after 微信/QQ (also as their evasions) needs no digit', () => {
    expect(detectors('vx：shop_lily_one')).toContain('wechat_id');
    expect(detectors('薇信 meimei_haohuo')).toContain('wechat_id');
    // an English app name before English words still needs a digit in the handle
    expect(detectors('instagram for more pics')).not.toContain('wechat_id');
  });
});

describe('obfuscation, traditional script and plain-word payment', () => {
  it('box-drawing and bracket characters between the letters of a contact app fold away', () => {
    for (const t of ['加我 v╳x：lily_shop', '【V】【X】meimei_haohuo', '┃微┃信┃ shop_lily']) expect(cats(t), t).toContain('off_platform');
  });
  it('traditional-script lures read like simplified ones', () => {
    expect(cats('聯繫方式在主頁，私下交易更便宜')).toContain('off_platform');
    expect(cats('這款茶能降低血壓', 'host')).toContain('false_claim');
  });
  it('payment outside the platform in plain English words', () => {
    expect(cats('just zelle me and I ship today')).toContain('off_platform');
    // and a negation of it stays benign
    expect(cats('never pay outside the app, use checkout here')).toEqual([]);
    expect(cats('不要私下转账，直接在小黄车拍')).toEqual([]);
  });
});

describe('directed insults (red line 6)', () => {
  it('a pejorative aimed at you or the host', () => {
    for (const t of ['你是不是有病', '主播真垃圾', '闭嘴吧你']) expect(cats(t), t).toContain('harassment');
  });
  it('the same words not aimed at anyone, or as another word, are not', () => {
    for (const t of ['你们看傻眼了吧', '你往下滚动就能看到链接', '这个垃圾袋结实吗']) expect(cats(t), t).toEqual([]);
  });
  it('a warning does not soften an insult', () => {
    expect(cats('谨防诈骗，你这个废物')).toContain('harassment');
  });
});

describe('known false matches fixed', () => {
  it('大麻 inside 大麻烦 is not cannabis', () => {
    expect(cats('这下可有大麻烦了')).toEqual([]);
    expect(cats('出售大麻')).toContain('prohibited_goods');
  });
  it('他妈的 as an intensifier is not harassment; 你他妈 aimed at someone is', () => {
    expect(cats('这个真他妈的好吃')).toEqual([]);
    expect(cats('你他妈给我闭嘴')).toContain('harassment');
  });
  it('a seller opening with 温馨提示 does not make a lure benign; a platform notice does', () => {
    expect(cats('温馨提示：过期恢复原价，手慢无')).toContain('price_fraud');
    expect(cats('【系统提示】直播间内请勿私下交易，谨防诈骗')).toEqual([]);
  });
});
