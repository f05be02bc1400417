/**
 * The corpus's split discipline (issue 15): test text must be text neither the rules nor the scorer
 * saw. Checked on the committed data/corpus: every source sits in the split sources.ts names; no
 * test line repeats (after folding punctuation and case) a train or dev line; a page of the web
 * sources never spans two splits; loans are minor_unsuitable only when aimed at students.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/scripts/corpus/read-corpus';
import { SOURCES } from '@/scripts/corpus/sources';
import { annotateSpam, movesDealOffChat, talkLabels } from '@/scripts/corpus/annotate';
import { everyKth, mapHarmLine } from '@/scripts/corpus/harm-bench';

const corpus = readCorpus();
const key = (t: string) => t.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

describe('corpus splits', () => {
  it('every line sits in its source\'s split, and every source named has lines', () => {
    const splitOf = new Map(SOURCES.map((s) => [s.id, s.split]));
    for (const l of corpus) expect(l.split, l.id).toBe(splitOf.get(l.src));
    for (const s of SOURCES) expect(corpus.some((l) => l.src === s.id), s.id).toBe(true);
  });

  it('no test line repeats a train or dev line', () => {
    const seen = new Set(corpus.filter((l) => l.split !== 'test').map((l) => key(l.text)).filter((k) => k.length >= 4));
    const repeated = corpus.filter((l) => l.split === 'test' && seen.has(key(l.text))).map((l) => l.id);
    expect(repeated).toEqual([]);
  });

  it('a web page (its URL) feeds one split only', () => {
    const splitsOf = new Map<string, Set<string>>();
    for (const l of corpus) if (l.ref?.startsWith('http')) splitsOf.set(l.ref, (splitsOf.get(l.ref) ?? new Set()).add(l.split));
    expect([...splitsOf].filter(([, s]) => s.size > 1).map(([u]) => u)).toEqual([]);
  });

  it('loan spam is minor_unsuitable only when aimed at students', () => {
    expect(annotateSpam('无抵押信用贷款，当天放款，详询xxxxxxxx', 'zh').labels).not.toContain('minor_unsuitable');
    expect(annotateSpam('大学生分期贷款，凭学生证当天下款', 'zh').labels).toContain('minor_unsuitable');
    expect(annotateSpam('Need a loan? Low rates, call now', 'en').labels).not.toContain('minor_unsuitable');
    expect(annotateSpam('Student loans approved in 24h, text back', 'en').labels).toContain('minor_unsuitable');
  });

  it('gambling-site sign-up bonuses are gambling_fraud; a game top-up or a coloured-gold jewel is not (stop 29)', () => {
    expect(annotateSpam('新用户首存就送88，领取彩金找客服', 'zh').labels).toContain('gambling_fraud');
    expect(annotateSpam('世界杯买球，充多少送多少，首单包赔', 'zh').labels).toContain('gambling_fraud');
    expect(annotateSpam('“捕鱼”高爆率，玩家刚充了5000块，提现9万多', 'zh').labels).toContain('gambling_fraud');
    expect(annotateSpam('300元1万元宝,首充即可成为尊享6', 'zh').labels).not.toContain('gambling_fraud');
    expect(annotateSpam('定婚钻戒彩金x浙，情侣表x浙', 'zh').labels).not.toContain('gambling_fraud');
  });

  it('sex-content ads, fund laundering, name lures and insults get their categories; their look-alikes do not (stop 30)', () => {
    // sex-content ads (the loose 低俗 → minor_unsuitable mapping, as for ChineseHarm-bench)
    expect(annotateSpam('寂寞少妇看逼家口口', 'zh').labels).toContain('minor_unsuitable');
    expect(annotateSpam('需要买黄篇的老哥私聊我', 'zh').labels).toContain('minor_unsuitable');
    expect(annotateSpam('钻石裸价直销，处女座专享，撸串套餐', 'zh').labels).not.toContain('minor_unsuitable');
    expect(annotateSpam('你就是傻逼', 'zh').labels).toEqual(['harassment']);
    // laundering gambling and fraud takings
    expect(annotateSpam('实力车队接一道二道资金，卡接回U，可担保', 'zh').labels).toContain('gambling_fraud');
    expect(annotateSpam('跑分，无押金', 'zh').labels).toContain('gambling_fraud');
    expect(annotateSpam('丝袜洗白白了看姐姐名字', 'zh').labels).not.toContain('gambling_fraud');
    // spaced digit groups and "look at my name" are contact lures
    expect(annotateSpam('美女 2140 8797', 'zh').labels).toContain('off_platform');
    expect(annotateSpam('看妹妹的名字', 'zh').labels).toContain('off_platform');
    expect(annotateSpam('卧槽，他妈？想死？', 'zh').labels).toContain('harassment');
  });

  it('card and account trading is prohibited_goods (反电信网络诈骗法 Art. 31); a card mentioned in passing is not (stop 31)', () => {
    expect(annotateSpam('高价收一类卡、盾卡、公户，落地三包', 'zh').labels).toContain('prohibited_goods');
    expect(annotateSpam('长期出售微信号、QQ号，价格美丽', 'zh').labels).toContain('prohibited_goods');
    expect(annotateSpam('欢迎中介卡主卡商来谈', 'zh').labels).toContain('prohibited_goods');
    expect(annotateSpam('因为我支付宝提现到我的一张不怎么用的银行卡', 'zh').labels).not.toContain('prohibited_goods');
    expect(annotateSpam('美区现在需要实体电话卡', 'zh').labels).not.toContain('prohibited_goods');
  });

  it('sexual talk, porn-video sales, name-and-number lures and fund moving get their categories; game, shop and bank look-alikes do not (stop 32)', () => {
    const zh = (t: string) => annotateSpam(t, 'zh').labels;
    // sexual talk and porn-video sales (低俗, filed under minor_unsuitable as in stop 30)
    expect(zh('主播今晚射给你')).toContain('minor_unsuitable');
    expect(zh('姐姐扯了丝袜等你')).toContain('minor_unsuitable');
    expect(zh('卖盘的老哥私聊')).toContain('minor_unsuitable');
    expect(zh('无码高清资源')).toContain('minor_unsuitable');
    expect(zh('收溅射技能书，三元一本')).not.toContain('minor_unsuitable');
    expect(zh('射阳驾校速成班')).not.toContain('minor_unsuitable');
    expect(zh('年终旅游高潮，报名送礼')).not.toContain('minor_unsuitable');
    expect(zh('全场文胸买二送一，再送特价内裤一条')).not.toContain('minor_unsuitable');
    // a name or number to look up elsewhere
    expect(zh('萌 12345 Q 67890')).toContain('off_platform');
    expect(zh('名字++喂来玩')).toContain('off_platform');
    expect(zh('点简介有惊喜')).toContain('off_platform');
    // moving gambling and fraud takings: U (USDT) exchange, 米 (money) per day, card crews
    expect(zh('大量出U，欢迎中介对接')).toContain('gambling_fraud');
    expect(zh('免费教技术，每天稳搞3OOO米')).toContain('gambling_fraud');
    expect(zh('招收一线车队，点位美丽')).toContain('gambling_fraud');
    expect(zh('银行承兑汇票理财，年收益x%')).not.toContain('gambling_fraud');
    expect(zh('只需20R你就能暴打米饭团子')).not.toContain('gambling_fraud');
    expect(zh('各种号零售，实名一级150米')).not.toContain('gambling_fraud');
    expect(zh('收u盾，高价')).not.toContain('gambling_fraud');
    // small cards bought for laundering; a game's month card is not
    expect(zh('队直收小额卡，是卡就要')).toContain('prohibited_goods');
    expect(zh('收月卡，三十一张')).not.toContain('prohibited_goods');
  });

  it('game-currency rates, a trader\'s "绝对诚信" and "最低 + amount" are not counterfeit or false_claim; replica 1:1 and 全网最低价 still are (stop 32)', () => {
    const zh = (t: string) => annotateSpam(t, 'zh').labels;
    // 1:1 (1比1w, 1:1点6) is a rate of yuan to game silver or diamonds, not a replica
    expect(zh('1比1w出银子要的滴滴')).not.toContain('counterfeit');
    expect(zh('1比1出15万银子要的加')).not.toContain('counterfeit');
    expect(zh('还有50万银子1:1代材料')).not.toContain('counterfeit');
    expect(zh('1:1复刻大牌包包，细节到位')).toContain('counterfeit');
    expect(zh('莆田鞋1比1原版')).toContain('counterfeit');
    // a trader vouching for himself is not an advertising claim about goods; an absolute price claim is
    expect(zh('大量出售金币,绝对诚信有要的老板私聊')).not.toContain('false_claim');
    expect(zh('U换人民币，绝对安全，支持担保')).not.toContain('false_claim');
    expect(zh('洗头折后最低xx元，剪发最低x折起')).not.toContain('false_claim');
    expect(zh('全区最低价的银子找老板包圆')).toContain('false_claim');
    expect(zh('绝对防封，一键秒杀')).toContain('false_claim');
  });

  it('selling accounts and phone cards with a bare 出 and SIM code-receiving (接码) are prohibited_goods; a shop\'s card or a host\'s cue card is not (stop 32)', () => {
    const zh = (t: string) => annotateSpam(t, 'zh').labels;
    expect(zh('出～qq，Vx，陌陌，三卡')).toContain('prohibited_goods');
    expect(zh('出：微扣扣ZFB抖音海外呺手咔')).toContain('prohibited_goods');
    expect(zh('日本号实卡接码，免费测试')).toContain('prohibited_goods');
    expect(zh('出银子，要的加qq联系')).not.toContain('prohibited_goods');
    expect(zh('主播手卡上写的价格不对')).not.toContain('prohibited_goods');
    expect(zh('会员卡充值送礼，详询店员')).not.toContain('prohibited_goods');
  });

  it('a Telegram "not spam" line that is sexual talk or a direct insult gets that category; football, drink and self-directed swearing do not (stop 32)', () => {
    expect(talkLabels('可以颜射么')).toEqual(['minor_unsuitable']);
    expect(talkLabels('你先给我发裸照')).toEqual(['minor_unsuitable']);
    expect(talkLabels('日你妈')).toEqual(['harassment']);
    expect(talkLabels('你特么傻逼吧')).toEqual(['harassment']);
    expect(talkLabels('葡萄牙射不进啊，全靠远射')).toEqual([]);
    expect(talkLabels('白酒是涨的真猛，啤酒喝不惯')).toEqual([]);
    expect(talkLabels('本群禁止广告、色情、政治')).toEqual([]);
    expect(talkLabels('我他妈哭了，我是傻逼')).toEqual([]);
    // and the committed corpus carries it: no such line is left benign in the Telegram train or dev file
    const leftBenign = corpus.filter((l) => l.src.startsWith('tg_spam') && !l.labels.length && !l.untaxed && /颜射|[日操]你妈|发裸照|大鸡巴/.test(l.text)).map((l) => l.id);
    expect(leftBenign).toEqual([]);
  });

  it('a "not ad" game-chat line that moves a deal off the chat is an off-platform lure; a bare mention or a private invitation without a trade is not (stop 31)', () => {
    expect(movesDealOffChat('v6号两百卖要的加q3449511815')).toBe(true);
    expect(movesDealOffChat('带秘境五元一天,需要的加微信shanglong213755')).toBe(true);
    expect(movesDealOffChat('自动搬钻有需要的加群205398825')).toBe(true);
    expect(movesDealOffChat('半价出潜能果单号9000需要的滴滴')).toBe(true);
    expect(movesDealOffChat('3块一个收毒袍,滴滴我')).toBe(true);
    expect(movesDealOffChat('有没有结拜缺人的，本人稳定长期在线，有的滴滴我')).toBe(false);
    expect(movesDealOffChat('qq你不看?')).toBe(false);
    expect(movesDealOffChat('我QQ两个小时')).toBe(false);
    expect(movesDealOffChat('vapeV4nb')).toBe(false);
    // and the committed corpus carries it: no benign game-chat line in train or dev names a channel with a number
    const leftBenign = corpus.filter((l) => l.src.startsWith('game_chat_ads') && !l.labels.length && !l.untaxed && /加(?:q|qq|微信)\s*\d{6,}/i.test(l.text)).map((l) => l.id);
    expect(leftBenign).toEqual([]);
  });

  it('ChineseHarm-bench is an unseen TEST source, its labels mapped by the documented rule', () => {
    expect(SOURCES.find((s) => s.id === 'chineseharm_bench')?.split).toBe('test');
    // publisher label alone (by: source)
    expect(mapHarmLine('博彩', '今晚开盘，押大押小')).toEqual({ labels: ['gambling_fraud'], by: 'source' });
    expect(mapHarmLine('不违规', '这个颜色好看')).toEqual({ labels: [], by: 'source', hard: true });
    // a contact cue adds off_platform (by: cue)
    expect(mapHarmLine('博彩', '想玩的加我微信')).toEqual({ labels: ['gambling_fraud', 'off_platform'], by: 'cue' });
    // 欺诈: impersonation alone lies outside the taxonomy; a task scam is gambling_fraud
    expect(mapHarmLine('欺诈', '我是快递客服，您的包裹丢了').untaxed).toBe(true);
    expect(mapHarmLine('欺诈', '宝妈在家兼职，日结三百').labels).toEqual(['gambling_fraud']);
    // 黑产广告: paid likes are a task scam and faked data; an unrelated service is untaxed
    expect(mapHarmLine('黑产广告', '点赞一单一结').labels.sort()).toEqual(['data_falsification', 'gambling_fraud']);
    expect(mapHarmLine('黑产广告', '专业代写论文').untaxed).toBe(true);
    // the sample is deterministic and spread over the whole file
    expect(everyKth([...Array(10).keys()], 3)).toEqual([0, 3, 6]);
    const harm = corpus.filter((l) => l.src === 'chineseharm_bench');
    expect(harm.length).toBeGreaterThan(3000);
    expect(harm.every((l) => l.ref?.startsWith('benchmark/'))).toBe(true);
  });
});

