/**
 * Background-side access to the protection state and the managed policy. Every read-modify-write
 * goes through one queue, so a tick arriving while a PIN is being hashed (≈200 ms) cannot
 * overwrite the lockout counter. The state lives in the extension's own IndexedDB
 * (lib/db/protection-state.ts), out of content scripts' reach; only the background writes it, so
 * the copy kept in memory here stays true for the worker's life (ticks do not re-read the disk).
 */
import { loadProtectionState, saveProtectionState } from '../db/protection-state';
import { parsePolicy, type ManagedPolicy } from './policy';
import { ProtectionStateSchema, type ProtectionState } from './state';

let queue: Promise<unknown> = Promise.resolve();
let cached: ProtectionState | null = null;
/** tests: forget the in-memory copy (a fresh database per test) */
export function forgetCachedState() {
  cached = null;
}

/** Run `fn` with the current state; if it returns a new state, store it. Serialised. */
export function withState<T>(fn: (s: ProtectionState) => Promise<{ state?: ProtectionState; result: T }> | { state?: ProtectionState; result: T }): Promise<T> {
  const run = queue.then(async () => {
    const current = (cached ??= await loadProtectionState());
    const { state, result } = await fn(current);
    if (state && state !== current) {
      const next = ProtectionStateSchema.parse(state);
      await saveProtectionState(next);
      cached = next;
    }
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
