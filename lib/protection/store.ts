/**
 * Background-side access to the protection state and the managed policy. Every read-modify-write
 * goes through one queue, so a tick arriving while a PIN is being hashed (≈100 ms) cannot
 * overwrite the lockout counter.
 */
import { protectionState } from '../storage';
import { parsePolicy, type ManagedPolicy } from './policy';
import { ProtectionStateSchema, type ProtectionState } from './state';

let queue: Promise<unknown> = Promise.resolve();

/** Run `fn` with the current state; if it returns a new state, store it. Serialised. */
export function withState<T>(fn: (s: ProtectionState) => Promise<{ state?: ProtectionState; result: T }> | { state?: ProtectionState; result: T }): Promise<T> {
  const run = queue.then(async () => {
    const current = ProtectionStateSchema.parse(await protectionState.getValue());
    const { state, result } = await fn(current);
    if (state && state !== current) await protectionState.setValue(ProtectionStateSchema.parse(state));
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The managed policy. Firefox throws when no managed-storage manifest exists; Chrome returns {}.
 * Either way "no policy" is an empty policy.
 */
export async function readPolicy(): Promise<{ policy: ManagedPolicy; errors: string[] }> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    raw = {};
  }
  return parsePolicy(raw);
}
