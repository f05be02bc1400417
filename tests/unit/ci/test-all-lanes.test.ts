/**
 * `npm test`'s lanes (scripts/test-all.mjs), run with a stand-in `npx` that logs each step's start and
 * end and writes the report files the script reads (issue 13, CI time): the Chromium lane, the
 * longest, starts once the three Chrome builds it reads are done, not after every check and build;
 * the checks nothing waits for run at a lower priority; and the closing totals keep every check.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The stand-in: one log line per start/end with the step, its build env and its nice level. The steps
 * nothing should wait for take 3 s, so "still running when Chromium starts" holds with seconds to spare.
 */
const FAKE_NPX = `#!/usr/bin/env node
const { appendFileSync, writeFileSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const args = process.argv.slice(2);
const env = process.env;
const step = args[0] === 'wxt' && args[1] === 'build'
  ? 'build ' + (args.includes('firefox') ? (args.includes('--mv3') ? 'firefox-mv3' : 'firefox-mv2') : 'chrome-mv3') + (env.LG_OUT_DIR ? ' demo-key' : env.LIVEGUARD_TEST_BUILD === '1' ? ' test' : '')
  : args[0] === 'tsx' ? 'firefox e2e' : args.slice(0, 2).join(' ');
const nice = execFileSync('ps', ['-o', 'ni=', '-p', String(process.pid)], { encoding: 'utf8' }).trim();
const log = (what) => appendFileSync(env.FAKE_LOG, JSON.stringify({ what, step, nice, at: Date.now() }) + '\\n');
const out = (flag) => args.find((a) => a.startsWith(flag)).slice(flag.length);
log('start');
const fail = (env.FAKE_FAIL ?? '') === step;
setTimeout(() => {
  if (step === 'vitest run') writeFileSync(out('--outputFile='), JSON.stringify({ numPassedTests: 3, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0, testResults: [] }));
  if (step === 'playwright test') writeFileSync(env.LG_PW_JSON, JSON.stringify({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 2 }, suites: [] }));
  if (step === 'firefox e2e') writeFileSync(args.find((a) => a.startsWith('--test-reporter-destination=') && a.endsWith('.tap')).split('=')[1], '# pass 7\\n# fail 0\\n');
  log('end');
  process.exit(fail ? 1 : 0);
}, step.startsWith('build firefox') || step === 'tsc --noEmit' || step === 'eslint .' ? 3000 : 100);
`;

const dir = mkdtempSync(join(tmpdir(), 'lg-test-all-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'npx'), FAKE_NPX);
chmodSync(join(dir, 'npx'), 0o755);

interface Event { what: 'start' | 'end'; step: string; nice: string; at: number }
function runTestAll(name: string, fail = '') {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const env: Record<string, string> = { PATH: `${dir}:${process.env.PATH}`, HOME: process.env.HOME ?? dir, FAKE_LOG: log, FAKE_FAIL: fail, CHROME_PATH: '/bin/sh', FIREFOX_PATH: '/bin/sh' };
  const r = spawnSync(process.execPath, ['scripts/test-all.mjs'], { env, encoding: 'utf8', timeout: 120_000 });
  const events = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Event);
  return { status: r.status, out: r.stdout, events };
}

describe('npm test (scripts/test-all.mjs) lanes', () => {
  let ok: ReturnType<typeof runTestAll>;
  beforeAll(() => {
    ok = runTestAll('ok');
  }, 120_000);

  it('starts the Chromium lane when the three Chrome builds are done, beside the Firefox builds and the checks', () => {
    const at = (what: Event['what'], step: string) => ok.events.find((e) => e.what === what && e.step === step)?.at ?? NaN;
    const chromium = at('start', 'playwright test');
    for (const build of ['build chrome-mv3', 'build chrome-mv3 test', 'build chrome-mv3 demo-key']) expect(at('end', build), build).toBeLessThanOrEqual(chromium);
    // none of these is waited for: each is still running when Chromium starts
    for (const step of ['build firefox-mv2', 'tsc --noEmit', 'eslint .']) expect(at('end', step), step).toBeGreaterThan(chromium);
    // the Firefox lane waits for its three builds
    for (const build of ['build firefox-mv2', 'build firefox-mv2 test', 'build firefox-mv2 demo-key']) expect(at('end', build), build).toBeLessThanOrEqual(at('start', 'firefox e2e'));
  });

  it('runs the unit lane one step lower and the checks nothing waits for lower still; the browser lanes and their builds at the normal priority', () => {
    const niceOf = (step: string) => Number(ok.events.find((e) => e.step === step)!.nice);
    const normal = niceOf('playwright test');
    for (const step of ['build chrome-mv3 test', 'build firefox-mv2 test', 'firefox e2e']) expect(niceOf(step), step).toBe(normal);
    // nice adds to the level npm test itself runs at, up to 19 (this suite runs inside the niced unit lane)
    expect(niceOf('vitest run')).toBe(Math.min(normal + 5, 19));
    for (const step of ['tsc --noEmit', 'eslint .', 'build firefox-mv3']) expect(niceOf(step), step).toBe(Math.min(normal + 10, 19));
  });

  it('keeps every check in the closing totals: 8 checks + unit 3 + Chromium 5 + Firefox 7', () => {
    expect(ok.status).toBe(0);
    const summary = ok.out.slice(ok.out.lastIndexOf('\nSummary'));
    for (const name of ['unit', 'typecheck', 'lint', 'build chrome-mv3', 'build firefox-mv2', 'build firefox-mv3', 'build test (chrome-mv3 + firefox-mv2)', 'build demo-key test (chrome-mv3 + firefox-mv2)', 'e2e chromium', 'e2e firefox', 'web-ext lint firefox-mv2']) {
      expect(summary).toContain(`ok    ${name}:`);
    }
    expect(ok.out.trim().split('\n').at(-1)).toBe('23 passed, 0 failed, 3 skipped');
  });

  it('a failed Firefox half fails its build folder\'s check, and the run', { timeout: 120_000 }, () => {
    const failed = runTestAll('fail', 'build firefox-mv2 test');
    expect(failed.status).toBe(1);
    expect(failed.out).toContain('FAIL  build test (chrome-mv3 + firefox-mv2): 0 passed, 1 failed');
    expect(failed.out.trim().split('\n').at(-1)).toBe('22 passed, 1 failed, 3 skipped');
  });
});
