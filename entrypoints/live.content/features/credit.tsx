/**
 * Credit badge and blacklist mark next to the host's name, with a detail card (R-CREDIT-13); a
 * blacklisted host raises a critical finding (R-CREDIT-14). The account id goes only to our own
 * background, which looks it up by hash prefix (R-CREDIT-15). Decisions live in lib/credit.
 */
import { signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RoomFeature } from '@/lib/room/room';
import { addLayer, setOccupied } from '@/lib/overlay/store';
import type { Rect } from '@/lib/overlay/keep-clear';
import { send } from '@/lib/messaging-content';
import type { CreditAnswer } from '@/lib/credit/protocol';
import { creditViewModel } from '@/lib/credit/view-model';
import { blacklistFinding } from '@/lib/credit/finding';
import { badgePlacement, hostNameBox, hostNameElement, samePlacement, type Placement } from '@/lib/credit/anchor';
import { CreditBadge } from '@/components/credit/CreditBadge';
import { CreditCard } from '@/components/credit/CreditCard';
import { afterNextLayout } from '../after-layout';
import { sellerView, type SellerView } from '@/lib/sites/seller-check';
import { reportCredit } from '../room-status';

const UNAVAILABLE: CreditAnswer = { status: 'unavailable', credit: null, blacklist: null, fetchedAt: null, stale: false, myComplaints: { total: 0, recent: [] } };

export const credit: RoomFeature = {
  id: 'credit',
  init(room, stop, { overlay }) {
    const answer = signal<CreditAnswer | null>(null);
    const placement = signal<Placement>({ mode: 'dock' });
    const open = signal(false);
    // R-INFO-24: the seller the room discloses, shown on the card beside the host's credit
    const seller = signal<SellerView>(sellerView(room.info, room.adapter.descriptor.platformDomains));
    let askedFor: string | null = null;
    const raised = new Set<string>();

    const ask = (hostId: string | null) => {
      if (!hostId || hostId === askedFor) return;
      askedFor = hostId;
      answer.value = null;
      reportCredit(room, null);
      open.value = false;
      send('creditForHost', { site: room.site, accountId: hostId })
        .catch(() => UNAVAILABLE)
        .then((a) => {
          if (stop.aborted || askedFor !== hostId) return;
          answer.value = a;
          reportCredit(room, a); // the popup shows the host's level too (issue 18 item 2)
          if (a.blacklist && !raised.has(hostId)) {
            raised.add(hostId);
            room.addFinding(blacklistFinding(a.blacklist, room.info.hostName));
          }
        });
    };

    const place = () => {
      const el = hostNameElement(room.adapter, document);
      const r = el ? hostNameBox(el) : null;
      const next = badgePlacement(r, { width: window.innerWidth, height: window.innerHeight });
      if (!samePlacement(next, placement.value)) placement.value = next;
    };
    // The name's box is read right after the frame's own layout (after-layout.ts): read in an
    // animation frame, before that layout, it forced a layout of the whole page while the chat
    // grew (issue 13 bench: 3.6 ms per info tick in a busy room).
    const schedule = afterNextLayout(stop, place);
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: stop });
    window.addEventListener('resize', schedule, { passive: true, signal: stop });

    room.onInfo((info) => {
      const next = sellerView(info, room.adapter.descriptor.platformDomains);
      if (JSON.stringify(next) !== JSON.stringify(seller.value)) seller.value = next;
      ask(info.hostId);
      schedule();
    });
    ask(room.info.hostId);
    place();

    const Layer = () => {
      const badgeRef = useRef<HTMLButtonElement>(null);
      const a = answer.value;
      // the badge's and the open card's boxes, for the price chip to keep clear of (keep-clear.ts);
      // read once per render of this layer (placement, answer or open changed), not per frame
      useLayoutEffect(() => {
        const badge = badgeRef.current;
        const card = badge?.parentElement?.querySelector('[data-liveguard="credit-card"]');
        setOccupied(overlay, 'credit', [badge, card].flatMap((el) => (el ? [el.getBoundingClientRect().toJSON() as Rect] : [])));
      });
      if (!a) return null;
      const model = creditViewModel(a);
      const close = () => {
        open.value = false;
        badgeRef.current?.focus();
      };
      return (
        <div class="lg-credit" data-liveguard="credit">
          <CreditBadge model={model} placement={placement.value} expanded={open.value} onToggle={() => (open.value = !open.value)} buttonRef={badgeRef} />
          {open.value && <CreditCard model={model} mine={a.myComplaints} hostName={room.info.hostName} seller={seller.value} placement={placement.value} onClose={close} />}
        </div>
      );
    };
    const removeLayer = addLayer(overlay, { id: 'credit', order: 40, Component: Layer });
    stop.addEventListener('abort', () => {
      removeLayer();
      setOccupied(overlay, 'credit', []);
    });
  },
};
