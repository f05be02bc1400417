/**
 * Issue 15, stop 29 (h-rules): commerce rules widened from official forms seen in train-split case
 * reports, and narrowed where train/dev chat showed ordinary talk flagged. Every line is written here
 * for the test (never a corpus line); each rule fires on its form and stays silent on the ordinary
 * use, so every assertion can fail in both directions.
 */
import { describe, expect, it } from 'vitest';
import { categories as cats, detectors } from './helpers';


describe('false_claim: official forms (Ad Law Art. 17, health-food ad rules Art. 8, FTC COVID letters)', () => {
  it('解决 a condition, efficacy rates, dissolving stones, immune boosts', () => {
    for (const t of ['这个茶真正解决高血压问题', '从根本上解决各种慢性胃病', '总有效率高达百分之九十', '这款茶能溶石排石', 'the best immune system boost this winter']) {
      expect(cats(t, 'host'), t).toContain('false_claim');
    }
    // a problem solved is not a disease cured; "解决不了" negates
    for (const t of ['客服帮我解决了快递问题', '这个问题解决不了，血压都上来了']) expect(cats(t), t).not.toContain('false_claim');
  });
  it('narrowed: a patient stopping medicine, a sheet of mask, a soothing film are no claims', () => {
    for (const t of ['我妈上个月停药了', '送你面膜一贴', '这部是年度治愈大作']) expect(cats(t), t).not.toContain('false_claim');
    for (const t of ['喝三个月就可以停药', '膏药一贴见效', '这个茶喝好了我的老胃病', '降压降糖一步到位']) expect(cats(t, 'host'), t).toContain('false_claim');
    for (const t of ['我吃好了，先下了', '大家喝好了吗', '我妈每天吃降压药']) expect(cats(t), t).not.toContain('false_claim');
  });
});

describe('price_fraud: the price first, then a higher "original" (price-marking rules Art. 19(1))', () => {
  it('fires when the reference named after the price is higher, decimals read as decimals', () => {
    for (const t of ['今天19.9元起，原价129元', '九十九块原价三百']) expect(detectors(t, 'host'), t).toContain('reference_price');
    // the reference below the price, or a count rather than a price before it
    for (const t of ['129元原价19.9元', '买了3件，原价100']) expect(cats(t), t).not.toContain('price_fraud');
  });
  it('leaves product cards to the parsed-price ratio check', () => {
    expect(detectors('到手99元 原价109元', 'product')).not.toContain('reference_price');
  });
});

describe('minor_unsuitable and data_falsification narrowed to offers', () => {
  it('lottery words count in the room, not in viewers\' talk; a chat offer still counts', () => {
    for (const t of ['中国福利彩票', '昨天刮刮乐中了二十']) expect(cats(t), t).not.toContain('minor_unsuitable');
    expect(cats('今天给大家刮刮乐', 'host')).toContain('minor_unsuitable');
    expect(cats('彩票代购 私聊')).toContain('minor_unsuitable');
  });
  it('shills hired or offered, not commenters called 水军', () => {
    expect(cats('水军确实多')).not.toContain('data_falsification');
    expect(cats('专业水军 控评 刷好评')).toContain('data_falsification');
  });
  it('task-scam recruiting with 刷单 is gambling_fraud\'s, not fake data', () => {
    expect(cats('刷单高额返现 日结')).not.toContain('data_falsification');
  });
  it('wild animals: an offer is prohibited, a remark is not', () => {
    expect(cats('有人爱吃野生动物')).not.toContain('prohibited_goods');
    expect(cats('出售野生动物')).toContain('prohibited_goods');
  });
});
