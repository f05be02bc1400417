/**
 * Issue 15 (s31-commerce): the English commerce forms and the vocabulary taken from official texts
 * (FD&C Act 201(g), UK CAP Code 13.10 and 15.6.2, FTC 16 CFR 233 and 465, FTC Gut Check, UK CPRs
 * Sch. 1 para 7, FDA online-pharmacy letters; SAMR's 2025 跟播 cases; the health-food function
 * catalogue; the Ad Law checklist in ../shared/data/text/adlaw), and the report register that must stay
 * silent. Lines are written here for the test, never corpus lines; each family fires on its forms and
 * stays silent on a counter-example, so every assertion can fail in both directions.
 */
import { describe, expect, it } from 'vitest';
import { categories as cats, detectors, scan } from './helpers';


describe('English health claims (FD&C 201(g), CAP Code 13.10 and 15.6.2, FTC Gut Check)', () => {
  it('a treating verb before a condition is a claim; a report of one is not', () => {
    for (const t of ['These gummies relieve anxiety', 'it treats the symptoms of menopause', 'our oil heals psoriasis', 'gets rid of tendonitis fast']) expect(detectors(t, 'host'), t).toContain('treat_en');
    for (const t of ['the ad implied the supplement could treat ADHD', 'No supplement can prevent, treat or cure COVID-19', 'products claiming to cure cancer', 'my dad was treated for cancer']) expect(cats(t), t).not.toContain('false_claim');
  });
  it('weight lost in a stated time, and the Gut Check claims', () => {
    for (const t of ['Lose 10 lbs in 7 days!', 'shed 2 stone in a month']) expect(detectors(t, 'host'), t).toContain('weight_en');
    expect(cats('you lose weight without diet or exercise', 'host')).toContain('false_claim');
    for (const t of ['I lost 5 lbs of luggage weight', 'we burn 300 calories in a class']) expect(cats(t), t).not.toContain('false_claim');
  });
});

describe('English prices (FTC 16 CFR 233, UK CPRs Sch. 1 para 7)', () => {
  it('a former or list price against a lower price now', () => {
    for (const t of ['Was £49.99, now only £19.99', 'RRP: $129 - our price $49']) expect(detectors(t, 'host'), t).toContain('was_now_en');
    for (const t of ['it was 50 degrees, now 45', 'was 20, now 35', 'he was 90 kg now 80 kg']) expect(detectors(t), t).not.toContain('was_now_en');
  });
  it('a sale that ends or goes back up at a deadline', () => {
    for (const t of ['Sale ends at midnight!', 'prices go back up tomorrow', 'last chance to grab one', 'this price is only for the next 2 hours']) expect(detectors(t, 'host'), t).toContain('deadline_en');
    for (const t of ['the stream ends at midnight', 'I was up last night', 'the next 2 hours are boring']) expect(cats(t), t).not.toContain('price_fraud');
  });
});

describe('English offers of prohibited goods and paid reviews (FDA, PACT Act, FTC 16 CFR 465)', () => {
  it('an offer word before a prohibited good', () => {
    for (const t of ['Buy Xanax online', 'we sell cheap vapes', 'tramadol without prescription']) expect(detectors(t, 'host'), t).toContain('prohibited_offer_en');
    for (const t of ['Is the tramadol available?', 'I bought a gun for hunting', 'the ban on selling vapes to teens']) expect(detectors(t), t).not.toContain('prohibited_offer_en');
  });
  it('the quote names the whole good, not the offer word and half the good', () => {
    // clean-clone run 20: the form quoted "selling vape" where the vocabulary had quoted "vape juice"
    for (const [t, good] of [['selling vape juice again', 'vape juice'], ['we sell thc carts, cheap', 'thc carts'], ['buy tramadol pills online', 'tramadol pills']]) {
      const hit = scan(t).find((f) => f.detector === 'prohibited_offer_en');
      expect(hit?.matched.text, t).toContain(good);
    }
  });
  it('a review traded for money, and followers sold by number', () => {
    for (const t of ['Get a full refund after you leave a 5-star review', '5 star reviews get a $10 gift card']) expect(detectors(t), t).toContain('review_reward_en');
    for (const t of ['buy 1000 instagram followers for $5', 'real followers from $2']) expect(detectors(t), t).toContain('bought_metrics_en');
    for (const t of ['I asked for a refund and left a bad review', 'thanks for 1000 followers everyone']) expect(cats(t), t).not.toContain('data_falsification');
  });
});

describe('the sellers\' words, not the reporters\'', () => {
  it('a report or a price cut naming counterfeits is not a counterfeit offer', () => {
    for (const t of ['Customs seized 2,000 counterfeit handbags', 'they knock off 20% at checkout', 'an unauthorized copy of the film']) expect(cats(t), t).not.toContain('counterfeit');
    for (const t of ['super copy watches in stock', 'AAA grade bags, identical to the original']) expect(cats(t), t).toContain('counterfeit');
  });
  it('reviews: the offer of fake reviews, not the news about them', () => {
    expect(cats('fake reviews are a growing problem online')).not.toContain('data_falsification');
    expect(cats('we sell fake reviews for your Amazon shop')).toContain('data_falsification');
  });
});

describe('Chinese: shill testimonials, health-food functions, checklist pressure, prohibited offers', () => {
  it('a buyer testimonial of the effect is a shill sign (SAMR 2025 跟播 cases)', () => {
    for (const t of ['吃了你家的酵素瘦了八斤', '我天天喝这个茶瘦了12斤']) expect(detectors(t), t).toContain('shill_testimonial');
    for (const t of ['我买了5斤苹果', '这家店的鞋好了', '我瘦了']) expect(detectors(t), t).not.toContain('shill_testimonial');
  });
  it('health-food functions claimed for goods; a drug named by its use is none', () => {
    for (const t of ['这款饮料润肠通便', '喝了能调节肠道菌群', '吃这个就不用打胰岛素了']) expect(cats(t, 'host'), t).toContain('false_claim');
    for (const t of ['医生说要多喝水', '别信能停掉西药的说法']) expect(cats(t), t).not.toContain('false_claim');
  });
  it('sellers\' rank claims count in chat; the Ad Law checklist\'s pressure words are price pressure', () => {
    expect(cats('我们家价格全网底价')).toContain('false_claim');
    expect(cats('家人们再不抢就没了')).toContain('price_fraud');
    expect(cats('这个游戏全网都在玩')).not.toContain('false_claim');
  });
  it('an offer of guns, fireworks or personal data; the good alone in chat is not', () => {
    for (const t of ['出售手枪子弹', '批发烟花爆竹', '长期出售公民个人信息', '一手烟源 微商烟']) expect(cats(t), t).toContain('prohibited_goods');
    for (const t of ['过年放烟花啦', '这把手枪伤害好高', '我的个人信息被泄露了']) expect(cats(t), t).not.toContain('prohibited_goods');
  });
});

describe('discussion is not a pitch (precision from COLD/Davidson train and dev lines; written here, not copied)', () => {
  it('surrogacy debated, factories in the news, house prices, advice: no commerce category', () => {
    for (const t of ['代孕合法化的争论一直没停过', '那家手机代工厂又被曝光了加班问题', '炒房的人这回亏本了吧', '南方人夏天都说要去湿气']) expect(cats(t), t).toEqual([]);
    for (const t of ['提供试管代孕服务 包成功', '亏本清仓最后一批', '大牌代工厂货 跟专柜一样']) expect(cats(t, 'host').length, t).toBeGreaterThan(0);
  });
  it('a wish to lose weight is no weight-loss claim; praise followed by an unrelated 返 is no review reward', () => {
    expect(cats('女朋友让我瘦十斤再出门')).not.toContain('false_claim');
    expect(cats('喝了一个月瘦十斤', 'host')).toContain('false_claim');
    expect(cats('这部片子好评不断 导演还要做个返场')).not.toContain('data_falsification');
    expect(cats('五星好评截图返5元')).toContain('data_falsification');
  });
});
