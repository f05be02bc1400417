#!/usr/bin/env node
/**
 * `npm test`: every suite in order — typecheck, lint, unit, builds, Chromium e2e, Firefox e2e,
 * web-ext lint (and the server suite on PostgreSQL when TEST_DATABASE_URL is set) — then one
 * closing line `N passed, N failed` with the totals (CI reads it). Exits non-zero on any failure.
 * Suites keep running after a failure so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = [];
const tmp = mkdtempSync(join(tmpdir(), 'lg-test-'));

function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
/** A step that counts as one check. */
function check(name, cmd, args, env) {
  const ok = run(cmd, args, env);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}
/** A suite whose per-test counts come from a report file; a crash with no report counts as 1 failure. */
function suite(name, cmd, args, env, count) {
  const ok = run(cmd, args, env);
  let counts = null;
  try { counts = count(); } catch (e) { console.error(`${name}: could not read results: ${e.message}`); }
  if (!counts) counts = { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1; // runner failed outside any test
  if (ok && counts.passed === 0) { console.error(`${name}: ran no test`); counts.failed += 1; }
  results.push({ name, ...counts });
}
function playwrightCounts(file) {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const s = j.stats;
  return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected, skipped: s.skipped };
}
function vitestCounts(file) {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: j.numPassedTests, failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0), skipped: j.numPendingTests + j.numTodoTests };
}
function tapCounts(file) {
  const tap = readFileSync(file, 'utf8');
  const n = (k) => Number((tap.match(new RegExp(`^# ${k} (\\d+)`, 'm')) ?? [0, 0])[1]);
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}
/** Node 20's --test does not expand globs or .ts folders, so list the files. */
function testFiles(dir) {
  return readdirSync(dir).filter((f) => /\.test\.(ts|mjs)$/.test(f)).sort().map((f) => join(dir, f));
}
function browserMissing(path, how) {
  if (existsSync(path)) return false;
  console.error(`\n${path} is missing. Install it with: ${how}  (CI's .ci/run does this)`);
  return true;
}

const npx = 'npx';
run(npx, ['wxt', 'prepare']); // generates the types tsc needs; tsc reports any problem
check('typecheck', npx, ['tsc', '--noEmit']);
check('lint', npx, ['eslint', '.']);
suite('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${tmp}/vitest.json`], {}, () => vitestCounts(`${tmp}/vitest.json`));
check('build chrome-mv3', npx, ['wxt', 'build']);
check('build firefox-mv2', npx, ['wxt', 'build', '-b', 'firefox']);
check('build firefox-mv3', npx, ['wxt', 'build', '-b', 'firefox', '--mv3']);
check('build test (chrome-mv3 + firefox-mv2)', 'sh', ['-c', 'npx wxt build && npx wxt build -b firefox'], { LIVEGUARD_TEST_BUILD: '1' });
if (browserMissing(process.env.CHROME_PATH ?? '/usr/bin/chromium', 'sudo apt-get install -y chromium')) {
  results.push({ name: 'e2e chromium', passed: 0, failed: 1 });
} else {
  suite('e2e chromium', npx, ['playwright', 'test'], { LG_PW_JSON: `${tmp}/pw.json` }, () => playwrightCounts(`${tmp}/pw.json`));
}
if (browserMissing(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'sudo apt-get install -y firefox-esr')) {
  results.push({ name: 'e2e firefox', passed: 0, failed: 1 });
} else {
  suite('e2e firefox', npx, ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tmp}/ff.tap`, ...testFiles('tests/firefox')], {}, () => tapCounts(`${tmp}/ff.tap`));
}
check('web-ext lint firefox-mv2', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--no-config-discovery']);
if (process.env.TEST_DATABASE_URL && existsSync('server/tests')) {
  suite('server on PostgreSQL', npx, ['vitest', 'run', 'server/tests', '--reporter=default', '--reporter=json', `--outputFile=${tmp}/pg.json`], { DATABASE_URL: process.env.TEST_DATABASE_URL }, () => vitestCounts(`${tmp}/pg.json`));
}

rmSync(tmp, { recursive: true, force: true });
const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + (r.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '}  ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
