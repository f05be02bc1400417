/**
 * Issue 15, sixth pass: the structural forms taken from official texts (lib/detect/efficacy-forms.ts,
 * price-forms.ts, goods-forms.ts), the official goods lists (lib/bundle/vocabulary/prohibited-goods.ts, minor-unsuitable.ts)
 * and the context they respect (lib/detect/context.ts). Lines are written here for the test, never
 * corpus lines; each family fires on its forms and stays silent on a benign counter-example, so
 * every assertion can fail in both directions.
 */
import { describe, expect, it } from 'vitest';
import { categories as cats, detectors } from './helpers';
import { numberValue } from '@/lib/detect/form-checks';


describe('efficacy forms (Ad Law Art. 17, 18; health-food ad rules Art. 8; cosmetics label list)', () => {
  it('use, then recovery: "吃了…就好了", "一喝就灵"', () => {
    for (const t of ['喝了两个月老寒腿就不疼了', '泡了一个星期脚气都好了', '这个茶一喝就灵', '一贴就不疼']) expect(detectors(t, 'host'), t).toContain('use_then_cured');
    for (const t of ['我吃了饭就好了', '用了就没了', '这个一吃就好吃', '一用就好用']) expect(cats(t), t).not.toContain('false_claim');
  });
  it('a treating verb before a disease named by its suffix, or the disease gone', () => {
    for (const t of ['预防帕金森病', '专门预防各种皮肤病', '我家孩子的荨麻疹都好了']) expect(detectors(t, 'host'), t).toContain('disease_suffix');
    for (const t of ['我得了胃炎好难受', '在医院治疗胃炎', '治治你的强迫症']) expect(detectors(t), t).not.toContain('disease_suffix');
  });
  it('repairing or clearing an organ', () => {
    for (const t of ['每天一杯疏通血管', '清理血管垃圾', '帮你恢复听力']) expect(detectors(t, 'host'), t).toContain('organ_repair');
    for (const t of ['睡一觉恢复体力', '修复一下手机屏幕']) expect(detectors(t), t).not.toContain('organ_repair');
  });
  it('English cure and protection claims', () => {
    for (const t of ['This tea is a remedy for the flu', 'it protects you against the virus', 'no more heart disease with our drops']) expect(detectors(t, 'host'), t).toContain('cure_en');
    for (const t of ['health is wealth', 'protect your phone with this case']) expect(cats(t)).not.toContain('false_claim');
  });
});

describe('price forms (price-marking rules 2022 Art. 19)', () => {
  it('a price that changes back at a deadline', () => {
    for (const t of ['一分钟后恢复原价', '十秒后就涨回去', '明天就涨价', '过了今天就没有这个价了']) expect(detectors(t, 'host'), t).toContain('price_deadline');
    expect(detectors('一分钟后开播')).not.toContain('price_deadline');
  });
  it('today only, countdowns, sell-out threats, a small stock', () => {
    expect(detectors('就今晚有这个福利', 'host')).toContain('today_only');
    for (const t of ['五、四、三、二、一 上链接', '三二一开抢', '倒计时十秒']) expect(detectors(t, 'host'), t).toContain('countdown');
    for (const t of ['拍完就恢复', '抢完就下架']) expect(detectors(t, 'host'), t).toContain('sell_out');
    for (const t of ['只放五十单', '库存只有二十套']) expect(detectors(t, 'host'), t).toContain('stock_left');
    for (const t of ['上课倒计时三天', '我电话是13954321000吗', '今天一天玩手机不超过一小时', '我只有两件外套']) expect(cats(t), t).not.toContain('price_fraud');
  });
  it('was N, now M: a past or tag price set against a lower one, Chinese numerals too', () => {
    for (const t of ['平时卖三百九十九 今天只要九十九', '吊牌上写着899 到手199']) expect(detectors(t, 'host'), t).toContain('was_now');
    for (const t of ['我之前买了2块 现在5块', '平时卖99 今天卖199']) expect(detectors(t), t).not.toContain('was_now');
  });
  it('reads Chinese numerals as numbers', () => {
    expect(numberValue('三百九十九')).toBe(399);
    expect(numberValue('九十九')).toBe(99);
    expect(numberValue('两千')).toBe(2000);
    expect(numberValue('199')).toBe(199);
    expect(numberValue('几百')).toBeNaN();
  });
});

describe('goods forms and official goods lists', () => {
  it('counterfeit: brand codes, genuine at give-away prices, "the same factory"', () => {
    expect(detectors('G家同款包包')).toContain('brand_code');
    expect(detectors('专柜正品一折')).toContain('genuine_cheap');
    expect(detectors('和专柜同一个工厂出来的')).toContain('same_factory');
    for (const t of ['大家好', '欢迎来到我家', '这家工厂很大']) expect(cats(t), t).not.toContain('counterfeit');
  });
  it('prohibited goods: a selling word before the good, invoices issued for others, the official lists', () => {
    expect(detectors('本店长期批发各种外烟')).toContain('prohibited_offer');
    expect(detectors('可代开各地增值税普通发票')).toContain('prohibited_offer');
    expect(cats('不用处方直接发货')).toContain('prohibited_goods');
    for (const t of ['有货的话开发票吗', '带发票全国联保', '香烟又涨价了', '虎皮青椒真下饭']) expect(cats(t), t).not.toContain('prohibited_goods');
  });
  it('counterfeit: the copy named as such (商标法 Art. 57, platforms\' 假冒 rules), not a mountain village', () => {
    for (const t of ['山寨大牌包包便宜出', '原版复刻 可过验', 'first copy watches available']) expect(cats(t), t).toContain('counterfeit');
    for (const t of ['这个山寨村风景真好', '复刻了一道家常菜', 'the first copy of the book']) expect(cats(t), t).not.toContain('counterfeit');
  });
  it('fake data: brushed views, follows and fans offered (网络交易监督管理办法 Art. 14; FTC 16 CFR 465), not a re-sent order', () => {
    for (const t of ['刷浏览量 刷关注 找我', '出售粉丝 真人粉', 'Buy likes and views here']) expect(cats(t), t).toContain('data_falsification');
    for (const t of ['漏发了可以补单', '关注主播不迷路', 'I like these views']) expect(cats(t), t).not.toContain('data_falsification');
  });
  it('prohibited goods: cards and accounts rented or sold (反电信网络诈骗法 Art. 31), no real name, smuggled goods', () => {
    for (const t of ['长期出租银行卡日结', '出售手机卡 免实名', '走私香烟便宜出']) expect(cats(t), t).toContain('prohibited_goods');
    for (const t of ['警方提醒：出租银行卡违法', '千万别出借银行卡', '办卡要实名吗', '海关查获一批走私货']) expect(cats(t), t).not.toContain('prohibited_goods');
  });
  it('minors: loans to students and spirits by strength, not state student aid or the weather', () => {
    expect(detectors('学生党也能分期')).toContain('student_loan');
    expect(detectors('五十三度的酱香')).toContain('spirits');
    expect(cats('热玛吉 今天做活动', 'host')).toContain('minor_unsuitable');
    for (const t of ['大学生助学贷款怎么申请', '今天气温三十五度']) expect(cats(t), t).not.toContain('minor_unsuitable');
  });
  it('minors: adult content and sex services offered, not the scam, the offence or a warning named', () => {
    for (const t of ['今晚黄色直播十元一场', '真人裸聊看主页', '卖原味丝袜', '约p的来', 'Sexy singles are waiting for you']) expect(cats(t), t).toContain('minor_unsuitable');
    for (const t of ['快进到裸聊敲诈', '警惕裸聊敲诈', '千万别约炮', '他去嫖娼被抓了', '这件是黄色的直播间同款']) expect(cats(t), t).not.toContain('minor_unsuitable');
  });
});

describe('context (R-OFF-8): warnings, disbelief, reports and questions stay benign; claims stay', () => {
  it('"不要相信" covers the whole clause after it', () => {
    expect(cats('不要相信一分钟后恢复原价')).toEqual([]);
    expect(cats('不要相信主播说的一吃就好')).toEqual([]);
    expect(cats('一分钟后恢复原价', 'host')).toContain('price_fraud');
  });
  it('a report that quotes the words, or says what the host claimed', () => {
    expect(cats('包含“撤柜”“剪标”“尾单”等标识的商品')).toEqual([]);
    expect(cats('主播一直在强调是大牌剪标款')).toEqual([]);
    expect(cats('大牌剪标款', 'host')).toContain('counterfeit');
  });
  it('a seller\'s own trust formula is no warning: "骗子勿扰", "不是骗子" close the lure', () => {
    expect(cats('一分钟后恢复原价，骗子勿扰', 'host')).toContain('price_fraud');
    expect(cats('不是骗子，一分钟后恢复原价', 'host')).toContain('price_fraud');
    expect(cats('小心骗子，一分钟后恢复原价都是套路', 'host')).toEqual([]);
    expect(cats('这是骗人的，一分钟后恢复原价', 'host')).toEqual([]);
    expect(cats('买不了吃亏买不了上当，一分钟后恢复原价', 'host')).toContain('price_fraud');
    expect(cats('不封号，一分钟后恢复原价', 'host')).toContain('price_fraud');
    expect(cats('小心上当，一分钟后恢复原价', 'host')).toEqual([]);
    expect(cats('违规封号，一分钟后恢复原价是违法的', 'host')).toEqual([]);
  });
  it('viewers\' questions about a cure, a price or a copy', () => {
    for (const t of ['这个能治失眠不', '只有今天这个价吗', '是原单吗？', 'does it cure covid?']) expect(cats(t), t).toEqual([]);
    // the host's statement is a claim, and a question does not soften a contact lure
    expect(cats('这个能治失眠', 'host')).toContain('false_claim');
    expect(cats('只有今天这个价', 'host')).toContain('price_fraud');
  });
});
