/**
 * Issue 15 (h-lures): contact lures without a number, task and draw scams, fake traffic, threats and
 * doxxing (lib/detect/variants.ts, char-fold.ts, structured.ts, commerce-patterns.ts,
 * lure-patterns.ts, insult-patterns.ts, lib/bundle/vocabulary/lures.ts). Every line is written here for
 * the test (never a corpus line). Each family has positives that fail without its rule and benign
 * counter-examples (the same word in ordinary chat, a warning, a negation) that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '@/lib/taxonomy';
import { categories as cats, detectors, scan } from './helpers';

const flags = (text: string, category: Category) => cats(text).includes(category);

describe('contact-app stand-ins before a number or handle (variants.ts, char-fold.ts)', () => {
  it('the penguin and 企鹅 before a number are QQ', () => {
    for (const t of ['🐧：2345678901', '企鹅 23456789', '加企鹅 8765432']) expect(detectors(t), t).toContain('qq');
  });
  it('the plane and 飞机 before a handle are Telegram', () => {
    for (const t of ['飞机：@deal_shop', '✈️ @cheap_shop', '电报 bargain_88']) expect(detectors(t), t).toContain('wechat_id');
  });
  it('薇/威 alone before a handle, wei信 and 加个v are WeChat', () => {
    for (const t of ['威：mei_8899', '薇 lily_shop', 'wei信 abc123']) expect(detectors(t), t).toContain('wechat_id');
    for (const t of ['家人们加个v', '要的加我v']) expect(flags(t, 'off_platform'), t).toBe(true);
  });
  it('裙 for 群 before a group number', () => {
    for (const t of ['裙号 88776655', 'q裙：5551234']) expect(detectors(t), t).toContain('group_number');
  });
  it('penguins, planes, 权威, 蔷薇 and skirts stay what they are', () => {
    for (const t of ['企鹅好可爱', '🐧🐧🐧', '✈️出发去三亚', '坐飞机 a380 好稳', '飞机晚点了', '这是权威abc认证', '蔷薇abc花园', '买了条裙子 88元', '裙长105cm', '加个vip会员']) {
      expect(cats(t), t).toEqual([]);
    }
  });
});

describe('contact and payment lures in words (vocabulary/lures.ts)', () => {
  it('homophones of 私, traditional script, profile hints, group lures', () => {
    for (const t of ['丝我', '私訊我', '想要的扣1私发', '主页有福利', '简介有方式', '去我粉丝群拿优惠', '进群领水果']) expect(flags(t, 'off_platform'), t).toBe(true);
  });
  it('traditional-script lines fold to the same lures', () => {
    for (const t of ['主頁有福利', '進群領水果', '拍下不發貨，走微信']) expect(flags(t, 'off_platform'), t).toBe(true);
    expect(detectors('賭一把切出滿綠')).toContain('jade_gamble');
    expect(flags('你給我小心點', 'harassment')).toBe(true);
  });
  it('paying outside the platform in plain words', () => {
    for (const t of ['拍下不发货，走微信', '不在平台拍 私下转我', '款到发货', '加微便宜']) expect(flags(t, 'off_platform'), t).toBe(true);
  });
  it("asking for the viewer's contact, a name that is the contact, the group as the cheaper channel", () => {
    for (const t of ['留个微信我加你', '后台踢我', '昵称就是微信', '群里价格更低', '别在直播间下单，链接不发货', '给我发红包就发货']) expect(flags(t, 'off_platform'), t).toBe(true);
    for (const t of ['Pay me through PayPal friends and family', 'contact me directly to save on fees']) expect(flags(t, 'off_platform'), t).toBe(true);
    for (const t of ['thanks to my friends and family', '群里好热闹', '留言区好热闹']) expect(cats(t), t).toEqual([]);
  });
  it('加我 is a contact lure, but not inside 参加我们 nor for the room\'s fan club', () => {
    expect(flags('加我好友私聊', 'off_platform')).toBe(true);
    // the handle, not a bare 加我, is what a line with an app and a handle reports
    expect(scan('想要便宜的加我薇❤信 lg2026vip').map((f) => f.detector)).toEqual(['wechat_id']);
    for (const t of ['参加我们的课程', '加我粉丝团点灯牌', '增加我的运气']) expect(cats(t), t).toEqual([]);
  });
  it('English handles and app names', () => {
    for (const t of ['my ig is shop_lily', 'my snap is lily_2024', 'pm me', 'add my snap', 'send it to my venmo']) expect(flags(t, 'off_platform'), t).toBe(true);
    for (const t of ['my ig story was funny', 'this pm was great', 'snap me a pic lol']) expect(cats(t), t).toEqual([]);
  });
  it('warnings and negations that name the lure stay benign (context.ts)', () => {
    for (const t of ['谨防私下交易', '别加陌生人微信', '平台提醒：不要私下转账', '警方提醒：拍下不发货让你走微信的都是骗子', '不要加我']) expect(cats(t), t).toEqual([]);
  });
});

describe('task, draw and jade-gambling scams (gambling_fraud)', () => {
  it('task-scam words from police notices', () => {
    for (const t of ['宝妈兼职 一单一结', '短视频点赞兼职', '零投资 在家就能做', '高佣金推广返利']) expect(flags(t, 'gambling_fraud'), t).toBe(true);
  });
  it('paying or tipping to join a draw', () => {
    for (const t of ['交99元参加抽奖', '刷个火箭就能抽奖', '打赏就有机会中iPhone', '打赏越多中奖率越高']) expect(detectors(t), t).toContain('pay_to_draw');
  });
  it('cutting talk that promises a gain', () => {
    for (const t of ['这块开窗了 切出来翻倍', '赌一把切出满绿']) expect(detectors(t), t).toContain('jade_gamble');
  });
  it('buying into a draw, opening a window, and warnings are not scams', () => {
    for (const t of ['下单参与抽奖', '开窗通风', '西瓜切开了 很甜', '警方提醒：一单一结的点赞兼职都是诈骗', '谨防交钱抽奖']) expect(flags(t, 'gambling_fraud'), t).toBe(false);
  });
});

describe('fake traffic (data_falsification)', () => {
  it('likes, followers or popularity offered brushed', () => {
    for (const t of ['点赞量可以刷', '粉丝包刷', '直播间人气代刷']) expect(flags(t, 'data_falsification'), t).toBe(true);
  });
  it('watching again is not brushing', () => {
    for (const t of ['这集可以刷好几遍', '刷到你的视频了']) expect(flags(t, 'data_falsification'), t).toBe(false);
  });
});

describe('threats and doxxing (harassment)', () => {
  it('threats aimed at a person', () => {
    for (const t of ['你给我小心点', '走夜路小心点', '信不信我砍你', '等着 我找人收拾你', '你等着瞧']) expect(flags(t, 'harassment'), t).toBe(true);
  });
  it('care and caution are not threats', () => {
    for (const t of ['小心点别摔了', '路上小心点', '你小心点哦', '找人帮忙搬家', '主播你给我来两份']) expect(flags(t, 'harassment'), t).toBe(false);
  });
  it("a person's ID number or address given out, or a call to dig them up", () => {
    for (const t of ['他身份证号是110101199003071234', '她家住在阳光小区3号楼']) expect(detectors(t), t).toContain('doxxing');
    for (const t of ['人肉他', '把她人肉出来', '大家去骂她', '把他的电话公布出来', '曝光她的学校']) expect(flags(t, 'harassment'), t).toBe(true);
  });
  it('own addresses, questions and legal notes about 人肉搜索 are not doxxing', () => {
    for (const t of ['我家住在北京', '你家在哪个小区呀', '身份证号要怎么填', '若涉及人肉搜索、泄露隐私，可能构成犯罪', '把他的照片拍得真好看']) expect(flags(t, 'harassment'), t).toBe(false);
  });
  it('算个什么东西 aimed at you is an insult', () => {
    expect(detectors('你算个什么东西')).toContain('directed_insult');
    expect(flags('这算个什么东西啊 看不懂', 'harassment')).toBe(false);
  });
});

describe('official terms narrowed to their risky uses (issue 15, h-lures, stop 29)', () => {
  it('切开看, 开窗看 and 赌一把 alone are chat; after a stone or before a gain they are jade gambling', () => {
    for (const t of ['切开看看熟了没', '开窗看看外面下雨没', '赌一把明天会下雨']) expect(cats(t), t).toEqual([]);
    for (const t of ['这块原石切开看看', '毛料开窗看看', '赌一把切出帝王绿']) expect(detectors(t), t).toContain('jade_gamble');
  });
  it('你住在 alone asks where; an address down to a building aimed at you is doxxing', () => {
    expect(cats('你住在哪个城市呀')).toEqual([]);
    expect(detectors('我知道你住在阳光小区3号楼')).toContain('doxxing');
  });
  it('恶心 as a symptom, a bug or a taste is not an insult; aimed at people it is', () => {
    for (const t of ['吃了有点恶心想吐', '你会恶心想吐吗', '好恶心这个bug', '这个bug真恶心', '这味道有点恶心']) expect(cats(t), t).toEqual([]);
    for (const t of ['你真恶心', '恶心的男人', '这种人真恶心']) expect(flags(t, 'harassment'), t).toBe(true);
  });
});

describe('invitations to private messages, app names before numbers, split and sound-alike app names (stop 29)', () => {
  it('an offer closed by "要的滴滴", "需要可私", "有意者私信" is a contact lure (lure-invites.ts)', () => {
    for (const t of ['出改名卡 要的滴滴', '五折清仓，需要的老板私聊', '有意者私信', '还有三件，要的可私']) expect(flags(t, 'off_platform'), t).toBe(true);
    // the rules' side only: the trained scorer (not this file's) reads "有需要的联系客服" as off_platform too
    const ruleHits = (t: string) => scan(t).filter((f) => f.category === 'off_platform' && f.detector !== 'scorer');
    for (const t of ['有需要的联系客服', '我要的私人订制到了', '谨防要的私聊这类骗局']) expect(ruleHits(t), t).toEqual([]);
  });
  it('a contact app right before a number is an account (structured.ts app_number)', () => {
    for (const t of ['微信36075239', '薇 12345678', '+嶶36075239', '电报 88123456']) expect(detectors(t), t).toContain('app_number');
    for (const t of ['微信支付100000', '蔷薇12345', '权威2024年']) expect(cats(t), t).toEqual([]);
  });
  it('adding or finding a bare number is a contact (structured.ts add_number); amounts are not', () => {
    for (const t of ['需要的加420715726', '火速加675899789获取', '有问题找我912372447']) expect(detectors(t), t).toContain('add_number');
    for (const t of ['加100000金币', '血量加1000000', '参加2024届', '加666666']) expect(cats(t), t).toEqual([]);
    for (const t of ['接定制 需要私聊', '需要dd']) expect(flags(t, 'off_platform'), t).toBe(true);
  });
  it('力口 for 加, 乞鹅 for 企鹅, 扣 before a QQ-length number (variants.ts)', () => {
    expect(detectors('看P力口薇C3003D')).toContain('wechat_id');
    for (const t of ['加扣1665977823', '乞鹅 29526 77544']) expect(detectors(t), t).toContain('qq');
    for (const t of ['我在努力口语练习', '扣1', '扣666666']) expect(cats(t), t).toEqual([]);
  });
  it('喂心/伟心, 卫星 before a handle and 丘丘 before a number are WeChat and QQ; satellites and hilichurls are not', () => {
    for (const t of ['喂心 cad571', '伟心：kuc537', '卫星 ktm657']) expect(detectors(t), t).toContain('wechat_id');
    expect(detectors('丘丘2830422234')).toContain('qq');
    for (const t of ['丘丘人好可爱', '北斗卫星2号发射', '伟大的心']) expect(cats(t), t).toEqual([]);
  });
});

describe('gambling-site ads (vocabulary/gambling-sites.ts)', () => {
  it('live dealers, topping up points, deposit bonuses and lottery tips are gambling promotion', () => {
    for (const t of ['真人荷官在线发牌', '上下分微信秒到', '多充多送 扫码领彩金', '一肖一码 三期必开一特']) expect(flags(t, 'gambling_fraud'), t).toBe(true);
  });
  it('ranking up in a game, a minced oath and warnings are not', () => {
    for (const t of ['今晚双排上分吗', '特马的真好吃', '警惕真人荷官百家乐骗局']) expect(flags(t, 'gambling_fraud'), t).toBe(false);
  });
  it('English payout testimonials and recovery offers (FTC) are scams; warnings about them are not', () => {
    for (const t of ['i got my first payout thanks to mrs elizabeth', 'message me to recover your lost funds']) expect(flags(t, 'gambling_fraud'), t).toBe(true);
    for (const t of ['beware of anyone who offers to recover your lost funds', 'I love investing with friends']) expect(flags(t, 'gambling_fraud'), t).toBe(false);
  });
});

describe('insult terms narrowed on COLDataset train/dev (stop 29)', () => {
  it('国男 inside 中国男人 or 外国男生 is no slur; alone it is', () => {
    for (const t of ['中国男人压力太大了', '外国男生也一样']) expect(flags(t, 'harassment'), t).toBe(false);
    expect(flags('国男真下头', 'harassment')).toBe(true);
  });
  it("a trader's 骗子死全家, a story's 弄死 and a count of 草泥马 are not aimed at anyone", () => {
    for (const t of ['诚信出售 骗子死全家', '被怪物弄死了', '一千万只草泥马在迁徙']) expect(flags(t, 'harassment'), t).toBe(false);
    for (const t of ['你死全家', '信不信我弄死你']) expect(flags(t, 'harassment'), t).toBe(true);
  });
});

describe('plus signs, bare q, lottery-tip ads and slur compounds (stop 30)', () => {
  it('十 for a plus before q/v/威 and a handle or number is a contact; numerals stay numerals (variants.ts)', () => {
    for (const t of ['一百三十万钻十q229028183', '十威kai123qq886']) expect(flags(t, 'off_platform'), t).toBe(true);
    for (const t of ['十五个人一起', '打了十w次也没出', '第十q版']) expect(cats(t), t).toEqual([]);
  });
  it('a bare q before a QQ-length number is QQ; inside a word or before a short number it is not (structured.ts QQ)', () => {
    for (const t of ['要的老板q我:289203030', '充值找q 87654321']) expect(detectors(t), t).toContain('qq');
    for (const t of ['faq123456789', 'Q3 2024 report', '第q12345关']) expect(detectors(t), t).not.toContain('qq');
  });
  it('lottery-tip ad words (LOTTO-WARN) are gambling promotion; the warnings quoting them are not', () => {
    for (const t of ['最快报码 必中特码', '新澳门天天开好彩 内部攻略']) expect(flags(t, 'gambling_fraud'), t).toBe(true);
    for (const t of ['警惕必中特码骗局', '开奖结果出来了吗']) expect(flags(t, 'gambling_fraud'), t).toBe(false);
  });
  it('ethnic-slur compounds are insults; the bare words in war films and sticks are not', () => {
    for (const t of ['一群白皮猪', '滚吧小鬼子']) expect(flags(t, 'harassment'), t).toBe(true);
    for (const t of ['这是打鬼子的电影', '拿根棒子来']) expect(flags(t, 'harassment'), t).toBe(false);
  });
});
