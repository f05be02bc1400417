/**
 * Signed reset (R-SYNC-22, issue 13): after its database is reset or restored, a server's version
 * numbers start again below what clients hold, and a client refuses an older-numbered bundle (a
 * replayed old bundle must not roll the rules back). GET /v1/bundle/reset serves, signed like a
 * bundle (envelope kind 'reset'), the time of the last reset: a client whose bundle was issued
 * BEFORE that time accepts a lower-numbered bundle issued AT or AFTER it. A replay of an old bundle
 * or of an old reset cannot roll back a client whose bundle is newer than the reset.
 */
import { z } from 'zod';

export const ResetSchema = z.object({ resetAt: z.string().datetime() }).strict();
export type Reset = z.infer<typeof ResetSchema>;

/** Whether `reset` lets a client holding a bundle issued at `heldIssuedAt` take one issued at `nextIssuedAt`. */
export function resetAllows(reset: Reset, heldIssuedAt: string, nextIssuedAt: string): boolean {
  const r = Date.parse(reset.resetAt);
  return Date.parse(heldIssuedAt) < r && Date.parse(nextIssuedAt) >= r;
}
