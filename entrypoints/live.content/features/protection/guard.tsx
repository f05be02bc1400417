/**
 * Content-script side of protection mode (R-MINOR-10/12) for one room: asks the background for
 * decisions (it alone holds the state and the PIN record), sends time ticks, shows the
 * gate/countdown as a layer of the room's one UI host (ui-host/room-ui.tsx), hides tipping and
 * unsuitable buy buttons and pauses media behind a gate. The PIN is typed into an extension frame
 * that talks to the background itself: neither the PIN nor its hash passes through here.
 * Everything it starts dies with `signal`.
 */
import { signal as preactSignal } from '@preact/signals';
import { ProtectionLayer } from '@/components/protection/ProtectionLayer';
import type { MessageType, RequestOf, ResponseOf } from '@/lib/messaging';
import type { SiteId } from '@/lib/model';
import type { Category } from '@/lib/taxonomy';
import { TICK_INTERVAL_MS } from '@/lib/protection/tick';
import type { Decision } from '@/lib/protection/decide';
import { PIN_FRAME_DONE, pinFrameHash } from '@/lib/protection/pin-frame-link';
import { addLayer, type OverlayStore } from '@/lib/overlay/store';
import { holdMedia } from './media';
import { GATE_CSS, GATED_CLASS, hidingCss } from './page-style';

export interface GuardRoom {
  site: SiteId;
  roomId: string;
  /** the host's identity as the page shows it now (read when a report is made) */
  host?: () => { name?: string; id?: string };
  /** tip, gift, recharge buttons and gift leaderboards (from the site adapter) */
  tippingSelectors: string[];
  /** buy buttons on product cards (hidden when the room has gated findings) */
  buySelectors: string[];
}
export type Send = <K extends MessageType>(type: K, data: RequestOf<K>) => Promise<ResponseOf<K>>;

export interface Guard {
  /** categories of the findings on this room so far (the scanner feeds them in) */
  setCategories(categories: Category[]): void;
  refresh(): Promise<void>;
}

export interface GuardOptions {
  /** the extension's PIN frame page (runtime.getURL of PIN_FRAME_PATH) */
  pinFrameUrl: string;
  /** the room's overlay store: the protection layer renders in the room's one UI host */
  overlay: OverlayStore;
  now?: () => number;
}

export function startProtection(room: GuardRoom, signal: AbortSignal, send: Send, opts: GuardOptions): Guard {
  const now = opts.now ?? Date.now;
  const pageStyle = document.createElement('style');
  pageStyle.setAttribute('data-liveguard', 'protection-style');
  (document.head ?? document.documentElement).append(pageStyle);
  const view = preactSignal<Parameters<typeof ProtectionLayer>[0] | null>(null);
  const Layer = () => (view.value ? <ProtectionLayer {...view.value} /> : null);
  const removeLayer = addLayer(opts.overlay, { id: 'protection', order: 60, Component: Layer });

  let decision: Decision | null = null;
  let categories: Category[] = [];
  let reported = false;
  let remaining: { ms: number; at: number } | null = null;
  let releaseMedia: (() => void) | null = null;
  let shownGate: string | null = null;
  let pinFrameSrc = opts.pinFrameUrl;
  const ctx = () => ({ site: room.site, roomId: room.roomId, categories, contentKey: `${room.site}:${room.roomId}` });
  const visible = () => document.visibilityState === 'visible';

  function remainingNow(): number | null {
    return remaining ? Math.max(0, remaining.ms - (visible() ? now() - remaining.at : 0)) : null;
  }

  function draw() {
    if (signal.aborted) return;
    view.value = { decision, remainingMs: remainingNow(), pinFrameSrc, reported, onReport: () => void report() };
  }

  function apply(d: Decision) {
    if (signal.aborted) return;
    decision = d;
    const unsuitable = categories.some((c) => d.gatedCategories.includes(c));
    pageStyle.textContent = (d.hideTipping ? hidingCss(room.tippingSelectors) : '') + (d.hideUnsuitableBuy && unsuitable ? hidingCss(room.buySelectors) : '') + GATE_CSS;
    document.documentElement.classList.toggle(GATED_CLASS, d.gate !== null);
    if (d.gate && !releaseMedia) releaseMedia = holdMedia(signal);
    if (!d.gate && releaseMedia) {
      releaseMedia();
      releaseMedia = null;
    }
    if (d.gate && shownGate !== d.gate) {
      void send('protection:gateShown', { gate: d.gate, site: room.site, roomId: room.roomId }).catch(() => undefined);
      // fixed per gate so re-renders do not reload the frame
      pinFrameSrc = opts.pinFrameUrl + pinFrameHash({ ...ctx(), gate: d.gate });
    }
    shownGate = d.gate;
    remaining = d.remainingMs === null ? null : { ms: d.remainingMs, at: now() };
    draw();
  }

  const refresh = () => send('protection:status', ctx()).then(apply, () => undefined);
  // issue 24: the host's name and how many tip/recharge controls the page shows, for the guardian's
  // own record of rooms (kept in the background, used only for a refund request the guardian prints)
  const tipCount = () => (room.tippingSelectors.length ? Math.min(999, document.querySelectorAll(room.tippingSelectors.join(',')).length) : 0);
  const tick = () => send('protection:tick', { ...ctx(), active: visible(), hostName: room.host?.().name?.slice(0, 200), tipButtons: tipCount() }).then(apply, () => undefined);

  async function report() {
    const url = location.href.startsWith('https://') ? location.href.slice(0, 2000) : undefined;
    const host = room.host?.() ?? {};
    await send('protection:reportMinorHost', { site: room.site, roomId: room.roomId, hostName: host.name?.slice(0, 200), hostId: host.id?.slice(0, 200), url });
    reported = true;
    draw();
  }

  // Put our stylesheet and gate class back if the page removes them (the UI host keeps itself).
  const observer = new MutationObserver(() => {
    if (!pageStyle.isConnected) (document.head ?? document.documentElement).append(pageStyle);
    if (decision?.gate && !document.documentElement.classList.contains(GATED_CLASS)) document.documentElement.classList.add(GATED_CLASS);
  });
  observer.observe(document.documentElement, { childList: true, attributes: true, attributeFilter: ['class'] });
  if (document.head) observer.observe(document.head, { childList: true });

  let zeroSent = false;
  let curfewAsked: number | null = null;
  const tickTimer = setInterval(tick, TICK_INTERVAL_MS);
  const secondTimer = setInterval(() => {
    const r = remainingNow();
    if (decision?.active && r !== null && !decision.gate) {
      draw();
      if (r === 0 && !zeroSent) {
        zeroSent = true;
        void tick();
      }
      if (r > 0) zeroSent = false;
    }
    // a curfew that starts between ticks (once per start time)
    if (decision?.curfewStartsAt && now() >= decision.curfewStartsAt && !decision.gate && curfewAsked !== decision.curfewStartsAt) {
      curfewAsked = decision.curfewStartsAt;
      void refresh();
    }
  }, 1000);
  document.addEventListener('visibilitychange', () => void tick(), { signal });
  // The PIN frame says "check again" after a PIN; anyone could post that, so it only triggers a
  // (throttled) status request — the background alone decides whether the gate opens.
  let askPending = false;
  window.addEventListener(
    'message',
    (e) => {
      if ((e.data as { liveguard?: unknown } | null)?.liveguard !== PIN_FRAME_DONE || askPending) return;
      askPending = true; // a burst of messages makes one request, and the last one is never dropped
      setTimeout(() => {
        askPending = false;
        void refresh();
      }, 100);
    },
    { signal },
  );

  signal.addEventListener('abort', () => {
    clearInterval(tickTimer);
    clearInterval(secondTimer);
    observer.disconnect();
    releaseMedia?.();
    removeLayer();
    pageStyle.remove();
    document.documentElement.classList.remove(GATED_CLASS);
  });

  draw();
  void tick();
  return {
    setCategories(c) {
      const next = [...new Set([...categories, ...c])];
      if (next.length === categories.length) return;
      categories = next;
      void refresh();
    },
    refresh,
  };
}
