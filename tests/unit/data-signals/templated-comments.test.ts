/** Templated comment runs (R-DATA-20) and the detector's memory in a busy room (issue 5). */
import { describe, expect, it } from 'vitest';
import { TemplatedCommentDetector, TEMPLATE_WINDOW_MS } from '@/lib/data-signals/templated-comments';

const shapes = (d: TemplatedCommentDetector) => (d as unknown as { byShape: Map<string, unknown> }).byShape.size;

describe('TemplatedCommentDetector', () => {
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
