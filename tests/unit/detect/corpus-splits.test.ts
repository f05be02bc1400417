/**
 * The corpus's split discipline (issue 15): test text must be text neither the rules nor the scorer
 * saw. Checked on the committed data/corpus: every source sits in the split sources.ts names; no
 * test line repeats (after folding punctuation and case) a train or dev line; a page of the web
 * sources never spans two splits; loans are minor_unsuitable only when aimed at students.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/scripts/corpus/read-corpus';
import { SOURCES } from '@/scripts/corpus/sources';
import { annotateSpam } from '@/scripts/corpus/annotate';
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

