/** The scan CLI as users run it (`npm run scan` = scripts/scan-launch.mjs): a real child process reading JSONL on stdin. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** the launcher (bundled, as `npm run scan` runs it) or, with LG_SCAN_UNBUNDLED, scripts/scan.ts through tsx */
function runCli(input: string, unbundled = false, cache = '') {
  return spawnSync('node', ['scripts/scan-launch.mjs'], { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LG_SCAN_UNBUNDLED: unbundled ? '1' : '', LG_SCAN_CACHE: cache } });
}

describe('scan CLI', () => {
  it('answers one line per input line, in order, and survives malformed lines', () => {
    const input = [
      JSON.stringify({ text: '加 V 信 13812345678', kind: 'chat' }),
      'not json',
      JSON.stringify({ text: '支持微信支付吗', kind: 'chat' }),
      JSON.stringify({ text: 'x', kind: 'sticker' }),
      '',
      JSON.stringify({ text: '出售电子烟', kind: 'product' }),
      JSON.stringify({ text: '\ud800 lone surrogate 加vx', kind: 'chat' }),
      // no kind: read as chat (issue 15)
      JSON.stringify({ text: '加我微信 abc123' }),
    ].join('\n');
    const r = runCli(input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(8);
    expect(lines[0].categories).toEqual(['off_platform']);
    expect(lines[0].severity).toBe('warning');
    expect(lines[0].findings[0].matched.text).toBe('加 V 信');
    expect(lines[1].error).toMatch(/not JSON/);
    expect(lines[2]).toEqual({ categories: [], severity: null, findings: [] });
    expect(lines[3].error).toMatch(/kind/);
    expect(lines[4].error).toBeTruthy();
    expect(lines[5].severity).toBe('critical');
    expect(lines[6].categories).toEqual(['off_platform']);
    expect(lines[7].categories).toEqual(['off_platform']);
    expect(lines[7].findings[0].why).toBeTruthy();
    expect(r.stderr).toMatch(/line 2:/);
    expect(r.stderr).toMatch(/line 4:/);
  });

  // line endings as readline reads them (the CLI splits stdin itself): \r\n, a lone \r, a last line without one
  it('reads \\r\\n, lone \\r and an unterminated last line as line ends', () => {
    const a = JSON.stringify({ text: '加我微信 abc123' });
    const b = JSON.stringify({ text: '支持微信支付吗' });
    const r = runCli(`${a}\r\n${b}\r${a}\n\r\n${b}`);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { categories?: string[] }).categories ?? 'error')).toEqual([['off_platform'], [], ['off_platform'], 'error', []]);
  });

  // the bundle is an I/O change only: on real corpus lines (every 25th line of every data/corpus file,
  // all categories and benign, with and without kind) its answers are byte-identical to tsx's run of scripts/scan.ts
  it('answers exactly as the unbundled CLI on real corpus lines', () => {
    const lines: string[] = [];
    for (const f of readdirSync('data/corpus').filter((f) => f.endsWith('.jsonl')).sort()) {
      const rows = readFileSync(`data/corpus/${f}`, 'utf8').split('\n').filter(Boolean);
      for (let i = 0; i < rows.length; i += 25) {
        const { text } = JSON.parse(rows[i]) as { text: string };
        lines.push(JSON.stringify(i % 50 === 0 ? { text } : { text, kind: 'chat' }));
      }
    }
    const input = lines.join('\n') + '\n';
    const bundled = runCli(input);
    const unbundled = runCli(input, true);
    expect(bundled.status).toBe(0);
    expect(unbundled.status).toBe(0);
    const out = bundled.stdout.trim().split('\n');
    expect(out).toHaveLength(lines.length);
    // the sample holds risky lines: the comparison is not between two empty answers
    expect(out.filter((l) => l.includes('"findings":[{')).length).toBeGreaterThan(200);
    expect(bundled.stdout).toBe(unbundled.stdout);
  }, 120_000);

  // a stale bundle would answer with old rules: the launcher rebuilds when an input's size or mtime differs
  it('rebuilds its bundle when a source changed, and uses it while none did', () => {
    const cache = mkdtempSync('node_modules/.cache/lg-scan-test-');
    try {
      const line = JSON.stringify({ text: '加我微信 abc123' }) + '\n';
      const first = runCli(line, false, cache);
      expect(first.stdout).toContain('off_platform');
      // a bundle that answers wrongly stands in for one built from older sources
      writeFileSync(`${cache}/scan.mjs`, 'process.stdout.write("stale\\n");\n');
      expect(runCli(line, false, cache).stdout).toBe('stale\n');
      const manifest = JSON.parse(readFileSync(`${cache}/inputs.json`, 'utf8')) as { inputs: Record<string, string> };
      expect(Object.keys(manifest.inputs)).toContain('lib/detect/scorer.ts');
      manifest.inputs['lib/detect/scorer.ts'] = 'changed';
      writeFileSync(`${cache}/inputs.json`, JSON.stringify(manifest));
      expect(runCli(line, false, cache).stdout).toBe(first.stdout);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);
});
