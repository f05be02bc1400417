// R-DATA-21: a line removed from the middle of the chat is noticed; trimming, scrolling a
// virtualised list and re-rendering are not.
import { describe, expect, it } from 'vitest';
import { VanishedCommentTracker } from '@/lib/data-signals/vanished-comments';
import { isUnfavourable } from '@/lib/data-signals/unfavourable';

function room(lines: string[]) {
  const t = new VanishedCommentTracker<string>();
  lines.forEach((l) => t.seen(l, l, isUnfavourable(l)));
  return t;
}
const LINES = ['主播好', '这个多少钱', '收到了是假货，大家别买', '好看', '已下单', 'this is a scam', '666'];

describe('vanished unfavourable comments', () => {
  it('reports a watched line deleted from the middle, once', () => {
    const t = room(LINES);
    expect(t.watching).toBe(2);
    const gone = t.check(LINES.filter((l) => !l.includes('假货')));
    expect(gone.map((g) => g.payload)).toEqual(['收到了是假货，大家别买']);
    expect(t.check(LINES.filter((l) => !l.includes('假货')))).toEqual([]);
  });

  it('ignores the oldest rows trimmed off the top and the newest scrolled out of a virtual list', () => {
    const t = room(LINES);
    expect(t.check(LINES.slice(3))).toEqual([]); // trimmed: nothing older than it is shown
    const t2 = room(LINES);
    expect(t2.check(LINES.slice(0, 5))).toEqual([]); // the scam line fell off the bottom
  });

  it('a re-rendered row (same key back on the page) is not a deletion', () => {
    const t = room(LINES);
    expect(t.check(LINES)).toEqual([]);
    expect(t.watching).toBe(2);
  });

  it('knows unfavourable from ordinary chat', () => {
    for (const s of ['质量差，申请退款', 'FAKE product', '千万别买']) expect(isUnfavourable(s)).toBe(true);
    for (const s of ['主播好漂亮', '已拍两单', 'great price']) expect(isUnfavourable(s)).toBe(false);
  });
});
