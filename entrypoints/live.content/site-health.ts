/** Answers the popup's site messages for this frame's room while it runs (issue 17). */
import { handleInContent } from '@/lib/messaging-content';
import type { SiteHealth } from '@/lib/sites/health';
import type { SiteAdapter } from '@/lib/sites/adapter';
import { buildSkeleton } from '@/lib/sites/skeleton/build';
import { skeletonRoles } from '@/lib/sites/skeleton/roles';

export function serveSiteHealth(signal: AbortSignal, adapter: SiteAdapter, current: () => SiteHealth) {
  handleInContent(
    {
      getSiteHealth: async () => current(),
      // built only when the viewer asks; nothing of the page's text or links goes in (skeleton/build.ts)
      getSkeleton: async () => buildSkeleton(document, adapter.descriptor.id, skeletonRoles(adapter, document)),
    },
    signal,
  );
}
