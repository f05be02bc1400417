/**
 * Who really sells (R-INFO-24): a product card whose shop differs from the host gets a notice — a
 * mark on the card and a row in the findings panel, never a pop-up — once per shop and host in the
 * room. What the room discloses is shown on the credit card (features/credit.tsx); the decision
 * is pure (lib/sites/seller-check.ts).
 */
import type { RoomFeature } from '@/lib/room/room';
import type { RoomInfo } from '@/lib/sites/extract';
import { pick } from '@/lib/sites/extract';
import { sameSeller, sellerDiffersFinding } from '@/lib/sites/seller-check';
import { t } from '@/lib/i18n';
import { markElement } from '../page-marks';

export const seller: RoomFeature = {
  id: 'seller',
  init(room, stop) {
    const raised = new Set<string>();
    const check = (info: RoomInfo) => {
      const shop = info.product?.seller;
      const host = info.hostName;
      if (stop.aborted || !shop || !host || sameSeller(shop, host)) return;
      const key = `${shop}\u0000${host}`;
      if (raised.has(key)) return;
      raised.add(key);
      const f = sellerDiffersFinding(shop, host, info.product?.text ?? '');
      room.addFinding(f);
      const card = pick(room.adapter, document, 'productCard');
      if (card) markElement(card, f, t('sellerDiffersCat'));
    };
    room.onInfo(check);
    check(room.info);
  },
};
