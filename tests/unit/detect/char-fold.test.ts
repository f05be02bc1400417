/** cjkFoldTable: the build's shortcut for "does foldChar change this ideograph" (issue 3). */
import { describe, expect, it } from 'vitest';
import { CJK_FIRST, CJK_LAST, cjkFoldTable, foldChar, foldCharUncached, provideTradTable } from '@/lib/detect/char-fold';
import { BUILT_IN_SCANNER_DATA } from '@/lib/detect/built-in-data';

// the table is data handed to char-fold (lib/detect/index.ts does it for every caller but the
// content script, which gets it from the background with the rules, issue 13)
provideTradTable(BUILT_IN_SCANNER_DATA.tradTable);

describe('provideTradTable', () => {
  it('takes the same table again but refuses another once set (folds already made used the first)', () => {
    expect(() => provideTradTable(BUILT_IN_SCANNER_DATA.tradTable)).not.toThrow();
    expect(() => provideTradTable('號 号')).toThrow(/already set/);
  });
});

describe('foldChar on ideographs', () => {
  it('takes the trad → simp table alone and still equals the full definition (NFKC, case, separators) over the whole block', () => {
    for (let cp = CJK_FIRST; cp <= CJK_LAST; cp++) {
      const full = foldCharUncached(cp);
      if (foldChar(cp) !== full) expect.fail(`U+${cp.toString(16)}: foldChar ${foldChar(cp)}, definition ${full}`);
    }
    expect(foldChar('號'.charCodeAt(0))).toBe('号');
  });
});

describe('cjkFoldTable', () => {
  it('marks exactly the ideographs foldChar changes, over the whole block', () => {
    const table = cjkFoldTable();
    let marked = 0;
    for (let cp = CJK_FIRST; cp <= CJK_LAST; cp++) {
      const changes = foldCharUncached(cp) !== String.fromCharCode(cp);
      if (table[cp - CJK_FIRST] !== (changes ? 1 : 0)) expect.fail(`U+${cp.toString(16)}: table ${table[cp - CJK_FIRST]}, foldChar → ${foldCharUncached(cp)}`);
      if (changes) marked++;
    }
    // traditional forms exist in the thousands; an empty table would pass the loop only if foldChar changed nothing
    expect(marked).toBeGreaterThan(1000);
    expect(table['號'.charCodeAt(0) - CJK_FIRST]).toBe(1);
    expect(table['号'.charCodeAt(0) - CJK_FIRST]).toBe(0);
  });
});

describe('tradToSimp', () => {
  it('reads OpenCC\'s table exactly as splitting it on | and spaces does', async () => {
    const { default: TS } = await import('opencc-js/dict/TSCharacters');
    const { tradToSimp } = await import('@/lib/detect/char-fold');
    const reference = new Map<string, string>();
    for (const pair of TS.split('|')) {
      const [trad, simp] = pair.split(' ');
      if (trad && simp && !reference.has(trad)) reference.set(trad, simp.split(/\s/)[0]);
    }
    expect(reference.size).toBeGreaterThan(3000);
    expect([...tradToSimp()]).toEqual([...reference]);
  });
});
