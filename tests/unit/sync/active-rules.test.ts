/**
 * getActiveRules hands the content script everything its scanner needs (issue 13): the vocabulary
 * and sites of the synced bundle (or the built-in default before the first sync and offline,
 * R-SYNC-22), the bundle's model or else the built-in one, and the traditional → simplified table,
 * so the content script bundles none of them. WXT's fakeBrowser stands in for runtime and storage;
 * the reply goes through the real handler and its zod check.
 */
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSync } from '@/lib/sync/background';
import { syncedBundle } from '@/lib/storage';
import { ActiveRulesSchema } from '@/lib/sync/protocol';
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { BUILT_IN_SCANNER_DATA } from '@/lib/detect/built-in-data';
import { callBackgroundRaw, contentScript } from '../../background-call';
import { siteReadingOf } from '@/lib/sites/descriptors/all';

const ask = (data: object = {}): Promise<unknown> => callBackgroundRaw('getActiveRules', data, contentScript('https://live.douyin.com/1'));

beforeEach(() => {
  fakeBrowser.reset();
  registerSync(BUILT_IN_SCANNER_DATA);
});

it('before any sync: the built-in vocabulary, the built-in model and the table', async () => {
  const rules = ActiveRulesSchema.parse(await ask());
  expect(rules.version).toBe(0);
  expect(rules.vocabulary).toEqual(DEFAULT_BUNDLE.vocabulary);
  expect(rules.model).toEqual(BUILT_IN_SCANNER_DATA.model);
  expect(rules.tradTable).toBe(BUILT_IN_SCANNER_DATA.tradTable);
  expect(rules.tradTable.length).toBeGreaterThan(10_000);
});

it('a synced bundle: its vocabulary and its own model when it carries one', async () => {
  const own = { ...BUILT_IN_SCANNER_DATA.model, threshold: BUILT_IN_SCANNER_DATA.model.threshold.map(() => 0.99), trainedOn: 'a newer model' };
  const vocabulary = DEFAULT_BUNDLE.vocabulary.slice(0, 2);
  await syncedBundle.setValue({ ...DEFAULT_BUNDLE, version: 5, vocabulary, model: own });
  const rules = ActiveRulesSchema.parse(await ask());
  expect(rules.version).toBe(5);
  expect(rules.vocabulary).toEqual(vocabulary);
  expect(rules.model.trainedOn).toBe('a newer model');
  await syncedBundle.setValue({ ...DEFAULT_BUNDLE, version: 6, vocabulary });
  expect(ActiveRulesSchema.parse(await ask()).model).toEqual(BUILT_IN_SCANNER_DATA.model);
});

// R-SYNC-22, issue 13: the content script runs a site override's hostIdPattern without analysing it
// (lib/bundle/run-regex.ts), so the answer is the gate. A held bundle whose override fails today's
// analysis (stored before it was added or made stricter) loses that override, and only that one.
it('a held bundle with a catastrophic hostIdPattern: that override is left out of the answer, the others kept', async () => {
  const sites = { douyin: { hostIdPattern: '(a+)+$' }, kuaishou: { hostIdPattern: '/u/([\\w-]+)', selectors: { title: ['h1'] } } };
  await syncedBundle.setValue({ ...DEFAULT_BUNDLE, version: 7, sites });
  const rules = await ask();
  expect((rules as { sites: unknown }).sites).toEqual({ kuaishou: sites.kuaishou });
  expect(ActiveRulesSchema.parse(rules).version).toBe(7);
});

it("with the room's site: how to read that site's pages (its descriptor's reading), the content script bundles no selectors (issue 13)", async () => {
  const rules = ActiveRulesSchema.parse(await ask({ site: 'twitch' }));
  expect(rules.reading).toEqual(siteReadingOf('twitch'));
  expect(rules.reading!.selectors.chatRow.length).toBeGreaterThan(0);
  expect(ActiveRulesSchema.parse(await ask()).reading).toBeUndefined();
  await expect(ask({ site: 'myspace' })).rejects.toThrow();
});
