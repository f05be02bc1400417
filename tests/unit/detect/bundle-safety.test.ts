// @vitest-environment happy-dom
/**
 * Bundle regex safety (R-SYNC-22, issue 13). Every field a bundle (or a delta) can carry is found by
 * walking the zod schemas themselves and must be classified below; a new field fails this test
 * until someone says what it holds. Every regex field must use BundleRegexSchema (lib/bundle/
 * safe-regex) and have a consumer check here proving a catastrophic pattern never runs.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BundleSchema } from '@/lib/bundle/schema';
import { BundleDeltaSchema } from '@/lib/api/delta';
import { PublishRequestSchema } from '@/lib/api/admin';
import { SiteOverrideSchema } from '@/lib/sites/descriptor';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { unsafeRegexReason } from '@/lib/bundle/safe-regex';
import { execBundleRegex } from '@/lib/bundle/run-regex';
import { activeRulesOf } from '@/lib/sync/active-rules';
import type { ScannerDefaults } from '@/lib/sync/protocol';
import { createScanner } from '@/lib/detect';
import { adapterForUrl, ADAPTERS } from '@/lib/sites/registry';
import { readHostId } from '@/lib/sites/extract';

type Kind = 'regex' | 'literal' | 'css' | 'id' | 'date' | 'opaque-site-override' | 'opaque-model';
interface Leaf { path: string; kind: 'string' | 'unknown'; regex: boolean }

/** Every string / unknown leaf of a zod schema, with its path (`[]` array item, `{}` record value, `{key}` record key). */
function leaves(schema: z.ZodType, path = ''): Leaf[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const sub = (s: unknown, p: string) => leaves(s as z.ZodType, p);
  switch (def.type) {
    case 'string':
      return [{ path, kind: 'string', regex: z.globalRegistry.get(schema)?.regex === true }];
    case 'unknown':
    case 'any':
      return [{ path, kind: 'unknown', regex: false }];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => sub(v, path ? `${path}.${k}` : k));
    case 'array':
      return sub(def.element, `${path}[]`);
    case 'record':
      return [...sub(def.keyType, `${path}{key}`), ...sub(def.valueType, `${path}{}`)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return sub(def.innerType, path);
    case 'pipe':
      return [...sub(def.in, path), ...sub(def.out, path)];
    case 'union':
      return (def.options as unknown[]).flatMap((o) => sub(o, path));
    case 'number':
    case 'int':
    case 'boolean':
    case 'literal':
    case 'enum':
      return [];
    default:
      throw new Error(`bundle-safety walker does not know zod type '${def.type}' at ${path}: teach it`);
  }
}

/** What each field of a bundle holds. Site overrides are loose in the bundle and parsed with SiteOverrideSchema when applied. */
const CLASSIFIED: [RegExp, Kind][] = [
  [/^issuedAt$/, 'date'],
  [/^(fromHash|hash)$/, 'id'], // a delta's content hashes, compared, never compiled
  [/^vocabulary\[\]\.(id|messageKey)$/, 'id'],
  [/^vocabulary\[\]\.(terms|unless)\[\]$/, 'literal'], // matched by the automaton, never compiled
  [/^(blacklist|blacklistAdd|blacklistRemove)\[\]\.hash$/, 'id'],
  [/^(blacklist|blacklistAdd)\[\]\.(reason|source)$/, 'literal'],
  [/^(blacklist|blacklistAdd)\[\]\.since$/, 'date'],
  [/^sites\{key\}$/, 'id'],
  [/^sites\{\}\{key\}$/, 'id'],
  [/^sites\{\}\{\}$/, 'opaque-site-override'],
  [/^(override|sites\{\})\.hostIdPattern$/, 'regex'],
  [/^(override|sites\{\})\.chatIdAttr$/, 'literal'], // getAttribute name
  [/^(override|sites\{\})\.selectors\.\w+\[\]$/, 'css'], // querySelector, no regex engine
  [/^model\.weights$/, 'opaque-model'], // base64 int8 weights, decoded to numbers, never compiled
  [/^creditPrefixes\.prefixes$/, 'id'], // hex hash prefixes, binary-searched, never compiled (issue 14)
  [/^model\.trainedOn$/, 'literal'], // a note on the training data, shown, never compiled
];
const kindOf = (path: string) => CLASSIFIED.find(([re]) => re.test(path))?.[1];

function allLeaves(): Leaf[] {
  const bundle = [...leaves(BundleSchema), ...leaves(BundleDeltaSchema), ...leaves(PublishRequestSchema)];
  const override = leaves(SiteOverrideSchema, 'override');
  return [...bundle, ...override];
}

const HOSTILE = '(a+)+$';
const HOSTILE_INPUT = 'a'.repeat(28) + '!'; // 2.8 s in V8 before the fix, doubling per character

/** One check per regex field: the hostile pattern reaches its consumer and does not run there. */
const REGEX_CONSUMERS: Record<string, () => void> = {
  // a synced bundle's override: refused when the bundle is parsed, and left out of the background's
  // getActiveRules answer, the only way patterns reach the content script (which runs them unanalysed)
  'override.hostIdPattern': () => {
    const hostile = { douyin: { hostIdPattern: HOSTILE }, kuaishou: { selectors: { title: ['h1'] } } };
    expect(BundleSchema.safeParse({ ...DEFAULT_BUNDLE, sites: hostile }).error?.issues[0]?.message).toMatch(/unsafe regex/);
    // a held bundle that carries it anyway (stored before the analysis was added or made stricter)
    const warnings: string[] = [];
    const defaults = { model: DEFAULT_BUNDLE.model, tradTable: '', forms: [] } as ScannerDefaults; // the scanner data plays no part here
    const answer = activeRulesOf({ ...DEFAULT_BUNDLE, sites: hostile }, defaults, (m) => warnings.push(m));
    expect(answer.sites).toEqual({ kuaishou: { selectors: { title: ['h1'] } } });
    expect(warnings.join()).toMatch(/douyin.*unsafe regex/);
    // the content script applies the answer: douyin keeps its built-in pattern and reads the id with it
    const url = new URL('https://live.douyin.com/1');
    const a = adapterForUrl(url, answer.sites)!;
    expect(a.descriptor.hostIdPattern).toBe(ADAPTERS.find((x) => x.descriptor.id === 'douyin')!.descriptor.hostIdPattern);
    const doc = new DOMParser().parseFromString(`<a data-e2e="live-room-nickname" href="/user/${HOSTILE_INPUT}">h</a>`, 'text/html');
    expect(readHostId(a, doc, url)).toBe(HOSTILE_INPUT.replace('!', ''));
  },
  // the admin publish request (server side): refused with the reason, so it is never published
  'sites{}.hostIdPattern': () => {
    const r = PublishRequestSchema.safeParse({ sites: { douyin: { hostIdPattern: HOSTILE } } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/unsafe regex/);
    expect(PublishRequestSchema.safeParse({ sites: { douyin: { hostIdPattern: '/user/([\\w.-]+)' } } }).success).toBe(true);
  },
};

describe('bundle safety: every field that can hold a regex', () => {
  it('every field of a bundle, a delta and a publish request is classified', () => {
    const unclassified = allLeaves().filter((l) => !kindOf(l.path)).map((l) => l.path);
    expect(unclassified).toEqual([]);
    // loose values only where a schema parses them on use
    expect(allLeaves().filter((l) => l.kind === 'unknown' && kindOf(l.path) !== 'opaque-site-override')).toEqual([]);
  });

  it('regex fields use BundleRegexSchema, and every one has a consumer check', () => {
    const all = allLeaves();
    const regexPaths = [...new Set(all.filter((l) => kindOf(l.path) === 'regex').map((l) => l.path))];
    expect(regexPaths.length).toBeGreaterThan(0);
    for (const l of all) expect({ path: l.path, regex: l.regex }).toEqual({ path: l.path, regex: kindOf(l.path) === 'regex' });
    expect(Object.keys(REGEX_CONSUMERS).sort()).toEqual(regexPaths.sort());
  });

  for (const [path, check] of Object.entries(REGEX_CONSUMERS)) {
    it(`${path}: ${HOSTILE} is refused and never runs on a ${HOSTILE_INPUT.length}-char input`, check);
  }
});

describe('the regex analysis', () => {
  it('accepts every built-in site pattern', () => {
    for (const a of ADAPTERS) expect({ id: a.descriptor.id, why: unsafeRegexReason(a.descriptor.hostIdPattern) }).toEqual({ id: a.descriptor.id, why: null });
  });
  it.each([
    ['(a+)+$', /group/],
    ['(a|a)*b', /group/],
    ['(?:a*)*', /group/],
    ['a*a*$', /unbounded/],
    ['\\d+\\d+x', /unbounded/],
    ['[a-z]+[0-9]{1,50}', /unbounded/],
    ['a?a?a?a?a?aaaaa', /ways/],
    ['(a|a)(a|a)(a|a)(a|a)(a|a)c', /ways/],
    ['(\\w)\\1', /backreference/],
    ['(?=a)a', /lookaround/],
    ['(?<!a)b', /lookaround/],
    ['^*', /assertion|repeat/],
    ['\\b+', /./],
    ['[', /not a regular expression/],
    ['x'.repeat(201), /longer/],
  ])('refuses %s', (src, why) => {
    expect(unsafeRegexReason(src)).toMatch(why);
  });
  it('a checked pattern still extracts (capture groups, classes, escapes)', () => {
    expect(execBundleRegex('/(?:u|profile)/([A-Za-z0-9_-]+)', 'https://x/profile/ab_c-1?x')?.[1]).toBe('ab_c-1');
    expect(execBundleRegex('[?&](?:userId|anchorId)=(\\d+)', '/r?anchorId=42&b')?.[1]).toBe('42');
    expect(execBundleRegex('/(?<id>[a-z]{2,8})$', '/abc')?.groups?.id).toBe('abc');
  });
});

describe('bundle terms', () => {
  it('a bundle with an extra section is refused', () => {
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
