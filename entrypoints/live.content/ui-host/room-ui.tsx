/**
 * The room's one UI host (issue 14, issue 16 item 1): overlay, protection layer, credit badge and
 * card all render as layers of one Preact tree in one shadow root. The root is CLOSED, so page
 * scripts can neither read nor reach it; untrusted events are dropped at its boundary; and the
 * host is put back when the page removes, hides or covers it. It hangs off <html>, outside <body>,
 * so a protection gate that hides the body leaves it visible.
 */
import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import type { OverlayStore } from '@/lib/overlay/store';
import type { OverlayController } from '@/lib/overlay/controller';
import type { HostProblem } from '@/lib/overlay/host-health';
import type { SiteId } from '@/lib/model';
import type { Corner } from '@/lib/overlay/placement';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { uiLang } from '@/lib/i18n';
// the protection layer's styles join overlay.css in content-scripts/live.css, which loadUiCss reads
import '@/components/protection/layer.css';
import { ignoreUntrusted } from './ignore-untrusted';
import { keepHost } from './keep-host';
import { createShadowHost, loadUiCss } from './shadow-host';

/**
 * Closed for everyone. The TEST build (LIVEGUARD_TEST_BUILD=1, its own output folder) opens it so
 * the behaviour specs can keep their Playwright locators; the hostile-page spec runs the release
 * build and proves the page gets nothing (tests/e2e/hostile-page.spec.ts).
 */
export const SHADOW_MODE: ShadowRootMode = __LG_TEST_BUILD__ ? 'open' : 'closed';

export interface RoomUi {
  /** times the page removed, hid or covered the host and we put it back */
  repairs: () => number;
  lastRepair: () => HostProblem[];
  attached: () => boolean;
}

export async function mountRoomUi(
  ctx: ContentScriptContext,
  init: { site: SiteId; store: OverlayStore; controller: OverlayController; virtualHost: boolean; placePopups?: (stackHeight: number) => Corner },
  signal: AbortSignal,
): Promise<RoomUi | null> {
  let repairs = 0;
  let last: HostProblem[] = [];
  const css = await loadUiCss();
  if (signal.aborted) return null;
  // max: with equal z-indexes the later element paints on top, and we keep ours last (keep-host)
  const { host, shadow, container } = createShadowHost(SHADOW_MODE, css, 2147483647);
  container.setAttribute('data-liveguard', 'overlay');
  container.setAttribute('lang', uiLang()); // the overlay speaks the UI's language inside the page's (issue 18 item 6)
  container.setAttribute('data-liveguard-site', init.site);
  document.documentElement.append(host);
  const App = () => (
    <OverlayApp
      store={init.store}
      controller={init.controller}
      virtualHost={init.virtualHost}
      placePopups={init.placePopups}
      onLeave={() => (history.length > 1 ? history.back() : location.assign('about:blank'))}
    />
  );
  render(<App />, container);
  ignoreUntrusted(shadow, signal);
  keepHost(host, shadow, signal, (p) => {
    repairs++;
    last = p;
  });
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    render(null, container);
    host.remove();
  };
  signal.addEventListener('abort', remove);
  ctx.onInvalidated(remove);
  return { repairs: () => repairs, lastRepair: () => last, attached: () => host.isConnected };
}
