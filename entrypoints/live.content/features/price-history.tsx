/**
 * Price truth on the page (issue 19): each product card read, and each chat or title line that
 * mentions a price (a cheap prefilter, no parsing here), goes to our own background, which keeps the
 * history in IndexedDB and runs the checks (lib/price). Findings come back and join the room's; the
 * card gets a chip whose hover / focus shows the prices this browser saw. Nothing leaves the browser.
 */
import { signal } from '@preact/signals';
import type { RoomFeature, Room } from '@/lib/room/room';
import { addLayer } from '@/lib/overlay/store';
import { keepClear } from '@/lib/overlay/keep-clear';
import { send } from '@/lib/messaging-content';
import { PRICE_HINT } from '@/lib/price/hint';
import { productIdFrom } from '@/lib/price/product-key';
import { currencyIn } from '@/lib/price/money';
import type { CardSeen, ChartPoint, PriceSeen } from '@/lib/price/schema';
import { pick } from '@/lib/sites/extract';
import { PriceChart } from '@/components/price/PriceChart';
import { markElement } from '../page-marks';

const money = (n: number | null) => (n !== null && n > 0 && n <= 1e8 ? n : null);

function cardOf(room: Room): { card: CardSeen; el: Element | null } | null {
  const p = room.info.product;
  if (!p || !p.title) return null;
  const el = pick(room.adapter, document, 'productCard');
  const link = el?.querySelector('a[href]');
  const productId = el ? productIdFrom([el.getAttribute('data-product-id'), el.getAttribute('data-item-id'), link?.getAttribute('href'), el.closest('a[href]')?.getAttribute('href')]) : null;
  return { card: { title: p.title.slice(0, 500), productId, price: money(p.price), original: money(p.originalPrice), text: p.text.slice(0, 1000) }, el };
}

export const priceHistory: RoomFeature = {
  id: 'price-history',
  init(room, stop, { overlay }) {
    const chart = signal<ChartPoint[]>([]);
    const at = signal<{ left: number; top: number } | null>(null);
    const reported = new Set<string>();
    let watch = false;
    let cardEl: Element | null = null;

    const report = (said: PriceSeen['said']) => {
      const c = cardOf(room);
      if (!c) return;
      cardEl = c.el;
      send('priceSeen', { site: room.site, roomId: room.roomId, card: c.card, said }).then(
        (r) => {
          if (stop.aborted) return;
          watch = r.watch;
          chart.value = r.chart;
          place();
          for (const f of r.findings) {
            const key = `${f.messageKey}|${f.matched.text}`;
            if (reported.has(key)) continue;
            reported.add(key);
            room.addFinding(f);
            if (cardEl?.isConnected) markElement(cardEl, f);
          }
        },
        () => undefined, // the background restarting: the next read reports again
      );
    };
    // the chip sits on the card's top-left corner, read after layout (see credit.tsx: no forced layout)
    const afterLayout = new ResizeObserver(() => {
      afterLayout.unobserve(document.documentElement);
      const r = cardEl?.isConnected ? cardEl.getBoundingClientRect() : null;
      at.value = r && r.width > 0 ? { left: Math.max(0, r.left), top: Math.max(0, r.top - 22) } : null;
    });
    const place = () => afterLayout.observe(document.documentElement);
    window.addEventListener('scroll', place, { capture: true, passive: true, signal: stop });
    stop.addEventListener('abort', () => afterLayout.disconnect());

    room.onObservation((o) => {
      if (o.kind === 'product') report(null);
      else if ((o.kind === 'chat' || o.kind === 'title') && PRICE_HINT.test(o.text)) report({ source: o.kind, text: o.text.slice(0, 500), ...(o.author ? { author: o.author.slice(0, 200) } : {}) });
    });
    // a "back to ¥459 in one minute" claim is pending: the card is read again on every info tick
    room.onInfo(() => watch && report(null));

    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    // the chip's size, measured once drawn (its words differ by language); a guess before that
    const size = signal({ width: 110, height: 20 });
    const measured = (s: { width: number; height: number }) => {
      if (s.width > 0 && (s.width !== size.value.width || s.height !== size.value.height)) size.value = s;
    };
    const Layer = () => {
      // on the card's corner (or docked bottom-left), moved clear of the credit badge and card
      const want = at.value ?? { left: 16, top: window.innerHeight - 96 - size.value.height };
      const spot = keepClear({ ...want, ...size.value }, Object.values(overlay.occupied.value).flat(), { width: window.innerWidth, height: window.innerHeight });
      return <PriceChart points={chart.value} at={spot} tz={tz} sign={currencyIn(room.info.product?.text ?? '')} onMeasure={measured} />;
    };
    const removeLayer = addLayer(overlay, { id: 'price-history', order: 35, Component: Layer });
    stop.addEventListener('abort', removeLayer);
  },
};
