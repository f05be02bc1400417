// @vitest-environment happy-dom
// elementText's textContent fast path (issue 5) gives exactly the node walk's text.
import { describe, expect, it } from 'vitest';
import { collapseSpace, elementText, walkedText } from '@/lib/sites/text';

const ROWS = [
  '<span class="a">茶*****：</span><span><span class="c">今年的茶 香吗</span></span>',
  '<span>加 微 信</span>\n  <b>abc</b><!-- comment --><i> 123 </i>',
  '<span>看这个</span><img alt="[捂脸]" src="x.png"><span>哈哈</span>',
  '<span>text</span><script>var x = "not chat";</script><style>.x{}</style><span>after</span>',
  '<div><div><span>deep</span> <em>nest</em></div>\t<p>para</p></div>',
  '<svg><text>svg text</text><script>1</script></svg><span>plain</span>',
  '',
  '   ',
];

describe('elementText', () => {
  it('equals the node walk on rows with and without images, scripts, styles, comments and svg', () => {
    for (const html of ROWS) {
      const el = document.createElement('div');
      el.innerHTML = html; // test markup of our own, parsed by happy-dom
      expect(elementText(el), html).toBe(walkedText(el));
    }
  });

  it('reads alt text and skips scripts (the walk is still used when they are present)', () => {
    const el = document.createElement('div');
    el.innerHTML = ROWS[2] + ROWS[3];
    expect(elementText(el)).toBe('看这个[捂脸]哈哈textafter');
  });

  it('the fast path is taken on plain rows of an HTML page', () => {
    expect(document.contentType).toBe('text/html');
    const el = document.createElement('div');
    el.innerHTML = ROWS[0];
    // a text node the walk would read the same way: only a changed textContent tells the paths apart
    Object.defineProperty(el, 'textContent', { get: () => 'FAST' });
    expect(elementText(el)).toBe('FAST');
  });

  it('null and empty elements give empty text', () => {
    expect(elementText(null)).toBe('');
    expect(elementText(document.createElement('span'))).toBe('');
  });
});

describe('elementText on elements without element children (issue 13: no selector query for them)', () => {
  it('equals the node walk for text-only elements, empty ones and childless IMG, SCRIPT and STYLE', () => {
    const cases: Element[] = [];
    for (const [tag, text] of [['span', ' 今年的茶  香吗 '], ['span', ''], ['p', 'a\n\tb'], ['script', 'var x = 1'], ['style', '.x{}']] as const) {
      const el = document.createElement(tag);
      el.textContent = text;
      cases.push(el);
    }
    const img = document.createElement('img');
    img.setAttribute('alt', '[捂脸]');
    cases.push(img);
    for (const el of cases) expect(elementText(el), el.outerHTML).toBe(walkedText(el));
    expect(elementText(img)).toBe('[捂脸]');
  });
});

describe('collapseSpace (issue 13: the regex pass only when it changes something)', () => {
  const slow = (t: string) => t.replace(/\s+/g, ' ').trim();
  it('equals replace(/\\s+/g, " ").trim() for every code unit alone, between letters and beside a space', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `a${ch}b`, `a ${ch}b`, `a${ch} b`, `${ch} x`, `x ${ch}`]) if (collapseSpace(t) !== slow(t)) expect(collapseSpace(t), `U+${c.toString(16)} in ${JSON.stringify(t)}`).toBe(slow(t));
    }
  });
  it('random lines of letters, CJK and every kind of white space match the definition', () => {
    const parts = ['a', 'B', '字', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\u001f', '😀'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let k = 0, n = rnd(10); k < n; k++) t += parts[rnd(parts.length)];
      expect(collapseSpace(t), JSON.stringify(t)).toBe(slow(t));
    }
  });
});
