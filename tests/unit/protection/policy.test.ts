// R-MINOR-11: a managed policy forces protection mode; its values override local ones and the UI
// cannot change them; a policy PIN replaces the local one (the lost-PIN route).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/protection/decide';
import { PolicyLockedError, updateSettings } from '@/lib/protection/machine';
import { hashPin, MIN_ITERATIONS, verifyPin } from '@/lib/protection/pin';
import { mergePolicy, parsePolicy, POLICY_FIELDS } from '@/lib/protection/policy';
import { DEFAULT_SETTINGS } from '@/lib/protection/settings';
import { INITIAL_STATE } from '@/lib/protection/state';

const NOON = Date.parse('2026-11-22T12:00:00+08:00');

describe('policy parsing', () => {
  it('keeps valid keys and reports bad or unknown ones without dropping the rest', () => {
    const { policy, errors } = parsePolicy({ protectionEnabled: true, dailyBudgetMinutes: -5, curfewStart: '21:30', curfewEnd: '25:00', timeZone: 'Mars/Base', colour: 'red' });
    expect(policy).toEqual({ protectionEnabled: true, curfewStart: '21:30' });
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).toMatch(/dailyBudgetMinutes/);
    expect(errors.join('\n')).toMatch(/unknown policy key colour/);
  });
  it('no policy is an empty policy', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: {}, errors: [] });
    expect(parsePolicy('yes').errors).toEqual(['policy is not an object']);
  });
  it('public/managed_schema.json declares exactly the keys the extension reads', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(POLICY_FIELDS).sort());
  });
});

describe('policy merge', () => {
  it('overrides local values and lists them as locked', () => {
    const local = { ...DEFAULT_SETTINGS, enabled: false, dailyBudgetMinutes: 90 };
    const eff = mergePolicy(local, null, { protectionEnabled: true, dailyBudgetMinutes: 20, curfewStart: '21:00' });
    expect(eff.settings).toMatchObject({ enabled: true, dailyBudgetMinutes: 20, curfew: { enabled: true, start: '21:00', end: '06:00' } });
    expect(eff.locked.sort()).toEqual(['curfew.start', 'dailyBudgetMinutes', 'enabled']);
    expect(local.dailyBudgetMinutes).toBe(90); // local copy untouched
  });

  it('forces protection on even when the local setting says off', () => {
    const d = decide(INITIAL_STATE, { protectionEnabled: true }, NOON, { tz: 'Asia/Shanghai', categories: ['minor_unsuitable'] });
    expect(d.active).toBe(true);
    expect(d.gate).toBe('content');
    expect(d.hideTipping).toBe(true);
  });

  it('refuses UI changes to policy-fixed settings, even with the PIN, and allows the others', () => {
    const policy = { protectionEnabled: true, curfewEnabled: true };
    expect(() => updateSettings(INITIAL_STATE, policy, NOON, { enabled: false })).toThrow(PolicyLockedError);
    expect(() => updateSettings(INITIAL_STATE, policy, NOON, { curfew: { enabled: false } })).toThrow(/curfew.enabled/);
    const s = updateSettings(INITIAL_STATE, policy, NOON, { dailyBudgetMinutes: 60, curfew: { start: '21:00' } });
    expect(s.settings.dailyBudgetMinutes).toBe(60);
    expect(s.log.at(-1)).toMatchObject({ kind: 'settings-changed', detail: 'dailyBudgetMinutes, curfew.start' });
  });

  it('a policy PIN replaces the local PIN (lost-PIN recovery)', async () => {
    const local = await hashPin('111111', { iterations: MIN_ITERATIONS });
    const fromPolicy = await hashPin('222222', { iterations: MIN_ITERATIONS });
    const { algo: _algo, ...withoutAlgo } = fromPolicy;
    const { policy } = parsePolicy({ pin: withoutAlgo });
    const eff = mergePolicy(DEFAULT_SETTINGS, local, policy);
    expect(eff.pinLocked).toBe(true);
    expect(await verifyPin('222222', eff.pin!)).toBe(true);
    expect(await verifyPin('111111', eff.pin!)).toBe(false);
  });
});
