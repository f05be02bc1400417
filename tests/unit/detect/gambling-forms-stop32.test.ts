/**
 * Issue 15, stop 32 (h-offplat): gambling-site ads by structure (lib/detect/gambling-forms.ts: a venue or game
 * with a call to sign up, top up, cash out or make contact; deposit and sign-up bonuses), a bare v/w before a
 * QQ-length number (lure-patterns.ts letter_number), goods between "whoever wants it" and "add me / DM me"
 * (invite-forms.ts goods_then_ask), a seller's "封号包赔" or "骗子火葬场" that is no warning (context.ts), a handle
 * after a contact word whose @ normalisation drops (links.ts at_handle, with the prefilter asking about lines with an @), 卖 in words that sell nothing (context.ts isOffer) and
 * bought followers that are no handle (structured.ts wechat_id). Every line is written here for the test (never
 * a corpus line). The scanner runs WITHOUT the trained scorer, so a positive fails when its rule is gone; each
 * family has look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { rulesOnly } from './helpers';
import { isOffer } from '@/lib/detect/context';

// the shared rules-only readers (helpers.ts): a positive fails when its rule is gone
const { categories: cats, detectors } = rulesOnly;

describe('a gambling venue or game with a call to act (gambling-forms.ts gambling_ad)', () => {
  it('venue or game, then signing up, topping up, cashing out or a contact within a clause or two', () => {
    for (const t of [
      '真人视讯百家乐，新会员注册就能玩',
      '北京赛车计划准，充值秒到账',
      '某某国际娱乐城 提款五分钟到',
      '时时彩大神在线，想跟的私聊',
      '炸金花上下分，需要的加我',
      '亚博体育官网入口在主页',
      '赌球的兄弟看过来 下载app就送',
    ]) expect(detectors(t), t).toContain('gambling_ad');
  });
  it('a gambling ad that carries a contact is gambling_fraud AND off_platform', () => {
    for (const t of ['棋牌游戏上分找我 微信 ab12345cd', '百家乐荷官在线发牌 加群 58203947', '六合彩资料 联系电话 02088886666']) {
      expect(cats(t), t).toEqual(expect.arrayContaining(['gambling_fraud', 'off_platform']));
    }
  });
  it('the contact call first, the venue after', () => {
    for (const t of ['加我带你玩真人荷官', '扫码进群 每晚六合彩开奖']) expect(detectors(t), t).toContain('gambling_ad');
  });
  it('either half alone, a licensed parlour, a brand that is not a casino, and warnings stay silent', () => {
    for (const t of [
      '昨晚梦见自己在澳门赌场输光了',
      '充值了一个月卡，真香',
      '加我微信拉你进粉丝群',
      '楼下棋牌室联系电话多少',
      '开云集团官网上的新款包包',
      '欧宝汽车4s店联系客服',
      '海边赶海捕鱼，想要的私聊',
      '警惕网络赌博，不要下载陌生的棋牌app',
    ]) expect(detectors(t), t).not.toContain('gambling_ad');
  });
});

describe('deposit and sign-up bonuses (gambling-forms.ts deposit_bonus)', () => {
  it('a deposit matched, a sign-up paid in cash or bonus money', () => {
    for (const t of ['首存500送500', '存100送38，天天有活动', '注册就送58', '新人注册即领礼金']) expect(detectors(t), t).toContain('deposit_bonus');
  });
  it('a coupon, goods, points or a saved file stay silent', () => {
    for (const t of ['新用户注册送20元券', '注册送3个月会员', '注册就送100积分', '保存100张图片送给你']) expect(detectors(t), t).not.toContain('deposit_bonus');
  });
});

describe('a bare v or w before a QQ-length number (lure-patterns.ts letter_number)', () => {
  it('v or w glued to the number, after Chinese or a colon', () => {
    for (const t of ['要货的v:2938471056', '想了解的加w 58203947', '有需要v十3849201756']) expect(cats(t), t).toContain('off_platform');
  });
  it('a letter inside a word, a version, an amount or one digit repeated stays silent', () => {
    for (const t of ['iv1234567 这个型号', 'dev2938471 分支', '5w1234567', 'v888888']) expect(cats(t), t).not.toContain('off_platform');
  });
});

describe('卖 that sells nothing (context.ts isOffer)', () => {
  it('trafficking, betrayal and putting on an act are no offer', () => {
    for (const t of ['打击拐卖妇女儿童', '贩卖人口是重罪', '他出卖了朋友', '主播又在卖萌', '别卖惨了']) expect(isOffer(t), t).toBe(false);
  });
  it('selling still is', () => {
    for (const t of ['这个卖多少', '有卖的吗', '低价出售']) expect(isOffer(t), t).toBe(true);
  });
});

describe('bought followers are no handle (structured.ts wechat_id)', () => {
  it('followers, likes or views after the app name', () => {
    for (const t of ['buy 1000 instagram followers for $5', 'get 500 instagram likes for 2 dollars']) expect(detectors(t), t).not.toContain('wechat_id');
  });
  it('a real handle after the app name still is one', () => {
    for (const t of ['my instagram is cool_cat99', 'snapchat: sunny_day88', '微信 abc_def']) expect(detectors(t), t).toContain('wechat_id');
  });
});

describe('goods between the want and the ask (invite-forms.ts goods_then_ask)', () => {
  it('wanting, buying or selling something, then 的 and add me / DM me', () => {
    for (const t of ['要新版美颜插件的加我', '收八级宝石的老板们联系我', '需要金币礼包的密我', '卖旧号的私聊']) expect(cats(t), t).toContain('off_platform');
  });
  it('the room\'s customer service, a negation and a warning stay silent', () => {
    for (const t of ['要退货的联系客服', '要买的别加我，直接拍', '谨防骗子，要低价金币的加我都是骗局']) expect(cats(t), t).not.toContain('off_platform');
  });
});

describe('a seller\'s "封号包赔" is no warning (context.ts)', () => {
  it('the guarantee keeps the lure, a ban itself still warns', () => {
    expect(cats('要最新外挂的加我，封号包赔'), '封号包赔').toContain('off_platform');
    expect(cats('要外挂的加我，小心被封号'), '被封号').not.toContain('off_platform');
  });
});

describe('a handle after a contact word, read by its @ (links.ts at_handle)', () => {
  it('联系/咨询/客服/dm/contact/tg then @handle, through the prefilter too', () => {
    // chat lines go through the prefilter first: a line it turned away would find nothing
    for (const t of ['联系：@shop_deals', '代发广告，咨询@abcd_88', 'dm @quick_cash_tips', 'TG: @cheap_vpn', 'Contact ＠Recover_Funds now']) expect(detectors(t), t).toContain('at_handle');
  });
  it('a reply to someone in chat stays silent', () => {
    for (const t of ['@streamer nice play', '@mod_team thanks!', 'lol @jenny_88 same']) expect(detectors(t), t).not.toContain('at_handle');
  });
});

describe('a seller\'s keep-away formula is no warning (context.ts)', () => {
  it('骗子火葬场 / 骗子走开 / 骗子爬 close a lure as 骗子勿扰 does', () => {
    for (const t of ['出游戏金币，有意的私聊，骗子火葬场', '收元宝，骗子走开，要的私聊', '大量出金币，骗子爬，私聊']) expect(cats(t), t).toContain('off_platform');
  });
});
