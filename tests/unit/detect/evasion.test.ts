/**
 * R-OFF-7: every evasion form in requirements.md item 7 still reads as an off-platform lure, and
 * the finding quotes the ORIGINAL text, not the normalised one.
 */
import { describe, expect, it } from 'vitest';
import { scan } from './helpers';

function offPlatform(text: string) {
  return scan(text).filter((f) => f.category === 'off_platform');
}

describe('evasion forms (R-OFF-7)', () => {
  it.each([
    ['homophone 薇信', '加薇信详聊', '薇信'],
    ['homophone 威信', '有事加威信', '威信'],
    ['look-alike 徽信', '加徽信领福利', '徽信'],
    ['homophone 维信', '维信号发你了', '维信号'],
    ['V信', '加V信看细节', 'V信'],
    ['vx', '便宜的加vx', 'vx'],
    ['wx', '想要的加wx', 'wx'],
    ['➕V', '➕V 详聊', '➕V'],
    ['+v', '喜欢的+v哦', '+v'],
    ['扣扣', '加扣扣聊', '扣扣'],
    ['绿泡泡', '绿泡泡联系我', '绿泡泡'],
    ['full-width letters', '加ＶＸ私聊', 'ＶＸ'],
    ['styled math letters', '加𝐕𝐗私聊', '𝐕𝐗'],
    ['spaces between characters', '加 微 信', '加 微 信'],
    ['symbols between characters', '加*微*信', '加*微*信'],
    ['emoji between characters', '加微❤信', '加微❤信'],
    ['zero-width joiners', '加\u200b微\u200b信', '加\u200b微\u200b信'],
    ['traditional characters', '威信號碼給你', '威信號'],
    ['upper case english', 'DM ME for price', 'DM ME'],
  ])('%s: %s', (_name, text, quoted) => {
    const f = offPlatform(text);
    expect(f.length).toBeGreaterThan(0);
    expect(f.map((x) => x.matched.text).join('|')).toContain(quoted);
    for (const x of f) expect(text.slice(x.matched.start, x.matched.end)).toBe(x.matched.text);
  });

  it.each([
    ['plain mobile', '电话13812345678', 'phone'],
    ['mobile split by spaces', '打 138 1234 5678', 'phone'],
    ['mobile split by dashes', '138-1234-5678', 'phone'],
    ['full-width digits', '１３８１２３４５６７８', 'phone'],
    ['Chinese numerals', '一三八一二三四五六七八', 'phone'],
    ['Chinese numerals with 幺 and spaces', '幺三八 零零一三 八零零零', 'phone'],
    ['circled digits', '①③⑧①②③④⑤⑥⑦⑧', 'phone'],
    ['QQ number', 'QQ 12345678', 'qq'],
    ['QQ number via 扣扣', '扣扣：9876543', 'qq'],
    ['WeChat id after cue', '微信号 abc_12345'.replace('_', ''), 'wechat_id'],
    ['bank card (Luhn)', '卡号 6222 0212 3456 7890 128', 'bankcard'],
  ])('%s', (_name, text, detector) => {
    const f = offPlatform(text);
    expect(f.map((x) => x.detector)).toContain(detector);
  });

  it('a 16-digit number failing Luhn is not a bank card', () => {
    expect(scan('订单 6222 0212 3456 7890 127').filter((f) => f.detector === 'bankcard')).toEqual([]);
  });

  it('english platform hops: Telegram, WhatsApp, Cash App, Venmo, Zelle, bio', () => {
    for (const t of ['message me on telegram', 'whatsapp me +1 555 0100', 'pay with cash app', 'venmo me the rest', 'zelle only', 'check my bio for the deal']) {
      expect(offPlatform(t).length, t).toBeGreaterThan(0);
    }
  });

  it('off-platform links and short links; the platform’s own links are fine', () => {
    expect(offPlatform('点这个 t.cn/AbC123 领券').map((f) => f.detector)).toContain('short_link');
    expect(offPlatform('order at https://cheap-deals.xyz/item').map((f) => f.detector)).toContain('link');
    expect(offPlatform('看 https://www.douyin.com/user/abc')).toEqual([]);
  });

  it('the matched span maps to the original even through NFKC expansion and surrogate pairs', () => {
    const text = '😀😀 加𝐕𝐗 看看';
    const [f] = offPlatform(text);
    expect(f.matched.text).toContain('𝐕𝐗');
    expect(text.slice(f.matched.start, f.matched.end)).toBe(f.matched.text);
  });
});
