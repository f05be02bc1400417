// The content script loads on every page of the supported hosts, so what it bundles matters
// (issue 13). The scorer's weights, the vocabulary, OpenCC's table and the zod protocol map are
// handed over by the background (getActiveRules) or left to it (lib/messaging-content.ts), and zod
// itself (88.5 KB, a third of the script before) stays out: the content script imports plain
// constants, `import type`s of z.infer types and hand-checked parsers (lib/sites/override.ts,
// lib/sites/adapters/kuaishou-state.ts); the schemas live in *-schema.ts / schema.ts modules built
// from those constants. This walks the script's run-time imports (not `import type`) and fails if
// one of them comes back, naming the chain of imports that brought it. webextension-polyfill is kept
// out by wxt.config.ts (an alias, not an import: the e2e demo-room spec checks the built file and
// its size, <= 150 KB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/architecture.mjs';
import { runtimeGraph } from './runtime-imports';
import { SITE_IDS } from '@/lib/sites/descriptors';

const ENTRY = 'entrypoints/live.content/index.tsx';
/** files the background holds or hands over, or only pages read; the content script must not import them */
const BACKGROUND_ONLY = [
  'lib/detect/default-model.ts',
  'lib/detect/built-in-data.ts',
  'lib/detect/index.ts',
  'lib/bundle/default-bundle.ts',
  'lib/bundle/default-vocabulary.ts',
  'lib/messaging.ts',
  // where to file a complaint on each platform: the complaints page's, no longer in the descriptors
  'lib/complaints/platform-entries.ts',
  // the bundle-regex analysis: the background runs it before patterns reach the script (lib/sync/active-rules.ts)
  'lib/bundle/safe-regex.ts',
  // every site's selectors: the background hands the room's site's reading over with the rules (lib/sites/site-at.ts)
  'lib/sites/descriptors/all.ts',
  'lib/sites/registry.ts',
  ...SITE_IDS.map((s) => `lib/sites/descriptors/${s}.ts`),
  // the rule forms' patterns and cue lists: data handed over with the rules (lib/detect/form-spec.ts, forms.ts)
  'lib/detect/efficacy-forms.ts',
  'lib/detect/price-forms.ts',
  'lib/detect/goods-forms.ts',
  'lib/detect/vulgar-forms.ts',
  'lib/bundle/form-schema.ts',
];
const BACKGROUND_ONLY_PACKAGES = [/^opencc-js/, /^zod(\/|$)/];

describe('the content script', () => {
  const { reached, packages, chain } = runtimeGraph(ENTRY);

  it('reaches the scanner and the content side of messaging (the walk works)', () => {
    expect(reached.has('lib/detect/scanner.ts')).toBe(true);
    expect(reached.has('lib/messaging-content.ts')).toBe(true);
    expect(reached.has('lib/sites/descriptors/address/douyin.ts')).toBe(true);
    expect(reached.has('lib/detect/form-spec.ts')).toBe(true);
  });

  it('imports none of the data the background hands over, nor the zod protocol map, nor zod', () => {
    const found = BACKGROUND_ONLY.filter((f) => reached.has(f)).map(chain);
    expect(found).toEqual([]);
    const pkgs = [...packages].filter(([spec]) => BACKGROUND_ONLY_PACKAGES.some((re) => re.test(spec))).map(([spec, from]) => `${chain(from)} → ${spec}`);
    expect(pkgs).toEqual([]);
  });

  it("uses our own shadow host, not WXT's content-script UI helpers (~9 KB with wait-element, many-keys-map, isolated-element)", () => {
    expect(reached.has('entrypoints/live.content/ui-host/shadow-host.ts')).toBe(true);
    // a call, not an import: WXT auto-imports these, so a bare call would bring them back
    const users = [...reached.keys()].filter((f) => /\.(ts|tsx)$/.test(f) && /\bcreate(ShadowRoot|Integrated|Iframe)Ui\s*\(|['"]wxt\/utils\/content-script-ui/.test(readFileSync(join(ROOT, f), 'utf8'))).map(chain);
    expect(users).toEqual([]);
  });
});
