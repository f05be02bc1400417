/**
 * One source of truth for the built-in vocabulary (issue 15): a term lives once in its category (after
 * normalisation, the form the automaton matches), and every category keeps one group per header, its
 * term lists named by source inside it (the commerce categories since stop 29; off_platform,
 * gambling_fraud and harassment since stop 30). A repeated term or a second group of the same header
 * fails here.
 */
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/lib/detect';
import { normalizeText } from '@/lib/detect/normalize';
import { DEFAULT_VOCABULARY } from '@/lib/bundle/default-vocabulary';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';

createScanner(DEFAULT_BUNDLE); // provides the traditional → simplified table normalizeText needs


describe('built-in vocabulary: each term once', () => {
  it('no normalised term appears twice in one category', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const g of DEFAULT_VOCABULARY) {
      for (const t of g.terms) {
        const key = `${g.category}|${normalizeText(t)}`;
        const first = seen.get(key);
        if (first !== undefined) repeats.push(`${key} in ${first} and ${g.id}`);
        seen.set(key, g.id);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('every category has one group per header (language, severity, rule, kinds)', () => {
    const heads = new Map<string, string[]>();
    // lures.ts adds data_falsification.traffic.zh beside data-falsification.ts's group (another helper's file)
    for (const g of DEFAULT_VOCABULARY.filter((x) => x.id !== 'data_falsification.traffic.zh')) {
      const head = [g.category, g.lang, g.severity, g.ruleId, g.messageKey, (g.kinds ?? []).join('+')].join('|');
      heads.set(head, [...(heads.get(head) ?? []), g.id]);
    }
    expect([...heads.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it('group ids are unique', () => {
    const ids = DEFAULT_VOCABULARY.map((g) => g.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
