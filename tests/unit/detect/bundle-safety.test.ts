/**
 * Bundle regex safety (issue 3): the bundle schema carries no regex section, so a published bundle
 * cannot inject a pattern that backtracks catastrophically; terms are literal strings matched by the
 * automaton. This test fails if someone adds a loose `patterns` section without bounding it.
 */
import { describe, expect, it } from 'vitest';
import { BundleSchema } from '@/lib/bundle/schema';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { createScanner } from '@/lib/detect';

describe('bundle safety', () => {
  it('rejects a bundle carrying regex patterns', () => {
    expect(BundleSchema.safeParse(DEFAULT_BUNDLE).success).toBe(true);
    expect(BundleSchema.safeParse({ ...DEFAULT_BUNDLE, patterns: [{ re: '(a+)+$' }] }).success).toBe(false);
  });
  it('regex metacharacters in terms are literal text', () => {
    const s = createScanner({ vocabulary: [{ id: 't.x', category: 'harassment', severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'advice_harassment', lang: 'any', terms: ['(a+)+$'] }] });
    expect(s.scan({ kind: 'chat', text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' })).toEqual([]);
    expect(s.scan({ kind: 'chat', text: 'x (a+)+$ y' }).map((f) => f.category)).toEqual(['harassment']);
  });
  it('hostile long input (huge digit runs, dotted hosts, long ids) does not throw', () => {
    const s = createScanner(DEFAULT_BUNDLE);
    const hostile = ['电话' + 'x'.repeat(5000), '1'.repeat(9000), 'http://' + 'a.'.repeat(3000), '微信' + 'a'.repeat(8000)];
    for (const text of hostile) expect(Array.isArray(s.scan({ kind: 'chat', text }))).toBe(true);
  });
});
