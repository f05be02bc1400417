/**
 * The one PIN check of the background (R-MINOR-11): lockout first, then PBKDF2, then the attempt
 * counter; used by the protection handlers and the guardian's (recovery, clock, sync) handlers.
 */
import { lockedUntil, pinChecked, pinRefused, type PinContext } from './machine';
import { mergePolicy, type ManagedPolicy } from './policy';
import { DEFAULT_ITERATIONS, hashPinUnchecked, isWeakPin, verifyPin, type PinRecord } from './pin';
import type { ProtectionState } from './state';

export type PinOutcome = { state: ProtectionState; ok: boolean; lockedUntil: number | null; error?: string };

/** Lockout check, then PBKDF2, then the attempt counter: one step under the state queue. */
export async function checkPin(s: ProtectionState, pin: string, now: number, ctx: PinContext, record: PinRecord | null): Promise<PinOutcome> {
  const locked = lockedUntil(s.attempts, now);
  if (locked !== null) return { state: pinRefused(s, now, ctx), ok: false, lockedUntil: locked, error: 'locked' };
  if (!record) return { state: s, ok: false, lockedUntil: null, error: 'no PIN set' };
  const correct = await verifyPin(pin, record);
  const r = pinChecked(s, now, correct, ctx);
  if (correct && record === s.pin) r.state = await upgradeLocalPin(r.state, pin, record);
  return { state: r.state, ok: correct, lockedUntil: lockedUntil(r.state.attempts, now), error: correct ? undefined : 'wrong PIN' };
}
/**
 * A right local PIN, known in clear for this moment only: a 0.1 record (310,000 iterations) is
 * re-hashed at today's count, and a PIN shorter than new PINs may be is flagged for the options
 * page. The PIN itself is not kept.
 */
async function upgradeLocalPin(s: ProtectionState, pin: string, record: PinRecord): Promise<ProtectionState> {
  const weak = isWeakPin(pin);
  if (record.iterations >= DEFAULT_ITERATIONS) return weak === s.pinWeak ? s : { ...s, pinWeak: weak };
  return { ...s, pin: await hashPinUnchecked(pin), pinWeak: weak };
}

/** The PIN in force: the policy's when it sets one (R-MINOR-11), else the local one. */
export const pinInForce = (s: ProtectionState, policy: ManagedPolicy) => mergePolicy(s.settings, s.pin, policy).pin;

