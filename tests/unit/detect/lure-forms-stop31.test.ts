/**
 * Issue 15, stop 31 (h-offplat): QQ ids hidden behind look-alike characters, "DM me" after a trade offer,
 * trader and friend invitations, pointers at a screen name, films and sex streams offered in chat, and
 * gambling-site words from police and court reports (lib/detect/lure-patterns.ts,
 * lib/bundle/vocabulary/{lure-invites,lures,minor-unsuitable,gambling-sites}.ts). Every line is written
 * here for the test (never a corpus line). The scanner runs WITHOUT the trained scorer, so a positive
 * fails when its rule is gone; each family has benign look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { rulesOnly } from './helpers';

const { categories: cats, detectors } = rulesOnly;

describe('a QQ id beside a character that stands for QQ (lure-patterns.ts qq_evasion)', () => {
  it('the number then 口, 蔻/寇 look-alikes, 鹅, 企 or 乞 within a few characters', () => {
    for (const t of ['3456 7821 口', '38291047 加口', '4829 1736 美女口', '58203941 蔲', '72093 41856乞儿', '4938 2017 企鹅']) {
      expect(detectors(t), t).toContain('qq_evasion');
    }
  });
  it('the character first: 蔻/寇/鹅 or a bare 口 after no word it ends', () => {
    for (const t of ['蔻 2938 4710', '宼38492017', '鹅：59203847', '妹妹口 2837 4019']) expect(detectors(t), t).toContain('qq_evasion');
  });
  it('words that end or start with 口, companies, amounts and repeated digits stay silent', () => {
    for (const t of ['入口1234567号门', '接口 20394857 调用', '全国人口1411780000', '你口中说的 38291047 是什么', '统一代码 91310000 企业', '扣666666', '1000000口罐子']) {
      expect(detectors(t), t).not.toContain('qq_evasion');
    }
  });
});

describe('"DM me" after a trade offer (lure-patterns.ts trade_dm)', () => {
  it('selling or buying, then 私聊 / 滴滴 / 密我', () => {
    for (const t of ['出金币三折，速度私聊', '收旧手机有的老板私聊', '大量出因子 滴滴', '甩卖皮肤，要的密我']) expect(detectors(t), t).toContain('trade_dm');
  });
  it('the ride app, going out, a negation or a warning stay silent', () => {
    for (const t of ['出门叫滴滴回家', '出差坐滴滴', '卖家不私聊', '收到了，谢谢', '不要私下交易，卖家让你私聊的都是骗子']) expect(detectors(t), t).not.toContain('trade_dm');
  });
});

describe('trader and friend invitations, screen-name pointers (vocabulary/lure-invites.ts, lures.ts)', () => {
  it('who sells, buys or "gets it", then a DM or a friend request', () => {
    for (const t of ['卖的私信', '收的滴滴我', '懂的加我', '需要的加好友', '想要的密我', '有的滴滴']) expect(cats(t), t).toEqual(['off_platform']);
  });
  it('a screen name that holds the contact', () => {
    for (const t of ['看姐姐名字', '注意看我名', '看名字加', '看我的网名']) expect(cats(t), t).toEqual(['off_platform']);
  });
  it('the room\'s own fan club and some DMs stay silent', () => {
    for (const t of ['想要的加我粉丝团', '要的加我灯牌', '有的私信还没回', '看名字就知道是男生']) expect(cats(t), t).toEqual([]);
  });
});

describe('films and sex streams offered in chat (vocabulary/minor-unsuitable.ts ADULT)', () => {
  it('卖片 / 买片 / 黄播 / 高清无码 are minor_unsuitable', () => {
    for (const t of ['卖片，五元十部', '有黄播的私我', '高清无码资源']) expect(cats(t), t).toContain('minor_unsuitable');
  });
  it('a warning and films as such stay silent', () => {
    for (const t of ['警惕卖片诈骗', '今晚去看电影大片']) expect(cats(t), t).not.toContain('minor_unsuitable');
  });
});

describe('gambling-site words from police and court reports (vocabulary/gambling-sites.ts STOP31)', () => {
  it('draws and games gamblers bet on, sign-up bonuses, agents', () => {
    for (const t of ['北京赛车PK拾五分钟一期', '娱乐竞技，红包秒结', '注册即送88', '地下时时彩代理']) expect(cats(t), t).toContain('gambling_fraud');
  });
  it('recruiting for 跑分 (laundering for gambling sites) and 信誉棋牌; a phone\'s benchmark score is no 跑分', () => {
    for (const t of ['免押金跑分日结', '专业跑分团队招人', '信誉棋牌招代理']) expect(cats(t), t).toContain('gambling_fraud');
    for (const t of ['这台手机跑分一百万', '安兔兔跑分多少']) expect(cats(t), t).toEqual([]);
  });
  it('a police warning that names them stays silent', () => {
    expect(cats('警方提醒：北京赛车微信群是赌博')).toEqual([]);
  });
});

describe('warnings that call a vice illegal or disbelieve it (context.ts)', () => {
  it('非法 and 不要轻易相信 soften the lure words they quote', () => {
    for (const t of ['任何形式的网上赌博都是非法的，别碰百家乐', '远离非法博彩，拒绝时时彩', '不要轻易相信直播间里说的中奖了']) expect(cats(t), t).toEqual([]);
  });
  it('a seller who says his site is legal is still flagged', () => {
    expect(cats('正规平台合法经营，百家乐注册即送')).toContain('gambling_fraud');
    expect(cats('这不是非法的，百家乐放心玩')).toContain('gambling_fraud');
  });
});
