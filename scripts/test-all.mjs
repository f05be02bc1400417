#!/usr/bin/env node
/**
 * `npm test`: every suite — typecheck, lint, unit, builds, Chromium e2e, Firefox e2e, web-ext lint
 * (and the server suite on PostgreSQL when TEST_DATABASE_URL is set) — then one closing line
 * `N passed, N failed` with the totals (CI reads it). Exits non-zero on any failure.
 * Suites keep running after a failure so one run shows everything that is wrong.
 * To stay under CI's 15-minute aim on 2 cores, steps that mostly wait run beside steps that compute:
 * the unit suite (one worker) needs no build, so it starts at once, one priority step lower, and runs
 * beside everything else;
 * the Chromium e2e (two workers), the longest lane, starts as soon as the three Chrome builds it reads
 * are done; beside it, the Firefox builds, then the Firefox e2e → web-ext lint → the server suite on
 * PostgreSQL; and typecheck, lint and the firefox-mv3 build at a lower priority. Each build every spec
 * needs is made once (the demo-key test build too, which the credit and static-origin specs of both
 * browsers share). Browser tests spend most of their time waiting on chat intervals and polling, and
 * the builds are mostly one process on one core, so the other lanes fill the idle core. Each line of
 * a lane is prefixed `[name]` so the interleaved log stays readable, and each suite's wall time is printed.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = [];
const tmp = mkdtempSync(join(tmpdir(), 'lg-test-'));

/**
 * Runs a step to its end, its output straight to ours. Asynchronous (not spawnSync) because the unit
 * lane runs meanwhile: a blocked event loop would stop reading its output, and vitest would stall on
 * a full pipe.
 */
function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (e) => { console.error(e.message); resolve(false); });
    child.on('close', (code) => {
      console.log(`(done in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
      resolve(code === 0);
    });
  });
}
/** Like run(), but asynchronous, each output line prefixed with `[tag] `; resolves to success. */
function runPrefixed(tag, cmd, args, env = {}) {
  console.log(`\n[${tag}] $ ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${tag}] ${line}`));
    }
    child.on('error', (e) => { console.error(`[${tag}] ${e.message}`); resolve(false); });
    child.on('close', (code) => {
      console.log(`[${tag}] done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      resolve(code === 0);
    });
  });
}
/** One check made of one or more steps (a build folder's Chrome and Firefox halves run at different times). */
function checkOf(name, oks) {
  const ok = oks.every(Boolean);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}
/** Records a suite's counts (read from its report file) after its runner finished with `ok`; a crash with no report counts as 1 failure. */
function record(name, ok, count) {
  let counts = null;
  try { counts = count(); } catch (e) { console.error(`${name}: could not read results: ${e.message}`); }
  if (!counts) counts = { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1; // runner failed outside any test
  if (ok && counts.passed === 0) { console.error(`${name}: ran no test`); counts.failed += 1; }
  results.push({ name, ...counts });
}
async function concurrentChecks(steps) {
  const oks = await Promise.all(steps.map(([name, cmd, args]) => runPrefixed(name, cmd, args)));
  steps.forEach(([name], i) => results.push({ name, passed: oks[i] ? 1 : 0, failed: oks[i] ? 0 : 1 }));
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
/**
 * The slowest files of a suite, from its JSON report (issue 13: where CI's time goes, per run, without
 * another measuring run). Playwright: the sum of each spec file's test durations (hooks not counted);
 * vitest: each file's start to end. Never fails the run.
 */
function printSlowest(name, file, top = 10) {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    const per = new Map();
    if (j.suites) {
      const walk = (suite, f) => {
        for (const spec of suite.specs ?? []) for (const t of spec.tests) for (const r of t.results) per.set(f, (per.get(f) ?? 0) + r.duration / 1000);
        for (const child of suite.suites ?? []) walk(child, f);
      };
      for (const suite of j.suites) walk(suite, suite.file);
    } else {
      for (const r of j.testResults ?? []) per.set(r.name.replace(`${process.cwd()}/`, ''), (r.endTime - r.startTime) / 1000);
    }
    const rows = [...per].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(`\n${name}: slowest files (s): ${rows.map(([f, sec]) => `${f} ${sec.toFixed(0)}`).join(', ')}`);
  } catch (e) {
    console.error(`${name}: no per-file times (${e.message})`);
  }
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
const began = Date.now();
await run(npx, ['wxt', 'prepare']); // generates the types tsc needs; tsc reports any problem
// The unit suite (one worker), its own lane from the start: it reads no build output, so it fills
// the core the builds leave idle. The machine's two cores are busy for most of a run (lanes share
// them), and the unit lane has minutes of slack (clean-clone runs 25-27: done at 488-549 s, Chromium
// at 800+ s), so it runs one step lower (`nice -n 5`): the Chromium lane, the critical path, gets
// the CPU first, and the unit suite takes what the browser lanes leave while they wait. Nice 5 still
// leaves it ~20% of a core against three busy processes (stop 33: its files passed at load 15-17,
// ~12% of a core each). No more than that: its tests have 20 s timeouts (hooks 60 s).
const niced = (level, cmd, args) => ['nice', ['-n', String(level), cmd, ...args]];
const unitLane = (async () => {
  const ok = await runPrefixed('unit', ...niced(5, npx, ['vitest', 'run', '--maxWorkers=1', '--reporter=default', '--reporter=json', `--outputFile=${tmp}/vitest.json`]));
  record('unit', ok, () => vitestCounts(`${tmp}/vitest.json`));
  printSlowest('unit', `${tmp}/vitest.json`);
})();
// The critical path is the Chromium lane (clean-clone runs 25-27: 654-690 s after 143-160 s of checks
// and builds). So only the three Chrome builds it reads come before it, one after another. The rest
// runs beside it: the Firefox builds, then the Firefox lane; typecheck, lint and the firefox-mv3 build
// (which nothing reads) at a lower priority (`nice`), as they only have to be done by the end.
// `.wxt/` is one text for every build (scripts/lib/stable-wxt-dir.ts), so builds beside tsc, eslint
// and vitest never rewrite a file those read.
const DEMO_KEY_OUT_DIR = '.output-demo-key';
const demoKey = /DEMO_PUBLIC_KEY = '([^']+)'/.exec(readFileSync('server/src/seed/demo-key.ts', 'utf8'))?.[1] ?? '';
const testEnv = { LIVEGUARD_TEST_BUILD: '1' };
// The credit-badges and static-origin specs (Chromium and Firefox) need a test build that trusts the
// demo signing key (tests/demo-key-build.ts); built once here instead of once in each spec.
const demoKeyEnv = { LIVEGUARD_TEST_BUILD: '1', LG_OUT_DIR: DEMO_KEY_OUT_DIR, WXT_LIVEGUARD_BUNDLE_PUBKEY: demoKey };
const demoKeyBuild = (browserArgs) => ['sh', ['-c', `test -n "$WXT_LIVEGUARD_BUNDLE_PUBKEY" && npx wxt build${browserArgs}`]];
const chromeRelease = await run(npx, ['wxt', 'build']);
const chromeTest = await run(npx, ['wxt', 'build'], testEnv);
const chromeDemoKey = await run(...demoKeyBuild(''), demoKeyEnv);
checkOf('build chrome-mv3', [chromeRelease]);
const laneEnv = { LG_DEMO_KEY_OUT_DIR: DEMO_KEY_OUT_DIR };
const builtAt = Date.now();
let firefoxBuiltAt = builtAt;
let chromiumDoneAt = builtAt;

const chromiumRun = browserMissing(process.env.CHROME_PATH ?? '/usr/bin/chromium', 'sudo apt-get install -y chromium')
  ? (results.push({ name: 'e2e chromium', passed: 0, failed: 1 }), Promise.resolve())
  : runPrefixed('chromium', npx, ['playwright', 'test'], { ...laneEnv, LG_PW_JSON: `${tmp}/pw.json` })
    .then((ok) => {
      chromiumDoneAt = Date.now();
      record('e2e chromium', ok, () => playwrightCounts(`${tmp}/pw.json`));
      printSlowest('e2e chromium', `${tmp}/pw.json`);
    });
// The Firefox builds, then Firefox, web-ext lint and PostgreSQL, in one lane beside Chromium's.
const firefoxLane = (async () => {
  const firefoxRelease = await runPrefixed('firefox-build', npx, ['wxt', 'build', '-b', 'firefox']);
  checkOf('build firefox-mv2', [firefoxRelease]);
  checkOf('build test (chrome-mv3 + firefox-mv2)', [chromeTest, await runPrefixed('firefox-build', npx, ['wxt', 'build', '-b', 'firefox'], testEnv)]);
  checkOf('build demo-key test (chrome-mv3 + firefox-mv2)', [chromeDemoKey, await runPrefixed('firefox-build', ...demoKeyBuild(' -b firefox'), demoKeyEnv)]);
  firefoxBuiltAt = Date.now();
  if (browserMissing(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'sudo apt-get install -y firefox-esr')) {
    results.push({ name: 'e2e firefox', passed: 0, failed: 1 });
  } else {
    const ok = await runPrefixed('firefox', npx, ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tmp}/ff.tap`, ...testFiles('tests/firefox')], laneEnv);
    record('e2e firefox', ok, () => tapCounts(`${tmp}/ff.tap`));
  }
  const lintOk = await runPrefixed('web-ext', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--no-config-discovery']);
  results.push({ name: 'web-ext lint firefox-mv2', passed: lintOk ? 1 : 0, failed: lintOk ? 0 : 1 });
  // The server suite on PostgreSQL (~1 min) ends this lane, not the unit lane: Firefox and web-ext
  // lint finish minutes before the unit suite (clean-clone run 10: 570 s vs 939 s), and the unit
  // lane is the critical path.
  if (process.env.TEST_DATABASE_URL && existsSync('server/tests')) {
    const pgOk = await runPrefixed('postgres', npx, ['vitest', 'run', 'server/tests', '--maxWorkers=1', '--reporter=default', '--reporter=json', `--outputFile=${tmp}/pg.json`], { DATABASE_URL: process.env.TEST_DATABASE_URL });
    record('server on PostgreSQL', pgOk, () => vitestCounts(`${tmp}/pg.json`));
  }
})();
// Checks nothing waits for, at a lower priority so they take the time the lanes leave idle (no timeouts).
const checksLane = (async () => {
  await concurrentChecks([['typecheck', ...niced(10, npx, ['tsc', '--noEmit'])], ['lint', ...niced(10, npx, ['eslint', '.'])]]);
  const ok = await runPrefixed('firefox-mv3-build', ...niced(10, npx, ['wxt', 'build', '-b', 'firefox', '--mv3']));
  checkOf('build firefox-mv3', [ok]);
})();
await Promise.all([chromiumRun, firefoxLane, unitLane, checksLane]);
const secs = (ms) => (ms / 1000).toFixed(0);
console.log(`\n(Chrome builds ${secs(builtAt - began)} s, then the Chromium lane ${secs(chromiumDoneAt - builtAt)} s; beside it the Firefox builds ${secs(firefoxBuiltAt - builtAt)} s and the Firefox lane; the unit lane ran from the start)`);

rmSync(tmp, { recursive: true, force: true });
const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + (r.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '}  ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
