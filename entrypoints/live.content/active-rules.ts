/**
 * The rules this tab scans with (R-SYNC-22): the background answers with the synced bundle's, or
 * with the built-in default it holds before the first sync and offline, together with the model
 * and fold table the scanner needs and how to read the room's site (issue 13: the content script
 * bundles no rules and no selectors of its own).
 * A background that does not answer yet (a service worker waking up, an update mid-flight) is
 * asked again with a growing pause until it does: the room starts scanning on the first answer.
 */
import { send } from '@/lib/messaging-content';
import type { ActiveRules } from '@/lib/sync/protocol';
import type { SiteId } from '@/lib/model';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;

/** `site`: the room's site, whose reading (selectors, id pattern) comes with the rules */
export async function loadActiveRules(site: SiteId, timeoutMs = 3000, signal?: AbortSignal): Promise<ActiveRules> {
  for (let pause = FIRST_RETRY_MS; ; pause = Math.min(pause * 2, MAX_RETRY_MS)) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    const asked = send('getActiveRules', { site }).catch((e: unknown) => {
      console.warn('[LiveGuard] rules not available yet:', e instanceof Error ? e.message : e);
      return null;
    });
    const rules = await Promise.race([asked, timeout]);
    clearTimeout(timer);
    if (rules) return rules;
    if (signal?.aborted) throw new Error('aborted');
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
