/**
 * Background glue of protection mode (R-MINOR-10/11/12): message handlers over the pure state
 * machine. The PIN is verified here with PBKDF2, after the lockout check; the hash never leaves.
 * Registered with one line from entrypoints/background/index.ts.
 */
import { handle } from '../messaging';
import { decide } from './decide';
import { gateShown, grant, lockedUntil, onTick, pinChecked, pinRefused, PolicyLockedError, reportMinorHost, setPin, updateSettings, type PinContext } from './machine';
import { mergePolicy, type ManagedPolicy } from './policy';
import { DEFAULT_ITERATIONS, hashPin, hashPinUnchecked, isWeakPin, PinSchema, verifyPin, type PinRecord } from './pin';
import type { PageContext } from './protocol';
import type { ProtectionState } from './state';
import { readPolicy, withState } from './store';
import { protectionClock, type Clock } from './clock';
import { currentUsedMs } from './budget';

type PinReply = { ok: boolean; lockedUntil: number | null; error?: string };
type PinOutcome = { state: ProtectionState; ok: boolean; lockedUntil: number | null; error?: string };

/** Lockout check, then PBKDF2, then the attempt counter: one step under the state queue. */
async function checkPin(s: ProtectionState, pin: string, now: number, ctx: PinContext, record: PinRecord | null): Promise<PinOutcome> {
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
const pinInForce = (s: ProtectionState, policy: ManagedPolicy) => mergePolicy(s.settings, s.pin, policy).pin;

export function registerProtection(clock: Clock = protectionClock()): () => void {
  const ctxOf = (c: PageContext) => ({ tz: clock.timeZone(), categories: c.categories, contentKey: c.contentKey });

  return handle({
    'protection:status': async (c) => {
      const { policy } = await readPolicy();
      return withState((s) => ({ result: decide(s, policy, clock.now(), ctxOf(c)) }));
    },
    'protection:tick': async (c) => {
      const { policy } = await readPolicy();
      return withState((s) => {
        const now = clock.now();
        const next = onTick(s, policy, now, clock.timeZone(), c.active);
        return { state: next, result: decide(next, policy, now, ctxOf(c)) };
      });
    },
    'protection:unlock': async (c) => {
      const { policy } = await readPolicy();
      return withState(async (s) => {
        const now = clock.now();
        const r = await checkPin(s, c.pin, now, { purpose: 'gate', gate: c.gate, site: c.site, roomId: c.roomId }, pinInForce(s, policy));
        const state = r.ok ? grant(r.state, now, c.gate, c.contentKey, { site: c.site, roomId: c.roomId }) : r.state;
        return { state, result: { ok: r.ok, lockedUntil: r.lockedUntil, error: r.error, decision: decide(state, policy, now, ctxOf(c)) } };
      });
    },
    'protection:gateShown': async (c) =>
      withState((s) => ({ state: gateShown(s, clock.now(), c.gate, c.site, c.roomId), result: { ok: true as const } })),
    'protection:reportMinorHost': async (input) => {
      const id = crypto.randomUUID();
      return withState((s) => ({ state: reportMinorHost(s, clock.now(), input, id), result: { id } }));
    },
    'protection:getSettings': async () => {
      const { policy, errors } = await readPolicy();
      return withState((s) => {
        const eff = mergePolicy(s.settings, s.pin, policy);
        return {
          result: { settings: eff.settings, locked: eff.locked, pinLocked: eff.pinLocked, hasPin: eff.pin !== null, pinWeak: !eff.pinLocked && s.pinWeak, lockedUntil: lockedUntil(s.attempts, clock.now()), policyErrors: errors, browserTimeZone: clock.timeZone() },
        };
      });
    },
    'protection:setPin': async ({ currentPin, newPin }) => {
      const { policy } = await readPolicy();
      const valid = PinSchema.safeParse(newPin);
      if (!valid.success) return { ok: false, lockedUntil: null, error: valid.error.issues[0]?.message ?? 'bad PIN' };
      return withState<PinReply>(async (s) => {
        const now = clock.now();
        const eff = mergePolicy(s.settings, s.pin, policy);
        if (eff.pinLocked) return { result: { ok: false, lockedUntil: null, error: 'PIN set by policy' } };
        if (eff.pin) {
          const r = await checkPin(s, currentPin ?? '', now, { purpose: 'settings' }, eff.pin);
          if (!r.ok) return { state: r.state, result: { ok: false, lockedUntil: r.lockedUntil, error: r.error } };
          s = r.state;
        }
        return { state: setPin(s, now, await hashPin(valid.data)), result: { ok: true, lockedUntil: null } };
      });
    },
    'protection:update': async ({ pin, patch }) => {
      const { policy } = await readPolicy();
      return withState<PinReply>(async (s) => {
        const now = clock.now();
        const r = await checkPin(s, pin, now, { purpose: 'settings' }, pinInForce(s, policy));
        if (!r.ok) return { state: r.state, result: { ok: false, lockedUntil: r.lockedUntil, error: r.error } };
        try {
          return { state: updateSettings(r.state, policy, now, patch), result: { ok: true, lockedUntil: null } };
        } catch (e) {
          if (e instanceof PolicyLockedError) return { state: r.state, result: { ok: false, lockedUntil: null, error: e.message } };
          throw e;
        }
      });
    },
    'protection:getLog': async () =>
      withState((s) => {
        const now = clock.now();
        const today = s.usage ? { day: s.usage.day, usedMs: currentUsedMs(s.usage, now) } : null;
        return { result: { log: s.log, reports: s.reports, today: now < (s.usage?.resetsAt ?? 0) ? today : null, history: s.usage?.history ?? [] } };
      }),
  });
}
