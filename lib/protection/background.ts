/**
 * Background glue of protection mode (R-MINOR-10/11/12): message handlers over the pure state
 * machine. The PIN is verified here with PBKDF2, after the lockout check; the hash never leaves.
 * Registered with one line from entrypoints/background/index.ts.
 */
import { handle } from '../messaging';
import { decide } from './decide';
import { checkPin, pinInForce } from './pin-check';
import { gateShown, grant, lockedUntil, onTick, PolicyLockedError, reportMinorHost, setPin, updateSettings } from './machine';
import { mergePolicy } from './policy';
import { hashPin, PinSchema } from './pin';
import type { PageContext } from './protocol';
import type { ProtectionState } from './state';
import { readPolicy, withState } from './store';
import { protectionClock, type Clock } from './clock';
import { currentUsedMs } from './budget';
import { trustedNow } from './clock-watch';
import { GAP_MS, registerHeartbeat, sampleBeat } from './heartbeat';
import { applyBeat } from './watch';
import { recordVisit } from './room-visits';
import { hashRecoveryCode, makeRecoveryCode } from './recovery';
import { registerGuardianHandlers } from './guardian-handlers';

type PinReply = { ok: boolean; lockedUntil: number | null; error?: string };

/** A new PIN comes with a new one-time recovery code, shown once; only its slow hash is kept. */
async function withNewPin(s: ProtectionState, now: number, pin: string): Promise<{ state: ProtectionState; recoveryCode: string }> {
  const recoveryCode = makeRecoveryCode();
  const [record, recovery] = await Promise.all([hashPin(pin), hashRecoveryCode(recoveryCode)]);
  return { state: { ...setPin(s, now, record), recovery }, recoveryCode };
}

export function registerProtection(clock: Clock = protectionClock(), opts: { heartbeat?: boolean } = {}): () => void {
  const ctxOf = (c: PageContext) => ({ tz: clock.timeZone(), categories: c.categories, contentKey: c.contentKey });
  /** Protection counts in its own time: the wall clock minus the skew the heartbeat found (clock-watch.ts). */
  const nowOf = (s: ProtectionState) => trustedNow(clock.now(), s.watch.skewMs);
  if (opts.heartbeat !== false) registerHeartbeat(clock);
  const offGuardian = registerGuardianHandlers(clock, { nowOf, withNewPin });

  const offProtection = handle({
    'protection:status': async (c) => {
      const { policy } = await readPolicy();
      return withState((s) => ({ result: decide(s, policy, nowOf(s), ctxOf(c)) }));
    },
    'protection:tick': async (c) => {
      const { policy } = await readPolicy();
      return withState((s0) => {
        // the clock check first: a clock moved since the last beat must not credit or open a day
        const protecting = mergePolicy(s0.settings, s0.pin, policy).settings.enabled;
        const s = applyBeat(s0, { sample: sampleBeat(clock), protecting, gapMs: GAP_MS }).state;
        const now = nowOf(s);
        const ticked = onTick(s, policy, now, clock.timeZone(), c.active);
        const next = protecting && c.active && c.site && c.roomId ? { ...ticked, visits: recordVisit(ticked.visits, now, { site: c.site, roomId: c.roomId, hostName: c.hostName, tipButtons: c.tipButtons }) } : ticked;
        return { state: next, result: decide(next, policy, now, ctxOf(c)) };
      });
    },
    'protection:unlock': async (c) => {
      const { policy } = await readPolicy();
      return withState(async (s) => {
        const now = nowOf(s);
        const r = await checkPin(s, c.pin, now, { purpose: 'gate', gate: c.gate, site: c.site, roomId: c.roomId }, pinInForce(s, policy));
        const state = r.ok ? grant(r.state, now, c.gate, c.contentKey, { site: c.site, roomId: c.roomId }) : r.state;
        return { state, result: { ok: r.ok, lockedUntil: r.lockedUntil, error: r.error, decision: decide(state, policy, now, ctxOf(c)) } };
      });
    },
    'protection:gateShown': async (c) =>
      withState((s) => ({ state: gateShown(s, nowOf(s), c.gate, c.site, c.roomId), result: { ok: true as const } })),
    'protection:reportMinorHost': async (input) => {
      const id = crypto.randomUUID();
      return withState((s) => ({ state: reportMinorHost(s, nowOf(s), input, id), result: { id } }));
    },
    'protection:getSettings': async () => {
      const { policy, errors } = await readPolicy();
      return withState((s) => {
        const eff = mergePolicy(s.settings, s.pin, policy);
        return {
          result: {
            settings: eff.settings, locked: eff.locked, pinLocked: eff.pinLocked, hasPin: eff.pin !== null, pinWeak: !eff.pinLocked && s.pinWeak,
            lockedUntil: lockedUntil(s.attempts, nowOf(s)), policyErrors: errors, browserTimeZone: clock.timeZone(),
            hasRecovery: s.recovery !== null, skewMs: s.watch.skewMs, incognitoAllowed: s.watch.incognitoAllowed, pinForSensitive: s.pinForSensitive,
            budgetSync: s.budgetSync.enabled, othersToday: s.budgetSync.others,
          },
        };
      });
    },
    'protection:setPin': async ({ currentPin, newPin }) => {
      const { policy } = await readPolicy();
      const valid = PinSchema.safeParse(newPin);
      if (!valid.success) return { ok: false, lockedUntil: null, error: valid.error.issues[0]?.message ?? 'bad PIN' };
      return withState<PinReply & { recoveryCode?: string }>(async (s) => {
        const now = nowOf(s);
        const eff = mergePolicy(s.settings, s.pin, policy);
        if (eff.pinLocked) return { result: { ok: false, lockedUntil: null, error: 'PIN set by policy' } };
        if (eff.pin) {
          const r = await checkPin(s, currentPin ?? '', now, { purpose: 'settings' }, eff.pin);
          if (!r.ok) return { state: r.state, result: { ok: false, lockedUntil: r.lockedUntil, error: r.error } };
          s = r.state;
        }
        const r = await withNewPin(s, now, valid.data);
        return { state: r.state, result: { ok: true, lockedUntil: null, recoveryCode: r.recoveryCode } };
      });
    },
    'protection:update': async ({ pin, patch }) => {
      const { policy } = await readPolicy();
      return withState<PinReply>(async (s) => {
        const now = nowOf(s);
        const r = await checkPin(s, pin, now, { purpose: 'settings' }, pinInForce(s, policy));
        if (!r.ok) return { state: r.state, result: { ok: false, lockedUntil: r.lockedUntil, error: r.error } };
        try {
          const next = updateSettings(r.state, policy, now, patch);
          // switching protection on: the next beat reports private-window access afresh
          const watch = patch.enabled && !r.state.settings.enabled ? { ...next.watch, incognitoAllowed: null } : next.watch;
          return { state: { ...next, watch, budgetSync: { ...next.budgetSync, settingsAt: clock.now() } }, result: { ok: true, lockedUntil: null } };
        } catch (e) {
          if (e instanceof PolicyLockedError) return { state: r.state, result: { ok: false, lockedUntil: null, error: e.message } };
          throw e;
        }
      });
    },
    'protection:getLog': async () =>
      withState((s) => {
        const now = nowOf(s);
        const today = s.usage ? { day: s.usage.day, usedMs: currentUsedMs(s.usage, now) } : null;
        return { result: { log: s.log, reports: s.reports, today: now < (s.usage?.resetsAt ?? 0) ? today : null, history: s.usage?.history ?? [] } };
      }),
  });
  return () => {
    offProtection();
    offGuardian();
  };
}
