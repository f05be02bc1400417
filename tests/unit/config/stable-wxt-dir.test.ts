/**
 * Every build writes the same `.wxt/tsconfig.json` (scripts/lib/stable-wxt-dir.ts): `npm test` runs
 * builds to four output folders beside tsc, eslint and vitest, which read that file as they start,
 * and a rewrite under them would hand them a half-written file (issue 13, CI time).
 */
import { describe, expect, it } from 'vitest';
import type { WxtDirEntry, WxtHooks } from 'wxt';
import config from '../../../wxt.config';
import { OUTPUT_DIRS_EXCLUDE, stableTsconfigText } from '../../../scripts/lib/stable-wxt-dir';

/** what WXT 0.21 generates for a build whose output folder is `outDir` (its getTsConfigEntry) */
const wxtTsconfig = (outDir: string) => `{
  "compilerOptions": {
    "target": "ESNext",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "noEmit": true,
    "strict": true,
    "paths": {
      "@": [".."],
      "@/*": ["../*"]
    }
  },
  "include": [
    "../**/*",
    "./wxt.d.ts"
  ],
  "exclude": ["../${outDir}"]
}`;

/** wxt.config's hooks, as WXT calls them (its config type nests them) */
const hooks = config.hooks as Partial<WxtHooks> | undefined;

/** the text wxt.config's prepare:types hook leaves in the tsconfig entry of a build to `outDir` */
async function generated(outDir: string): Promise<string> {
  const entries: WxtDirEntry[] = [{ module: 'wxt/vite-builder-env' }, { path: 'tsconfig.json', text: wxtTsconfig(outDir) }];
  const hook = hooks?.['prepare:types'];
  expect(hook, 'wxt.config.ts has a prepare:types hook').toBeTypeOf('function');
  await hook!({} as never, entries);
  return (entries[1] as { text: string }).text;
}

describe('.wxt/tsconfig.json is one text for every output folder', () => {
  it('the builds of npm test and npm start (four folders) all leave the same file', async () => {
    const texts = await Promise.all(['.output', '.output-test', '.output-demo-key', '.output-demo'].map(generated));
    expect(new Set(texts).size).toBe(1);
  });

  it('keeps what WXT generates but the exclude, which keeps every output folder out', () => {
    const out = JSON.parse(stableTsconfigText(wxtTsconfig('.output-test')));
    expect(out.compilerOptions).toEqual(JSON.parse(wxtTsconfig('.output-test')).compilerOptions);
    expect(out.include).toEqual(['../**/*', './wxt.d.ts']);
    expect(out.exclude).toEqual(OUTPUT_DIRS_EXCLUDE);
    expect(OUTPUT_DIRS_EXCLUDE).toEqual(['../.output', '../.output-*']);
  });

  it('fails loudly when WXT changes what it generates, instead of silently writing per build again', async () => {
    expect(() => stableTsconfigText('{"compilerOptions":{}}')).toThrow(/no exclude list/);
    const hook = hooks!['prepare:types']!;
    await expect(async () => hook({} as never, [{ module: 'wxt/vite-builder-env' }])).rejects.toThrow(/no longer generates/);
  });
});
