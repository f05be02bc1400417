/**
 * Content-script side of protection mode (R-MINOR-10/12) for one room: asks the background for
 * decisions, sends time ticks, shows the gate/countdown layer, hides tipping and unsuitable buy
 * buttons and pauses media behind a gate. The PIN is typed into an extension frame that talks to
 * the background itself: neither the PIN nor its hash passes through here. Everything it starts
 * dies with `signal`.
 */
import { render } from 'preact';
import { ProtectionLayer } from '@/components/protection/ProtectionLayer';
import { LAYER_CSS } from '@/components/protection/layer-css';
import type { MessageType, RequestOf, ResponseOf } from '../../messaging';
import type { SiteId } from '../../model';
import type { Category } from '../../taxonomy';
import { TICK_INTERVAL_MS } from '../budget';
import type { Decision } from '../decide';
import { holdMedia } from './media';
import { GATE_CSS, GATED_CLASS, HOST_TAG, hidingCss } from './page-style';
import { PIN_FRAME_DONE, pinFrameHash } from './pin-frame';

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
  now?: () => number;
}

export function startProtection(room: GuardRoom, signal: AbortSignal, send: Send, opts: GuardOptions): Guard {
  const now = opts.now ?? Date.now;
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-liveguard', 'protection');
  const shadow = host.attachShadow({ mode: 'open' });
  const css = document.createElement('style');
  css.textContent = LAYER_CSS;
  const mount = document.createElement('div');
  shadow.append(css, mount);
  const pageStyle = document.createElement('style');
  pageStyle.setAttribute('data-liveguard', 'protection-style');
  // Outside <body>, so hiding the body behind a gate does not hide the gate.
  document.documentElement.append(host);
  (document.head ?? document.documentElement).append(pageStyle);

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
    render(<ProtectionLayer decision={decision} remainingMs={remainingNow()} pinFrameSrc={pinFrameSrc} reported={reported} onReport={report} />, mount);
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
  const tick = () => send('protection:tick', { ...ctx(), active: visible() }).then(apply, () => undefined);

  async function report() {
    const url = location.href.startsWith('https://') ? location.href.slice(0, 2000) : undefined;
    const host = room.host?.() ?? {};
    await send('protection:reportMinorHost', { site: room.site, roomId: room.roomId, hostName: host.name?.slice(0, 200), hostId: host.id?.slice(0, 200), url });
    reported = true;
    draw();
  }

  // Put our layer, stylesheet and gate class back if the page removes them.
  const observer = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
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
    render(null, mount);
    host.remove();
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
