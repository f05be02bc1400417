// R-MINOR-11: the PIN is salted and slow-hashed (PBKDF2-SHA256, WebCrypto), never stored in clear.
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, DEFAULT_ITERATIONS, hashPin, MIN_ITERATIONS, PinRecordSchema, PRODUCTION_ITERATIONS, RECORD_MIN_ITERATIONS, verifyPin } from '@/lib/protection/pin';
import { fromBase64 } from '@/lib/shared/base64';

describe('PIN hashing', () => {
  it('stores salt + PBKDF2 hash only, and verifies the right PIN', async () => {
    const rec = await hashPin('482148');
    expect(rec.algo).toBe('PBKDF2-SHA256');
    expect(rec.iterations).toBe(DEFAULT_ITERATIONS);
    expect(rec.iterations).toBeGreaterThanOrEqual(RECORD_MIN_ITERATIONS);
    expect(fromBase64(rec.salt)).toHaveLength(16);
    expect(fromBase64(rec.hash)).toHaveLength(32);
    expect(JSON.stringify(rec)).not.toContain('482148');
    expect(PinRecordSchema.parse(rec)).toEqual(rec);
    expect(await verifyPin('482148', rec)).toBe(true);
    expect(await verifyPin('482248', rec)).toBe(false);
    expect(await verifyPin('', rec)).toBe(false);
  });

  it('uses a fresh random salt each time, so equal PINs give different hashes', async () => {
    const [a, b] = await Promise.all([hashPin('123456', { iterations: MIN_ITERATIONS }), hashPin('123456', { iterations: MIN_ITERATIONS })]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('is deterministic for a given salt (a known answer computed independently with node:crypto)', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const salt = new Uint8Array(16).fill(7);
    const rec = await hashPin('246824', { iterations: MIN_ITERATIONS, salt });
    const expected = pbkdf2Sync('246824', Buffer.from(salt), MIN_ITERATIONS, 32, 'sha256').toString('base64');
    expect(rec.hash).toBe(expected);
  });

  it('refuses weak parameters and bad PINs', async () => {
    await expect(hashPin('123412', { iterations: MIN_ITERATIONS - 1 })).rejects.toThrow(/at least/);
    await expect(hashPin('12')).rejects.toThrow();
    expect(PinRecordSchema.safeParse({ algo: 'PBKDF2-SHA256', iterations: RECORD_MIN_ITERATIONS - 1, salt: 'a'.repeat(24), hash: 'b'.repeat(44) }).success).toBe(false);
  });

  it('hashes at 600,000 iterations in the extension (unit tests run the same code at 1/1000: vitest.config.ts)', async () => {
    expect(PRODUCTION_ITERATIONS).toEqual({ min: 600_000, default: 600_000, recordMin: 200_000 });
    // the scaled counts keep production's ratios, so the upgrade and record-minimum paths meet the same cases
    expect([MIN_ITERATIONS, DEFAULT_ITERATIONS, RECORD_MIN_ITERATIONS].map((n) => n * (PRODUCTION_ITERATIONS.default / DEFAULT_ITERATIONS)))
      .toEqual([PRODUCTION_ITERATIONS.min, PRODUCTION_ITERATIONS.default, PRODUCTION_ITERATIONS.recordMin]);
    // one real derivation at the production count: WebCrypto's answer equals node:crypto's, and it verifies
    const { pbkdf2Sync } = await import('node:crypto');
    const salt = new Uint8Array(16).fill(3);
    const rec = await hashPin('482148', { iterations: PRODUCTION_ITERATIONS.default, salt });
    expect(rec.iterations).toBe(600_000);
    expect(rec.hash).toBe(pbkdf2Sync('482148', Buffer.from(salt), 600_000, 32, 'sha256').toString('base64'));
    expect(PinRecordSchema.parse(rec)).toEqual(rec);
  });

  it('compares derived bytes in constant time (every byte is looked at)', () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3, 4]))).toBe(true);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3, 5]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([0, 2, 3, 4]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
