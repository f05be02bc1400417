/**
 * The `talk` flag on a vocabulary group (stop 33; lib/bundle/vocabulary.ts, scanner.ts): a good of a needs-offer
 * category (prohibited_goods, minor_unsuitable) named in a long chat comment that offers nothing is discussed, not
 * offered (context.ts isDiscussion), but explicit talk is harmful whether or not anything is sold, so a group flagged
 * `talk` is raised in such a comment too. The group, its term and the comment are written here for the test.
 */
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/lib/detect';
import { TermGroupSchema, type TermGroup } from '@/lib/bundle/vocabulary';
import { isDiscussion } from '@/lib/detect/context';
import { normalize } from '@/lib/detect/normalize';

const group = (talk: boolean): TermGroup => TermGroupSchema.parse({
  id: 'test.talk', category: 'minor_unsuitable', severity: 'warning', ruleId: 'R-RISK-1', messageKey: 'advice_minor_unsuitable', lang: 'zh',
  terms: ['露骨词甲'], ...(talk ? { talk: true } : {}),
});
const scanWith = (talk: boolean, text: string) =>
  createScanner({ vocabulary: [group(talk)] }, { scorer: false }).scan({ kind: 'chat', text }).map((f) => f.category);

// sixteen and more Han characters, no offer in them: a comment that discusses (context.ts)
const COMMENT = '昨天那个节目里面一直在说露骨词甲这种话真的太过分了大家觉得呢';

describe('vocabulary group flag talk', () => {
  it('the comment is a discussion by context.ts', () => {
    expect(isDiscussion(normalize(COMMENT).text)).toBe(true);
  });
  it('without the flag a needs-offer term in a discussion is dropped; with it the term is raised', () => {
    expect(scanWith(false, COMMENT)).not.toContain('minor_unsuitable');
    expect(scanWith(true, COMMENT)).toContain('minor_unsuitable');
  });
  it('a short line raises the term either way', () => {
    for (const talk of [false, true]) expect(scanWith(talk, '露骨词甲来了')).toContain('minor_unsuitable');
  });
  it('the schema refuses anything but true', () => {
    expect(TermGroupSchema.safeParse({ ...group(false), talk: false }).success).toBe(false);
  });
});
