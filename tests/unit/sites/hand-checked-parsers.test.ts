// Issue 13: the content script checks a bundle's site override and Kuaishou's page state by hand
// (no zod in its bundle). These hold the hand checks to the zod schemas' verdicts on the same
// inputs, so the two cannot drift apart: the zod schema stays the reference for each shape. The
// one part left out of the hand check is the regex analysis of hostIdPattern (R-SYNC-22): the
// background runs it before an override reaches the content script (lib/sync/active-rules.ts).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SiteOverrideSchema, SiteSelectorsSchema } from '@/lib/sites/descriptor';
import { applyOverride, checkOverride, SELECTOR_KEYS } from '@/lib/sites/override';
import { kuaishouRoomState } from '@/lib/sites/adapters/kuaishou-state';
import { douyinSite } from '@/lib/sites/descriptors/douyin';
import type { SiteDescriptor } from '@/lib/sites/descriptor';

const OVERRIDES: [string, unknown][] = [
  ['empty', {}],
  ['one list', { selectors: { title: ['h1', '.title'] } }],
  ['every field', { hostIdPattern: '/user/([^/?#]+)', chatIdAttr: 'data-id', selectors: { chatRow: ['.row'], virtualHost: [] } }],
  ['a list left undefined', { selectors: { title: undefined } }],
  ['not an object', 'selectors'],
  ['null', null],
  ['an array', []],
  ['unknown top key', { selector: { title: ['h1'] } }],
  ['unknown selector key', { selectors: { nope: ['a'] } }],
  ['selectors not an object', { selectors: ['a'] }],
  ['a list that is a string', { selectors: { title: 'h1' } }],
  ['an empty selector', { selectors: { title: [''] } }],
  ['a selector of 301 characters', { selectors: { title: ['a'.repeat(301)] } }],
  ['a selector of 300 characters', { selectors: { title: ['a'.repeat(300)] } }],
  ['21 selectors', { selectors: { title: Array(21).fill('h1') } }],
  ['20 selectors', { selectors: { title: Array(20).fill('h1') } }],
  ['a number in a list', { selectors: { title: [1] } }],
  ['a pattern of 201 characters', { hostIdPattern: 'a'.repeat(201) }],
  ['a number as pattern', { hostIdPattern: 5 }],
  ['chatIdAttr of 51 characters', { chatIdAttr: 'a'.repeat(51) }],
  ['chatIdAttr not a string', { chatIdAttr: true }],
];
/** refused by the schema's analysis, which the background runs; the hand check leaves them to it */
const ANALYSED: [string, string][] = [
  ['a catastrophic pattern', '(a+)+$'],
  ['a pattern that does not compile', '(['],
];

describe('the hand-checked site override (lib/sites/override.ts)', () => {
  it('knows every selector list of the schema, and no other', () => {
    expect([...SELECTOR_KEYS].sort()).toEqual(Object.keys(SiteSelectorsSchema.shape).sort());
  });
  it.each(OVERRIDES)('%s: same verdict as SiteOverrideSchema', (_name, raw) => {
    const zod = SiteOverrideSchema.safeParse(raw);
    const hand = checkOverride(raw);
    expect('override' in hand, JSON.stringify(hand)).toBe(zod.success);
    if (zod.success && 'override' in hand) expect(hand.override).toEqual(zod.data);
  });
  it.each(ANALYSED)('%s: refused by SiteOverrideSchema (the background), shape-checked only here', (_name, hostIdPattern) => {
    expect(SiteOverrideSchema.safeParse({ hostIdPattern }).error?.issues[0]?.message).toMatch(/unsafe regex/);
    expect('override' in checkOverride({ hostIdPattern })).toBe(true);
  });
  it('a refused override keeps the built-in descriptor and says why', () => {
    const base = douyinSite as SiteDescriptor;
    const r = applyOverride(base, { hostIdPattern: 'a'.repeat(201) });
    expect(r.descriptor).toBe(base);
    expect(r.error).toMatch(/hostIdPattern: not a pattern/);
  });
});

// Kuaishou's server-rendered state, as zod described it before the content script dropped zod
const KuaishouStateSchema = z.object({
  liveroom: z.object({
    playList: z
      .array(
        z.object({
          liveStream: z.object({ caption: z.string().max(500) }).partial().nullish(),
          author: z.object({ name: z.string().max(200) }).partial().nullish(),
          watchingCount: z.union([z.string().max(50), z.number()]).nullish(),
        }),
      )
      .min(1),
  }),
});
const room = { liveStream: { caption: '工厂直发' }, author: { name: '小王' }, watchingCount: '1.2万' };
const STATES: [string, unknown][] = [
  ['a full room', { liveroom: { playList: [room] }, other: 1 }],
  ['extra keys everywhere', { liveroom: { x: 1, playList: [{ ...room, extra: true, liveStream: { caption: 'a', y: 2 } }] } }],
  ['a number of viewers', { liveroom: { playList: [{ watchingCount: 12 }] } }],
  ['nulls where optional', { liveroom: { playList: [{ liveStream: null, author: null, watchingCount: null }] } }],
  ['an empty entry', { liveroom: { playList: [{}] } }],
  ['no playList', { liveroom: {} }],
  ['an empty playList', { liveroom: { playList: [] } }],
  ['a caption of 501 characters', { liveroom: { playList: [{ liveStream: { caption: 'a'.repeat(501) } }] } }],
  ['a name that is a number', { liveroom: { playList: [{ author: { name: 5 } }] } }],
  ['a later entry broken', { liveroom: { playList: [room, { author: 'x' }] } }],
  ['viewers as a 51-character string', { liveroom: { playList: [{ watchingCount: '1'.repeat(51) }] } }],
  ['viewers as a boolean', { liveroom: { playList: [{ watchingCount: true }] } }],
  ['an entry that is an array', { liveroom: { playList: [[]] } }],
  ['liveroom an array', { liveroom: [] }],
  ['null', null],
  ['a string', 'state'],
];

describe('the hand-checked Kuaishou page state (lib/sites/adapters/kuaishou-state.ts)', () => {
  it.each(STATES)('%s: same verdict as the zod schema', (_name, state) => {
    const zod = KuaishouStateSchema.safeParse(state);
    const hand = kuaishouRoomState(state);
    expect(hand !== null).toBe(zod.success);
    // zod drops unknown keys, the hand check leaves them: what the adapter reads is the same
    const read = (r: typeof hand) => r && { caption: r.liveStream?.caption, name: r.author?.name, viewers: r.watchingCount };
    if (zod.success) expect(read(hand)).toEqual(read(zod.data.liveroom.playList[0]));
  });
});
