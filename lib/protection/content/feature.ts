/**
 * Protection mode wired to a watched room (R-MINOR-10/12): tipping, gift-leaderboard and buy
 * selectors come from the site adapter (overridable by the rule bundle), findings from the
 * scanner and features feed the content gate, and host identity is read when a report is made.
 */
import { send } from '../../messaging';
import type { Room } from '../../room/room';
import { startProtection, type Guard } from './guard';
import { PIN_FRAME_PATH } from './pin-frame';

export function initProtection(room: Room, signal: AbortSignal): Guard {
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
    { pinFrameUrl: browser.runtime.getURL(PIN_FRAME_PATH) },
  );
  const seen = room.recentFindings.toArray();
  if (seen.length) guard.setCategories(seen.map((t) => t.finding.category));
  room.onFinding((f) => guard.setCategories([f.category]));
  return guard;
}
