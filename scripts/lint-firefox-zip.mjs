#!/usr/bin/env node
/**
 * The last step of `npm run zip`: `web-ext lint` on the Firefox package itself (the zip WXT wrote,
 * unpacked to a temp dir), not on the build folder, so what would be uploaded is what is checked.
 * Exits non-zero on any lint error (issue 18 item 7: 0 errors).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const out = '.output';
const zips = readdirSync(out).filter((f) => /-firefox\.zip$/.test(f) && !/-sources\.zip$/.test(f));
if (zips.length !== 1) {
  console.error(`expected one Firefox package in ${out}, found: ${zips.join(', ') || 'none'} (run npm run zip)`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'lg-ffzip-'));
try {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(out, zips[0]))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  console.log(`web-ext lint ${zips[0]}`);
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--no-config-discovery'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
