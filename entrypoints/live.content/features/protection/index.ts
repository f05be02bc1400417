/**
 * Guardian protection mode on a room (R-MINOR-10/12): tipping, gift-leaderboard and buy selectors
 * come from the site adapter (overridable by the rule bundle), the room's findings feed the content
 * gate, host identity is read when a report is made. The rules live in lib/protection (pure) and
 * the background; this folder is the page glue.
 */
import type { RoomFeature } from '@/lib/room/room';
import { send } from '@/lib/messaging-content';
import { PIN_FRAME_PATH } from '@/lib/protection/pin-frame-link';
import { startProtection } from './guard';

export const protection: RoomFeature = {
  id: 'protection',
  init(room, signal, { overlay }) {
    const sel = room.adapter.descriptor.selectors;
    const guard = startProtection(
      {
        site: room.site,
        roomId: room.roomId,
        host: () => ({ name: room.info.hostName ?? undefined, id: room.info.hostId ?? undefined }),
        tippingSelectors: [...sel.tipButtons, ...sel.giftLeaderboards],
        buySelectors: sel.buyButtons,
      },
      signal,
      send,
      { pinFrameUrl: browser.runtime.getURL(PIN_FRAME_PATH), overlay },
    );
    const seen = room.recentFindings.toArray();
    if (seen.length) guard.setCategories(seen.map((t) => t.finding.category));
    room.onFinding((f) => guard.setCategories([f.category]));
  },
};
