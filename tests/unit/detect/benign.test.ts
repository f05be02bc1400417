/** R-OFF-8 and R-RISK-4: benign traps stay benign. */
import { describe, expect, it } from 'vitest';
import { categories, scan } from './helpers';

describe('benign context (R-OFF-8)', () => {
  it.each([
    ['in-platform payment question', '支持微信支付吗'],
    ['in-platform payment question (alipay)', '可以用支付宝付款吗？'],
    ['unrelated app', 'QQ音乐里有这首歌'],
    ['unrelated app 2', '我在QQ空间看到过'],
    ['platform safety notice', '直播间严禁私下交易，谨防上当受骗'],
    ['platform safety notice 2', '温馨提示：请勿私下交易，不要加微信'],
    ['question about rank', '这是第一名吗'],
    ['everyday chat', '哈哈哈主播今天好可爱'],
    ['everyday chat en', 'lol that was the best play ever'],
    ['numbers that are not phones', '今天买了3件，一共129元'],
    ['year and price', '2024年的款，99.9包邮'],
    ['first time', '第一次来直播间'],
    ['we together', '一起加油'],
    ['video id', 'BV1xx411c7mD 这个视频'],
  ])('%s: %s', (_name, text) => {
    expect(categories(text)).toEqual([]);
  });

  it('absolute terms in chat are everyday speech; in a title they are advertising (R-RISK-4)', () => {
    expect(categories('这个颜色最好看', 'chat')).toEqual([]);
    expect(scan('全网最低价 正品保障', 'title').map((f) => [f.category, f.severity])).toContainEqual(['false_claim', 'notice']);
  });

  it('a safety notice does not shield a real lure in the same line', () => {
    expect(categories('别信平台的，加我vx便宜')).toContain('off_platform');
  });
});
