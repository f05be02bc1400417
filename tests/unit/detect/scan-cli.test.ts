/** The scan CLI as users run it: a real child process reading JSONL on stdin. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

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
    const r = spawnSync('node', ['--import', 'tsx', 'scripts/scan.ts'], { input, encoding: 'utf8' });
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
});
