/**
 * Issue 15, stop 32 (s32-vulgar): sexual talk in a live room (R-MINOR-9; lib/detect/vulgar-forms.ts,
 * lib/bundle/vocabulary/minor-unsuitable.ts) and curses aimed at a person (harassment;
 * lib/bundle/vocabulary/official-harassment.ts, lib/detect/insult-patterns.ts). Every line is written
 * here for the test (never a corpus line). The scanner runs WITHOUT the trained scorer, so a positive
 * fails when its rule is gone; each family has everyday look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { rulesOnly } from './helpers';

// the shared rules-only readers (helpers.ts): a positive fails when its rule is gone
const { categories: cats, detectors } = rulesOnly;

describe('explicit sexual slang (vulgar-forms.ts sexual_slang)', () => {
  it('slang for sex acts and bodies is minor_unsuitable, with or without an offer', () => {
    for (const t of ['主播今晚直播自慰吗', '想看你潮吹', '那个巨乳的妹子呢', '晚上来骚聊啊', '他在弹幕里刷鸡巴两个字']) {
      expect(cats(t), t).toContain('minor_unsuitable');
    }
  });
  it('a long comment that offers nothing is still vulgar when it uses the slang (no isDiscussion escape)', () => {
    const t = '昨天在直播间看到有人一直在刷弹幕说主播骚穴怎么样，真的看不下去了，大家都是来买东西的';
    expect(detectors(t)).toContain('sexual_slang');
  });
  it('the words inside everyday words stay silent: 人口爆炸, 奶头乐, 拉群交单', () => {
    for (const t of ['人口爆炸的年代已经过去', '短视频就是奶头乐', '今天拉群交单的有几个', '把群交给我管理吧']) {
      expect(cats(t), t).not.toContain('minor_unsuitable');
    }
  });
  it('a warning about the scam that names it is softened', () => {
    expect(cats('警惕骚聊诈骗，不要添加陌生人')).not.toContain('minor_unsuitable');
  });
});

describe('a sex act named by verb and genital slang (vulgar-forms.ts sex_act)', () => {
  it('操/日/舔/摸/看 … before 逼/屄, and 日批 / 曰批', () => {
    for (const t of ['想舔妹妹逼', '看嫩逼加我', '曰批666', '来看日批']) expect(detectors(t), t).toContain('sex_act');
  });
  it('逼 and 批 in their everyday words stay silent', () => {
    for (const t of ['这波操作太牛逼了', '别装逼了', '画面好逼真', '看我逼真的演技', '老师批评了我', '这批货日批发', '干嘛逼我买']) {
      expect(detectors(t), t).not.toContain('sex_act');
    }
  });
});

describe('a body touched or shown on request (vulgar-forms.ts body_act)', () => {
  it('摸/揉/看/插 … then 奶子/咪咪/胸部, 露胸给我看, a body called 大波', () => {
    for (const t of ['摸摸你的奶子', '让我看一下咪咪', '露胸给大家看看', '一对大波', '找个大波妹']) expect(detectors(t), t).toContain('body_act');
  });
  it('milk, a cat called 咪咪, a crowd and a wave stay silent', () => {
    for (const t of ['老板来包奶子', '我家咪咪今天好乖', '又来一大波观众', '大波浪卷发好看']) expect(cats(t), t).not.toContain('minor_unsuitable');
  });
});

describe('a sexual advance (vulgar-forms.ts sexual_advance)', () => {
  it('wanting to sleep with the host, arousal, touching "below"', () => {
    for (const t of ['好想睡你啊主播', '看硬了', '摸你下面', '想上主播']) expect(detectors(t), t).toContain('sexual_advance');
  });
  it('a visit, tears, anger, a button below and a lingerie size stay silent', () => {
    for (const t of ['想上你家玩', '看湿了眼眶', '我拳头硬了', '摸下面的按钮', '这款内衣有几个罩杯']) expect(cats(t), t).not.toContain('minor_unsuitable');
  });
});

describe('nudity asked for or shown (vocabulary ADULT: 全裸, 裸体, 裸照, 裸睡)', () => {
  it('a short chat line asking for it is minor_unsuitable', () => {
    for (const t of ['主播全裸一个', '发张裸照看看', '你是不是裸睡']) expect(cats(t), t).toContain('minor_unsuitable');
  });
  it('a long comment that discusses nudity and offers nothing stays silent (context.ts isDiscussion)', () => {
    expect(cats('美术学院的人体写生课会请模特来做裸体模特，这在艺术教育里很正常，没有什么好奇怪的')).not.toContain('minor_unsuitable');
  });
});

describe('sex services and sexual pictures offered (vocabulary ADULT, stop 32)', () => {
  it('services, sexual pictures and stories named in a short line are minor_unsuitable', () => {
    for (const t of ['学生妹上门', '每天更新福利视频', '群里天天发色图', '求小黄文']) expect(cats(t), t).toContain('minor_unsuitable');
  });
});

describe('curses aimed at a person (official-harassment.ts, konsheng list)', () => {
  it('family curses and their pinyin initials are harassment', () => {
    for (const t of ['日你妈的主播', '你个王八蛋', '狗杂种滚出直播间', '主播nmsl', '真下贱']) expect(cats(t), t).toContain('harassment');
  });
  it("wishing a person dead is harassment; a seller's oath against cheats is not (official-harassment.ts unless)", () => {
    for (const t of ['这种主播不得好死', '祝你全家暴毙']) expect(cats(t), t).toContain('harassment');
    expect(cats('诚信经营 骗子不得好死')).not.toContain('harassment');
  });
  it('words that contain them by accident stay silent', () => {
    for (const t of ['生日你妈妈送了什么', '王八是一种乌龟', '下载贱卖的软件']) expect(cats(t), t).not.toContain('harassment');
  });
  it('a pejorative aimed at "you" (insult-patterns.ts): 你真没教养, 主播真缺德, but not a fault in your phone', () => {
    for (const t of ['你真没教养', '主播真缺德', '你就是个傻缺']) expect(detectors(t), t).toContain('directed_insult');
    expect(detectors('你的手机有毛病吧')).not.toContain('directed_insult');
  });
});
