/**
 * A TEST build that trusts the demo signing key (as `npm start` builds it), for the specs that sync
 * from a real companion API or its static export (credit badges and the static origin, in Chromium
 * and Firefox): the extension must accept that server's signed bundle and its credit prefix set.
 * `npm test` builds it once for every such spec (LG_DEMO_KEY_OUT_DIR, scripts/test-all.mjs); a spec
 * run on its own builds one into a temporary folder and removes it when done.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PUBLIC_KEY } from '../server/src/seed/demo-key';

export type DemoKeyTarget = 'chrome-mv3' | 'firefox-mv2';

/** The environment of that build (scripts/test-all.mjs uses the same). */
export const DEMO_KEY_BUILD_ENV = { LIVEGUARD_TEST_BUILD: '1', WXT_LIVEGUARD_BUNDLE_PUBKEY: DEMO_PUBLIC_KEY } as const;

/** The extension folder for `target`, and how to remove it once the spec is done (a no-op for the shared build). */
export function demoKeyBuild(target: DemoKeyTarget): { dir: string; remove: () => void } {
  const shared = process.env.LG_DEMO_KEY_OUT_DIR;
  if (shared && existsSync(join(shared, target, 'manifest.json'))) return { dir: resolve(shared, target), remove: () => undefined };
  const outDir = mkdtempSync(join(tmpdir(), 'lg-demo-key-ext-'));
  const args = ['wxt', 'build', ...(target === 'firefox-mv2' ? ['-b', 'firefox'] : [])];
  const b = spawnSync('npx', args, { env: { ...process.env, LG_OUT_DIR: outDir, ...DEMO_KEY_BUILD_ENV }, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`demo-key ${target} build failed:\n${b.stderr}${b.stdout}`);
  return { dir: join(outDir, target), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
