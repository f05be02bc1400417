// issue 24: the one-time recovery code: format, forgiving entry, slow hash like the PIN.
import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, makeRecoveryCode, normalizeRecoveryCode, verifyRecoveryCode } from '@/lib/protection/recovery';
import { MIN_ITERATIONS } from '@/lib/protection/pin';

describe('recovery code', () => {
  it('16 Crockford characters in groups of four, different each time', () => {
    const a = makeRecoveryCode();
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(makeRecoveryCode()).not.toBe(a);
  });

  it('typed entry forgives case, spaces and look-alikes; wrong lengths are refused', () => {
    expect(normalizeRecoveryCode('abcd efgh-jkmn-pq01')).toBe('ABCDEFGHJKMNPQ01');
    expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQOI')).toBe('ABCDEFGHJKMNPQ01');
    expect(normalizeRecoveryCode('ABCD-EFGH')).toBeNull();
    expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQU1')).toBeNull();
  });

  it('stored as a slow salted hash that never contains the code', async () => {
    const code = makeRecoveryCode();
    const rec = await hashRecoveryCode(code);
    expect(rec.iterations).toBeGreaterThanOrEqual(MIN_ITERATIONS);
    expect(JSON.stringify(rec)).not.toContain(code.replace(/-/g, ''));
    expect(await verifyRecoveryCode(code.toLowerCase(), rec)).toBe(true);
    expect(await verifyRecoveryCode(makeRecoveryCode(), rec)).toBe(false);
  });
});
