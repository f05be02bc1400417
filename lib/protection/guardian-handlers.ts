/**
 * The guardian's own messages (issue 24), from extension pages only: the one-time recovery code,
 * "the clock is right", budget sync and the PIN for sensitive settings. Every check runs in the
 * background under the state queue; PIN attempts and recovery attempts share the lockout.
 */
import { handle } from '../messaging';
import { appendLog } from './activity-log';
import type { Clock } from './clock';
import { checkPin, pinInForce } from './pin-check';
import { lockedUntil, pinChecked, pinRefused } from './machine';
import { mergePolicy } from './policy';
import { PinSchema } from './pin';
import { verifyRecoveryCode } from './recovery';
import type { ProtectionState } from './state';
import { readPolicy, withState } from './store';
import { clockIsRight } from './watch';
import { pushBudgetSync, setBudgetSync } from './budget-sync-background';

type Deps = {
  nowOf: (s: ProtectionState) => number;
  withNewPin: (s: ProtectionState, now: number, pin: string) => Promise<{ state: ProtectionState; recoveryCode: string }>;
};
type Reply = { ok: boolean; lockedUntil: number | null; error?: string };

export function registerGuardianHandlers(clock: Clock, d: Deps): () => void {
  return handle({
    'protection:recover': async ({ code, newPin }) => {
      const { policy } = await readPolicy();
      const valid = PinSchema.safeParse(newPin);
      if (!valid.success) return { ok: false, lockedUntil: null, error: valid.error.issues[0]?.message ?? 'bad PIN' };
      return withState<Reply & { recoveryCode?: string }>(async (s) => {
        const now = d.nowOf(s);
        if (mergePolicy(s.settings, s.pin, policy).pinLocked) return { result: { ok: false, lockedUntil: null, error: 'PIN set by policy' } };
        const locked = lockedUntil(s.attempts, now);
        if (locked !== null) return { state: pinRefused(s, now, { purpose: 'settings' }), result: { ok: false, lockedUntil: locked, error: 'locked' } };
        if (!s.recovery) return { result: { ok: false, lockedUntil: null, error: 'no recovery code' } };
        const right = await verifyRecoveryCode(code, s.recovery);
        const checked = pinChecked(s, now, right, { purpose: 'settings' }).state;
        if (!right) return { state: checked, result: { ok: false, lockedUntil: lockedUntil(checked.attempts, now), error: 'wrong recovery code' } };
        // The used code's hash is replaced at once (exactly one reset per code); a new code comes with the new PIN.
        const used = { ...checked, recovery: null, log: appendLog(checked.log, { at: now, kind: 'recovery-used' }) };
        const r = await d.withNewPin(used, now, valid.data);
        return { state: r.state, result: { ok: true, lockedUntil: null, recoveryCode: r.recoveryCode } };
      });
    },
    'protection:refundEvidence': async () => withState((s) => ({ result: { visits: s.visits, log: s.log } })),
    'protection:clockRight': async ({ pin }) => {
      const { policy } = await readPolicy();
      return withState<Reply>(async (s) => {
        const r = await checkPin(s, pin, d.nowOf(s), { purpose: 'settings' }, pinInForce(s, policy));
        if (!r.ok) return { state: r.state, result: { ok: false, lockedUntil: r.lockedUntil, error: r.error } };
        return { state: clockIsRight(r.state, clock.now()), result: { ok: true, lockedUntil: null } };
      });
    },
    'protection:guardianOptions': async ({ pin, budgetSync, pinForSensitive }) => {
      const { policy } = await readPolicy();
      const reply = await withState<Reply & { syncChanged?: boolean }>(async (s) => {
        let st = s;
        // The PIN is asked unless the guardian chose not to protect these settings (and is not changing that choice).
        const needsPin = s.pinForSensitive || pinForSensitive !== undefined;
        if (needsPin) {
          const r = await checkPin(s, pin ?? '', d.nowOf(s), { purpose: 'settings' }, pinInForce(s, policy));
          if (!r.ok) return { state: r.state, result: { ok: false, lockedUntil: r.lockedUntil, error: r.error } };
          st = r.state;
        }
        if (pinForSensitive !== undefined) st = { ...st, pinForSensitive, log: appendLog(st.log, { at: d.nowOf(st), kind: 'settings-changed', detail: `pinForSensitive=${pinForSensitive}` }) };
        const syncChanged = budgetSync !== undefined && budgetSync !== st.budgetSync.enabled;
        if (syncChanged) st = setBudgetSync(st, budgetSync, d.nowOf(st), crypto.randomUUID());
        return { state: st, result: { ok: true, lockedUntil: null, syncChanged } };
      });
      if (reply.syncChanged) await pushBudgetSync(clock).catch(() => undefined);
      return { ok: reply.ok, lockedUntil: reply.lockedUntil, error: reply.error };
    },
  });
}
