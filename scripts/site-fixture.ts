/**
 * `npm run site:fixture -- skeleton.json [--out DIR]` (issue 17): turns a "this page broke"
 * skeleton (saved by a viewer from the popup) into a fixture room and a draft selector override
 * for a bundle. Writes DIR/<site>-<day>.html and DIR/<site>-<day>.override.json (default DIR
 * tests/fixtures/sites/from-skeleton). A file that is not a skeleton gets a clear error, exit 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SkeletonSchema } from '../lib/sites/skeleton/schema';
import { draftOverride, skeletonToHtml } from '../lib/sites/skeleton/to-fixture';

function fail(msg: string): never {
  console.error(`site:fixture: ${msg}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--out');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'tests/fixtures/sites/from-skeleton';
if (!file) fail('usage: npm run site:fixture -- skeleton.json [--out DIR]');
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
const parsed = SkeletonSchema.safeParse(json);
if (!parsed.success) fail(`${file} is not a LiveGuard skeleton: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
const sk = parsed.data;
mkdirSync(out, { recursive: true });
const base = join(out, `${sk.site}-${sk.capturedOn}`);
writeFileSync(`${base}.html`, skeletonToHtml(sk));
writeFileSync(`${base}.override.json`, `${JSON.stringify({ [sk.site]: draftOverride(sk) }, null, 2)}\n`);
console.log(`wrote ${base}.html (fixture room) and ${base}.override.json (draft bundle.sites override, review before publishing)`);
