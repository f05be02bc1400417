/**
 * WXT regenerates `.wxt/tsconfig.json` on every build, excluding that build's own output folder
 * (`"exclude": ["../.output-test"]`), so each build to another folder (.output, .output-test,
 * .output-demo-key, npm start's .output-demo) rewrites it: truncate, then write. `npm test` runs
 * builds beside tsc, eslint and vitest workers, which read the file (through tsconfig.json's
 * `extends`) as they start (issue 13, CI time): a read that lands inside a rewrite sees an empty file.
 * With one text for every build, WXT's write-if-different leaves the file alone after `wxt prepare`.
 * The exclude reaches nothing here anyway: the repository's tsconfig.json sets its own include and
 * exclude; this one still keeps every output folder out.
 */
import type { WxtDirEntry } from 'wxt';

/** every build's output folder, relative to `.wxt/` */
export const OUTPUT_DIRS_EXCLUDE = ['../.output', '../.output-*'];

/** WXT's generated tsconfig text, made the same whichever folder the build writes to */
export function stableTsconfigText(text: string): string {
  const config = JSON.parse(text) as { exclude?: unknown };
  if (!Array.isArray(config.exclude)) throw new Error('stable-wxt-dir: .wxt/tsconfig.json has no exclude list any more; check what WXT generates');
  config.exclude = OUTPUT_DIRS_EXCLUDE;
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The `prepare:types` hook: rewrites the tsconfig entry in place; fails loudly if WXT stops generating it. */
export function stabiliseWxtDir(entries: WxtDirEntry[]): void {
  const tsconfig = entries.find((e): e is Extract<WxtDirEntry, { path: string }> => 'path' in e && e.path === 'tsconfig.json');
  if (!tsconfig) throw new Error('stable-wxt-dir: WXT no longer generates .wxt/tsconfig.json; check the prepare:types entries');
  tsconfig.text = stableTsconfigText(tsconfig.text);
}
