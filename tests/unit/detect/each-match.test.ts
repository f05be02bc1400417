// matchesOf (issue 13) gives exactly what String.prototype.matchAll gives — every match, its index
// and groups, empty matches stepped over by one code point — and leaves the regex as it found it.
import { describe, expect, it } from 'vitest';
import { matchesOf } from '@/lib/detect/each-match';
import { RULES } from '@/lib/detect/variants';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ at: m.index, all: [...m], groups: m.groups }));

describe('matchesOf', () => {
  const cases: [RegExp, string][] = [
    [/\d+/g, '加我 123 或 45678 私聊'],
    [/(?<n>[a-z]+)(\d)?/g, 'ab1 cd ef2'],
    [/x*/g, 'axxbx'], // empty matches between the others
    [/(?:)/gu, 'a😀b'], // empty matches step over a surrogate pair with u…
    [/(?:)/g, 'a😀b'], // …and into it without
    [/\p{Extended_Pictographic}?/gu, '😀x😀'],
    [/(?<![0-9])加[vw](?![a-z信])/g, '加v 加w信 3加v 加v'],
    [/none/g, 'nothing here'],
    [/a/gy, 'aab a'], // sticky: stops at the first gap, as matchAll does
    ...RULES.map(([re]): [RegExp, string] => [re, '力口薇 c3003d 十q229028183 加个v 扣扣 纸飞机 zfb whatsapp 绿泡泡 企鹅：2345678 飞机：@deal_shop']),
  ];
  it.each(cases.map(([re, text]) => [`/${re.source.slice(0, 40)}/${re.flags}`, re, text] as const))('%s: the same matches as matchAll', (_, re, text) => {
    expect(plain(matchesOf(re, text))).toEqual(plain(text.matchAll(re)));
    expect(re.lastIndex).toBe(0);
  });

  it('starts at 0 whatever lastIndex a test() left, and refuses a regex without g (as matchAll does)', () => {
    const re = /\d/g;
    re.test('12');
    expect(re.lastIndex).toBe(1);
    expect(matchesOf(re, '12').map((m) => m.index)).toEqual([0, 1]);
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
  });
});
