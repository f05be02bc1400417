/**
 * Issue 15, stop 33 (s33-harm): more sexual slang and curses from the konsheng/Sensitive-lexicon lists (MIT), the
 * look-alikes that must stay silent, and two context rules: an insult aimed at the writer ("我是傻逼") harasses no
 * one, and a sex service offered by the night, at the door or in a club is an offer even in a long line. Every line
 * is written here for the test (never a corpus line). The scanner runs WITHOUT the trained scorer, so a positive
 * fails when its rule is gone.
 */
import { describe, expect, it } from 'vitest';
import { rulesOnly } from './helpers';

const { categories: cats, detectors } = rulesOnly;

describe('sexual slang added at stop 33 (vulgar-forms.ts sexual_slang)', () => {
  it('konsheng slang is minor_unsuitable', () => {
    for (const t of ['他俩昨晚在车上做爱了', '求无码的片子', '主播的美腿真好看', '今天的主播有点色色的', '淫妇快出来']) {
      expect(detectors(t), t).toContain('sexual_slang');
    }
  });
  it('the everyday words around them stay silent', () => {
    for (const t of ['她肤白貌美腿长', '各地形形色色的风俗', '晚上一起吃鸡吧', '会员费是一次性交完的', '性交易案件昨天宣判']) {
      expect(cats(t), t).not.toContain('minor_unsuitable');
    }
  });
  it('色色 counts only when typed as one word, not as two emoji codes ("[色][色]" = heart-eyes twice)', () => {
    expect(detectors('[色][色]周年庆全场五折')).not.toContain('sexual_slang');
    expect(detectors('主播今天好色色')).toContain('sexual_slang');
  });
});

describe('a sex act on a genital named by anatomy (vulgar-forms.ts sex_act)', () => {
  it('the act, then the anatomical word, is minor_unsuitable; the word alone is health talk', () => {
    expect(detectors('想舔你的龟头')).toContain('sex_act');
    expect(cats('阴茎癌的早期症状有哪些')).not.toContain('minor_unsuitable');
  });
});

describe('curses added at stop 33 (official-harassment.ts)', () => {
  it('spelling variants and family curses are harassment', () => {
    for (const t of ['这主播就是个沙比', '窝囊废一个', '穷逼别在这说话', '操你祖宗', '你脑子进水了吧']) expect(cats(t), t).toContain('harassment');
  });
  it('a dropped comma and a trader\'s oath do not make a curse', () => {
    for (const t of ['他人有点傻，比较老实', '诚信交易，骗子死妈']) expect(cats(t), t).not.toContain('harassment');
  });
});

describe('people named wholesale as trash (insult-patterns.ts group_insult)', () => {
  it('a group of people called trash or vermin is harassment', () => {
    for (const t of ['这些人都是垃圾', '男的全是畜生', '你们没一个好东西']) expect(detectors(t), t).toContain('group_insult');
  });
  it('goods called trash, and a warning about scammers, are not', () => {
    for (const t of ['这几款手机都是垃圾', '私聊的人都是骗子']) expect(detectors(t), t).not.toContain('group_insult');
  });
});

describe('a cat is no insult (official-harassment.ts INSULT_UNLESS_EN)', () => {
  it('"pussy cat" stays silent, the slur alone does not', () => {
    expect(cats('my pussy cat is sleeping on the sofa')).not.toContain('harassment');
    expect(cats('shut your mouth you pussy')).toContain('harassment');
  });
});

describe('an insult aimed at the writer (context.ts isSelfAimedAt)', () => {
  it('self-mockery is not harassment', () => {
    for (const t of ['我是傻逼，又买错了', '我真是个白痴', '我就是个废物哈哈', '资深舔狗一枚']) expect(cats(t), t).not.toContain('harassment');
  });
  it('the same words aimed at someone else still are', () => {
    for (const t of ['你是傻逼吧', '说我是傻逼的人才是傻逼', '我觉得你是个白痴']) expect(cats(t), t).toContain('harassment');
  });
});

describe('a sex service offered in a long line (context.ts OFFER)', () => {
  it('offered by the night or in a club, it is minor_unsuitable even without a price or contact word', () => {
    expect(cats('本地高端会所今晚还有空位，约炮一条龙，环境干净安全，老板们放心来玩吧')).toContain('minor_unsuitable');
    expect(cats('兄弟们今晚包夜吗，约炮的妹子都很年轻漂亮，环境干净卫生，放心来玩')).toContain('minor_unsuitable');
  });
  it('a long comment that only talks about it stays silent', () => {
    expect(cats('我一直觉得随便约炮的人不太尊重自己，感情这种事情还是认真一点比较好')).not.toContain('minor_unsuitable');
  });
});
