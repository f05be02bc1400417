/**
 * Where a test's fixture file is, for both browser harnesses. `sites/…` are the seven sites' saved
 * rooms, which `npm start -- <site>` opens too, so they live with the product in demo/sites; a page
 * a test adds under tests/fixtures/sites is still found there.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
// demo/site-rooms' own SITE_PAGES_DIR is derived from import.meta.url, which is not a file URL under happy-dom
const SITE_PAGES_DIR = resolve('demo/sites');

export const FIXTURES_DIR = resolve('tests/fixtures');

export function fixturePath(relPath: string): string {
  const inTests = join(FIXTURES_DIR, relPath);
  if (relPath.startsWith('sites/') && !existsSync(inTests)) return join(SITE_PAGES_DIR, relPath.slice('sites/'.length));
  return inTests;
}
