/**
 * Where the badge goes (R-CREDIT-13): right of the host's name as the adapter finds it
 * (descriptor.selectors.hostName), in viewport coordinates for the overlay's fixed layer. When
 * the name is not on screen (hidden, scrolled away, not rendered) the badge docks top-left.
 */
import type { SiteAdapter } from '../sites/adapter';
import { pick } from '../sites/extract';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
export type Placement = { mode: 'anchored'; left: number; top: number } | { mode: 'dock' };

export const BADGE_BOX = { width: 200, height: 26, gap: 8, margin: 4 };

export function hostNameElement(adapter: SiteAdapter, doc: Document): Element | null {
  return pick(adapter, doc, 'hostName');
}

/**
 * The box of the name's TEXT, not of its element: on Twitch and TikTok the name is a block-level
 * h1 as wide as the page, and the badge belongs after the words, not at the far edge.
 */
export function hostNameBox(el: Element): Box {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const text = range.getBoundingClientRect();
  range.detach();
  return text.width > 0 && text.height > 0 ? text : el.getBoundingClientRect();
}

export function badgePlacement(rect: Box | null, viewport: { width: number; height: number }, badge = BADGE_BOX): Placement {
  if (!rect || rect.width <= 0 || rect.height <= 0) return { mode: 'dock' };
  if (rect.bottom <= 0 || rect.top >= viewport.height || rect.right <= 0 || rect.left >= viewport.width) return { mode: 'dock' };
  const left = Math.max(badge.margin, Math.min(rect.right + badge.gap, viewport.width - badge.width - badge.margin));
  const top = Math.max(badge.margin, Math.min(rect.top + (rect.height - badge.height) / 2, viewport.height - badge.height - badge.margin));
  return { mode: 'anchored', left: Math.round(left), top: Math.round(top) };
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return a.mode === b.mode && (a.mode === 'dock' || (b.mode === 'anchored' && a.left === b.left && a.top === b.top));
}
