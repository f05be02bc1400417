// R-DATA-20: runs of identical or templated comments from several accounts; and the detector's
// memory in a busy room (issue 5).
import { describe, expect, it } from 'vitest';
import { commentShape, TemplatedCommentDetector, TEMPLATE_MIN_AUTHORS, TEMPLATE_WINDOW_MS } from '@/lib/data-signals/templated-comments';

describe('commentShape', () => {
  it('drops digits, punctuation, symbols, emoji and spaces; folds width and case', () => {
    expect(commentShape('好评！质量超好 👍👍 第3次回购')).toBe(commentShape('好评质量超好第18次回购~~'));
    expect(commentShape('ＧＲＥＡＴ deal!!')).toBe('greatdeal');
  });
});

describe('TemplatedCommentDetector', () => {
  it('reports a run once, when the third author posts the same template within the window', () => {
    const d = new TemplatedCommentDetector();
    expect(d.add('质量超好 第1次回购', 'a', 0)).toBeNull();
    expect(d.add('质量超好 第2次回购', 'b', 1000)).toBeNull();
    expect(d.add('质量超好 第3次回购！', 'c', 2000)).toEqual({ shape: commentShape('质量超好 第9次回购'), authors: TEMPLATE_MIN_AUTHORS });
    expect(d.add('质量超好 第4次回购', 'd', 3000)).toBeNull(); // already reported
  });

  it('one author repeating is not a run; authors spread beyond the window are not either', () => {
    const d = new TemplatedCommentDetector();
    for (let i = 0; i < 5; i++) expect(d.add('主播好美啊啊', 'same', i)).toBeNull();
    const e = new TemplatedCommentDetector();
    expect(e.add('主播好美啊啊', 'a', 0)).toBeNull();
    expect(e.add('主播好美啊啊', 'b', TEMPLATE_WINDOW_MS / 2)).toBeNull();
    expect(e.add('主播好美啊啊', 'c', TEMPLATE_WINDOW_MS + 1)).toBeNull(); // a fell out of the window
  });

  it('everyday short chat ("666", "哈哈哈") never forms a run', () => {
    const d = new TemplatedCommentDetector();
    ['a', 'b', 'c', 'd'].forEach((who, i) => expect(d.add('666', who, i)).toBeNull());
    ['a', 'b', 'c', 'd'].forEach((who, i) => expect(d.add('哈哈哈', who, i)).toBeNull());
  });

  it('messages without an author count as different people (masked nicknames)', () => {
    const d = new TemplatedCommentDetector();
    d.add('求链接求链接', undefined, 0);
    d.add('求链接求链接', undefined, 1);
    expect(d.add('求链接求链接', undefined, 2)).not.toBeNull();
  });
});

const shapes = (d: TemplatedCommentDetector) => (d as unknown as { byShape: Map<string, unknown> }).byShape.size;

describe('TemplatedCommentDetector in a busy room (issue 5: bounded memory, pruning)', () => {
  it('reports one template from three authors once, with numbers and emoji swapped', () => {
    const d = new TemplatedCommentDetector();
    expect(d.add('宝贝质量真好 回购第1次', 'a', 0)).toBeNull();
    expect(d.add('宝贝质量真好 回购第2次😀', 'b', 1000)).toBeNull();
    expect(d.add('宝贝质量真好！回购第3次', 'c', 2000)).toEqual({ shape: '宝贝质量真好回购第次', authors: 3 });
    expect(d.add('宝贝质量真好 回购第4次', 'd', 3000)).toBeNull();
  });

  it('a run is still found after thousands of other lines inside the window (pruning keeps live shapes)', () => {
    const d = new TemplatedCommentDetector();
    d.add('这个主播太实在了', 'a', 0);
    for (let i = 0; i < 5000; i++) d.add(`普通聊天内容编号${String.fromCharCode(0x4e00 + i)}`, `u${i}`, 1 + i);
    d.add('这个主播太实在了', 'b', 6000);
    expect(d.add('这个主播太实在了', 'c', 7000)).toEqual({ shape: '这个主播太实在了', authors: 3 });
  });

  it('shapes older than the window are dropped once the map is large, and only those', () => {
    const d = new TemplatedCommentDetector();
    for (let i = 0; i < 3000; i++) d.add(`旧的聊天内容${String.fromCharCode(0x4e00 + i)}`, 'a', i);
    expect(shapes(d)).toBe(3000); // all inside the window: nothing to drop
    const later = 3000 + TEMPLATE_WINDOW_MS;
    for (let i = 0; i < 10; i++) d.add(`新的聊天内容${String.fromCharCode(0x4e00 + i)}`, 'b', later + i);
    // the old shapes with a message at >= later + i - window stay; everything older is gone
    expect(shapes(d)).toBeLessThan(30);
    expect(shapes(d)).toBeGreaterThanOrEqual(10);
  });
});
