// R-DATA-20: runs of identical or templated comments from several accounts.
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
