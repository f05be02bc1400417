/** Answers the popup's getSiteHealth for this frame's room while it runs (issue 17). */
import { handle } from '@/lib/messaging';
import type { SiteHealth } from '@/lib/sites/health';

export function serveSiteHealth(signal: AbortSignal, current: () => SiteHealth) {
  const stop = handle({ getSiteHealth: async () => current() });
  signal.addEventListener('abort', stop);
}
