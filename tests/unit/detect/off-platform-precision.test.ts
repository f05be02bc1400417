/**
 * Issue 15 round 4: what made the off-platform detectors fire on benign text, each with the lure it
 * must still catch (lines written here for the test, never corpus lines), so every assertion can
 * fail in both directions. A false off-platform pop-up on a benign line is what makes users uninstall.
 */
import { describe, expect, it } from 'vitest';
import { scan } from './helpers';
import { isContentHost } from '@/lib/detect/content-hosts';

const off = (text: string, kind: Parameters<typeof scan>[1] = 'chat') => scan(text, kind).filter((f) => f.category === 'off_platform').map((f) => f.detector);

describe('links to public content sites share, they do not lure (R-OFF-7)', () => {
  it('a Q&A answer, a forum post, a video or a microblog is not an off-platform link', () => {
    for (const t of ['这个回答说得好 https://www.zhihu.com/question/12345/answer/678', '原帖在这 tieba.baidu.com/p/123456', '完整版 https://www.youtube.com/watch?v=abcdef', 'follow the streamer on https://twitter.com/somebody for schedule news']) {
      expect(off(t), t).toEqual([]);
    }
  });
  it('a link to any other site, a shortener or a chat-joining link still is', () => {
    expect(off('下单点这里 https://cheap-bags.top/item/1')).toContain('link');
    expect(off('领取福利 t.cn/AbCd12')).toContain('short_link');
    expect(off('join us https://t.me/somegroup')).toContain('short_link');
    expect(isContentHost('qm.qq.com')).toBe(false);
    expect(isContentHost('news.qq.com')).toBe(true);
  });
  it('a lure beside a content link is still found by the other detectors', () => {
    expect(off('看我微博 https://weibo.com/u/1 加我微信详聊')).not.toEqual([]);
  });
});

describe('numbers that are not contacts', () => {
  it('"50+w" is fifty thousand and more (w = 万), not 加微信', () => {
    expect(off('今年有50+w考生报名')).toEqual([]);
    expect(off('粉丝破10+w了')).toEqual([]);
    expect(off('想要的+w详聊')).not.toEqual([]);
  });
  it('群 as a measure word and 2333 laughter are not a group number', () => {
    expect(off('你们这群骗子233333')).toEqual([]);
    expect(off('一群人12345678个赞')).toEqual([]);
    expect(off('粉丝群 5551234 进来领券')).toContain('group_number');
    expect(off('q群：66778899')).not.toEqual([]);
  });
  it('"加q" before a number is adding a QQ; before letters it is not', () => {
    expect(off('想要的加q:5679321')).not.toEqual([]);
    expect(off('加quick模式打开')).toEqual([]);
  });
});

describe('warnings and rule pages that name the lure stay benign', () => {
  it('English consumer advice about payment apps', () => {
    for (const t of ['Only pay with Zelle to people you know and trust.', 'You may be asked to pay by Venmo or gift card; once sent you cannot get your money back.', 'A buyer who insists on Zelle is a red flag.']) {
      expect(off(t), t).toEqual([]);
    }
    expect(off('pay me with zelle and I ship today')).not.toEqual([]);
  });
  it('a rule page describing the violation in its own register', () => {
    expect(off('主播引导用户私下交易将被处理')).toEqual([]);
    expect(off('咱们私下交易更便宜')).not.toEqual([]);
  });
});

describe('a good named in a Chinese comment that discusses it is not offered (prohibited_goods, minor_unsuitable)', () => {
  const has = (text: string, c: string, kind: Parameters<typeof scan>[1] = 'chat') => scan(text, kind).some((f) => f.category === c);
  it('a viewer discussing guns, cannabis or plastic surgery raises nothing', () => {
    expect(has('听说那边枪支泛滥，晚上出门治安太差了，还是国内安全', 'prohibited_goods')).toBe(false);
    expect(has('新闻说大麻在那边已经合法了，我觉得这个政策不太好', 'prohibited_goods')).toBe(false);
    expect(has('这个演员的整容脸太明显了，演技也一般般吧', 'minor_unsuitable')).toBe(false);
  });
  it('a short line that lists goods is an advertisement, and English is left alone', () => {
    expect(has('弹簧刀 甩棍 管制刀具', 'prohibited_goods')).toBe(true);
    expect(has('stun gun for self defense', 'prohibited_goods')).toBe(true);
  });
  it('the same goods offered in chat, or named by the host or a product title, still do', () => {
    expect(has('出售仿真枪支 私聊', 'prohibited_goods')).toBe(true);
    expect(has('大麻 现货 加我', 'prohibited_goods')).toBe(true);
    expect(has('听说那边枪支泛滥，咱们这有仿真枪支出售，要的私聊', 'prohibited_goods')).toBe(true);
    expect(has('电子烟 99元包邮', 'prohibited_goods')).toBe(true);
    expect(has('今天给大家上一款电子烟', 'prohibited_goods', 'caption')).toBe(true);
  });
});

describe('Twitter wraps every link in t.co', () => {
  it('a tweet quoted in chat is not a hidden-target link; real shorteners still are', () => {
    expect(off('lol this http://t.co/AbCdEf123')).toEqual([]);
    expect(off('free gift here bit.ly/abc123')).toContain('short_link');
  });
});
