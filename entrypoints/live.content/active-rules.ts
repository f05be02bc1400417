/**
 * The rules this tab scans with: the synced bundle's when the background holds a good one
 * (R-SYNC-22), else the built-in default. A background that does not answer (waking up, or an
 * update mid-flight) must never leave the page unprotected, so any failure falls back to the default.
 */
import { DEFAULT_BUNDLE } from '@/lib/bundle/default-bundle';
import { send } from '@/lib/messaging';
import type { ActiveRules } from '@/lib/sync/protocol';

export async function loadActiveRules(timeoutMs = 3000): Promise<ActiveRules> {
  const fallback: ActiveRules = { version: DEFAULT_BUNDLE.version, vocabulary: DEFAULT_BUNDLE.vocabulary, sites: DEFAULT_BUNDLE.sites };
  const timeout = new Promise<ActiveRules>((resolve) => setTimeout(() => resolve(fallback), timeoutMs));
  const asked = send('getActiveRules', {}).catch((e: unknown) => {
    console.warn('[LiveGuard] using built-in rules:', e instanceof Error ? e.message : e);
    return fallback;
  });
  return Promise.race([asked, timeout]);
}
