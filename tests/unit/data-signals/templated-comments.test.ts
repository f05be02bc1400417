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

  it("a shape seen once keeps its first message when the queue's front is cut off (issue 13: no run object until a second message)", () => {
    const d = new TemplatedCommentDetector();
    const ref = new ReferenceDetector();
    const both = (text: string, who: string, at: number) => {
      const got = d.add(text, who, at);
      expect(got, `${text} at ${at}`).toEqual(ref.add(text, who, at));
      return got;
    };
    // 5000 lines that will leave the window together, then a template's first line inside it
    for (let i = 0; i < 5000; i++) both(`普通聊天内容${String.fromCharCode(0x4e00 + i)}`, `u${i}`, i);
    both('这个主播太实在了', 'a', 30_000);
    // the 5000 leave the window: the queue's front is cut off while the template's first line stays
    both('另一条普通的聊天', 'z', 65_000);
    expect(both('这个主播太实在了', 'b', 66_000)).toBeNull();
    expect(both('这个主播太实在了', 'c', 67_000)).toEqual({ shape: '这个主播太实在了', authors: 3 });
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

/** the definition the detector was written from (issue 5 version): one array per message, filtered */
class ReferenceDetector {
  private byShape = new Map<string, { at: number; author: string }[]>();
  private reported = new Set<string>();
  add(text: string, author: string | undefined, at: number) {
    const shape = text.normalize('NFKC').toLowerCase().replace(/[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]+/gu, '');
    if (shape.length < 4) return null;
    const list = (this.byShape.get(shape) ?? []).filter((s) => at - s.at <= TEMPLATE_WINDOW_MS);
    list.push({ at, author: author ?? `anon-${list.length}` });
    this.byShape.set(shape, list);
    const authors = new Set(list.map((s) => s.author)).size;
    if (authors >= TEMPLATE_MIN_AUTHORS && !this.reported.has(shape)) {
      this.reported.add(shape);
      return { shape, authors };
    }
    return null;
  }
}

describe('the allocation-free detector (issue 13) answers as its definition', () => {
  it('commentShape: the letters-and-ideographs shortcut equals the regex for every ASCII char and CJK ideograph', () => {
    const regex = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]+/gu, '');
    for (let c = 0; c < 0x80; c++) {
      const s = `好${String.fromCharCode(c)}a`;
      expect(commentShape(s), c.toString(16)).toBe(regex(s));
    }
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const s = String.fromCharCode(c);
      if (commentShape(s) !== regex(s)) expect(commentShape(s), c.toString(16)).toBe(regex(s));
    }
    for (const s of ['ＧＲＥＡＴ deal!!', '质量超好👍', 'abc', '全部汉字没有标点', 'Ab Cd', '①②③好好', 'e\u0301té']) expect(commentShape(s), s).toBe(regex(s));
  });

  it('commentShape: the per-code-unit table equals the regex for every BMP code unit, astral emoji and lone surrogates, in runs', () => {
    const regex = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]+/gu, '');
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // alone, between letters, and doubled at the line's ends (runs and edges)
      for (const s of [ch, `好${ch}a`, `${ch}${ch}好好${ch}`]) if (commentShape(s) !== regex(s)) wrong.push(c.toString(16));
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    const astral = ['😀', '👍🏻', '🇨🇳', '𝐕𝐗', '𠀀', '🀄', '\ud83d', '\ude00a', '👨‍👩‍👧'];
    for (const a of astral) for (const s of [a, `好${a}好a`, `${a}${a}`]) expect(commentShape(s), JSON.stringify(s)).toBe(regex(s));
  });

  it('the same findings as the reference over a random stream (repeats, anonymous authors, window edges)', () => {
    const templates = ['质量超好回购', '主播好美啊啊', '求链接求链接', 'great deal today', '宝贝质量真好', '已拍两单了哦', 'ＡＢＣＤ好物'];
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const d = new TemplatedCommentDetector();
    const ref = new ReferenceDetector();
    let at = 0;
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      at += rnd(40) * 100; // bursts and gaps up to 4 s: shapes leave and re-enter the window
      const text = `${templates[rnd(templates.length)]}${rnd(3) ? '' : ` 第${rnd(99)}次！😀`}${rnd(50) ? '' : String.fromCharCode(0x4e00 + rnd(200))}`;
      const who = rnd(5) ? `u${rnd(12)}` : undefined;
      const got = d.add(text, who, at);
      expect(got, `${i}: ${text}`).toEqual(ref.add(text, who, at));
      if (got) found++;
    }
    expect(found).toBeGreaterThan(5); // the stream does form runs
  });
});
