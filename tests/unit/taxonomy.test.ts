import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CATEGORIES, CATEGORY_RULE, CATEGORY_SEVERITY_FLOOR, RULES, maxSeverity } from '@/lib/taxonomy';

describe('taxonomy', () => {
  it('has exactly the categories of requirements.md', () => {
    const req = readFileSync(new URL('../../../shared/docs/requirements.md', import.meta.url), 'utf8');
    const table = [...req.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect([...CATEGORIES].sort()).toEqual(table.sort());
  });
  it('has one rule id per numbered behaviour', () => {
    const req = readFileSync(new URL('../../../shared/docs/requirements.md', import.meta.url), 'utf8');
    const numbered = [...req.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    const ours = Object.keys(RULES).map((k) => Number(k.split('-').pop()));
    expect(ours.sort((a, b) => a - b)).toEqual(numbered.sort((a, b) => a - b));
  });
  it('every category has a rule and a severity floor', () => {
    for (const c of CATEGORIES) {
      expect(RULES[CATEGORY_RULE[c]]).toBeTruthy();
      expect(CATEGORY_SEVERITY_FLOOR[c]).toMatch(/notice|warning|critical/);
    }
    expect(CATEGORY_SEVERITY_FLOOR.prohibited_goods).toBe('critical');
  });
  it('orders severities', () => {
    expect(maxSeverity('notice', 'critical')).toBe('critical');
    expect(maxSeverity(null, 'notice')).toBe('notice');
    expect(maxSeverity('warning', null)).toBe('warning');
  });
});
