import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/**
 * Issue 13 (CI time): vitest's own per-file work (a fresh module graph, transform and import of zod,
 * the detectors, the corpus… for every file) was ~360 s of the unit lane's ~900 s in CI. Pure-logic
 * unit files share one module graph (`isolate: false`): tests/unit/detect alone went from 51 to 28 s
 * of CPU with the same 279 tests passing. A file is pure unless its text shows it touches shared state
 * (the fake browser, IndexedDB/Dexie, mocks, spies, fake timers, globals, env, its own DOM
 * environment): those, every DOM test and every server test keep a fresh module graph per file. The
 * check reads each file, so a new file that starts using such state moves to the isolated group by
 * itself.
 */
const SHARED_STATE = /vi\.(mock|doMock|stub|spyOn|useFakeTimers|setSystemTime|resetModules)|fakeBrowser|fake-indexeddb|indexedDB|Dexie|db-helpers|@vitest-environment|\bbrowser\.|globalThis\.|process\.env|process\.chdir/;

const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** test files under `dir`, as paths from the repository root (what `include` matches) */
function unitFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'));
}
const pureUnitFiles = unitFiles('tests/unit').filter((f) => !SHARED_STATE.test(readFileSync(join(ROOT, f), 'utf8')));

/**
 * Server suites share one module graph too (issue 13: importing the server, Hono, zod, pg and
 * PGlite's JS again for each of ~20 files was ~1.5 s of CPU per file), and with it the loaded PGlite
 * template. Each suite starts its own server and database and closes them in afterAll; the server
 * keeps no state outside its instance. Reading process.env is fine here; a file that writes a global
 * or an env var, mocks, fakes the browser or uses IndexedDB keeps a fresh module graph.
 */
const SERVER_SHARED_STATE = /vi\.(mock|doMock|stub|spyOn|useFakeTimers|setSystemTime|resetModules)|fakeBrowser|fake-indexeddb|indexedDB|Dexie|db-helpers|@vitest-environment|globalThis\.\w+\s*=[^=]|process\.env\.\w+\s*=[^=]|process\.chdir/;
const sharedServerFiles = unitFiles('server/tests').filter((f) => !SERVER_SHARED_STATE.test(readFileSync(join(ROOT, f), 'utf8')));

// WxtVitest does not apply wxt.config's vite plugins (testing.md), so preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // PIN/recovery-code hashes at 1/1000 of production's PBKDF2 iterations (lib/protection/pin.ts says
  // why; pin.test.ts asserts the production counts and derives one real 600,000-iteration hash)
  define: { __LG_TEST_PBKDF2_DIVISOR__: '1000' },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // Server suites start PGlite (WASM) in beforeAll, from a saved initdb data directory
    // (server/tests/pglite-template.ts): ~4 s of CPU each, far more wall time on a loaded 2-core machine.
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit-pure', include: pureUnitFiles, isolate: false } },
      { extends: true, test: { name: 'server-shared', include: sharedServerFiles, isolate: false } },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}', 'server/tests/**/*.test.ts'],
          exclude: [...pureUnitFiles, ...sharedServerFiles],
        },
      },
    ],
  },
});
