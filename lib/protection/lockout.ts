/**
 * Wrong-PIN lockout (R-MINOR-10): every run of five wrong PINs locks PIN entry, and each lockout
 * lasts twice as long as the previous one (1, 2, 4 … minutes, at most a day). A right PIN resets it.
 * While locked, attempts are refused without even checking the PIN.
 */
import { z } from 'zod';

export const MAX_FAILURES = 5;
export const FIRST_LOCKOUT_MS = 60_000;
export const MAX_LOCKOUT_MS = 24 * 3600_000;

export const AttemptsSchema = z.object({
  failures: z.number().int().nonnegative(),
  lockouts: z.number().int().nonnegative(),
  lockedUntil: z.number().nullable(),
});
export type Attempts = z.infer<typeof AttemptsSchema>;
export const NO_ATTEMPTS: Attempts = { failures: 0, lockouts: 0, lockedUntil: null };

export function lockoutDelay(lockouts: number): number {
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.max(0, lockouts - 1), MAX_LOCKOUT_MS);
}

/** null = may attempt; else the epoch ms until which PIN entry is locked. */
export function lockedUntil(a: Attempts, now: number): number | null {
  return a.lockedUntil !== null && now < a.lockedUntil ? a.lockedUntil : null;
}

export function recordAttempt(a: Attempts, now: number, correct: boolean): { attempts: Attempts; lockedNow: boolean } {
  if (correct) return { attempts: NO_ATTEMPTS, lockedNow: false };
  const failures = a.failures + 1;
  if (failures < MAX_FAILURES) return { attempts: { ...a, failures }, lockedNow: false };
  const lockouts = a.lockouts + 1;
  return { attempts: { failures: 0, lockouts, lockedUntil: now + lockoutDelay(lockouts) }, lockedNow: true };
}
