import { render } from 'preact';
import { LIVE_SITE_MATCHES } from '@/lib/sites/match-patterns';
import { Overlay } from '@/components/Overlay';
import './overlay.css';
import { initProtection } from '@/lib/protection/content/feature';
import { roomFromUrl } from '@/lib/protection/content/room-from-url';

// One content script for every supported site (design.md): pick adapter → watch → scan → render.
export default defineContentScript({
  matches: [...LIVE_SITE_MATCHES],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'liveguard-overlay',
      position: 'overlay',
      zIndex: 2147483646,
      onMount(container) {
        container.setAttribute('data-liveguard', 'overlay');
        render(<Overlay findings={[]} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    // Guardian protection mode (R-MINOR-10/12); to be fed by the site adapter's room once it lands.
    const room = roomFromUrl(location.href);
    if (room) initProtection(room, ctx.signal);
  },
});
