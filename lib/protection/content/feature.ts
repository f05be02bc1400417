/**
 * Protection mode as a content-script feature (design.md: one feature, one file, `init(room, signal)`).
 * Adds the built-in tipping/buy selectors to whatever the site adapter supplies.
 */
import { send } from '../../messaging';
import type { SiteId } from '../../model';
import { startProtection, type Guard } from './guard';
import { PIN_FRAME_PATH } from './pin-frame';
import { DEFAULT_BUY_SELECTORS, DEFAULT_TIPPING_SELECTORS } from './tipping-selectors';

export interface ProtectionRoom {
  site: SiteId;
  roomId: string;
  hostName?: string;
  hostId?: string;
  tippingSelectors?: string[];
  buySelectors?: string[];
}

export function initProtection(room: ProtectionRoom, signal: AbortSignal): Guard {
  return startProtection(
    {
      ...room,
      tippingSelectors: [...DEFAULT_TIPPING_SELECTORS[room.site], ...(room.tippingSelectors ?? [])],
      buySelectors: [...DEFAULT_BUY_SELECTORS[room.site], ...(room.buySelectors ?? [])],
    },
    signal,
    send,
    { pinFrameUrl: browser.runtime.getURL(PIN_FRAME_PATH) },
  );
}
