/**
 * Tip, gift and recharge buttons and gift/bits leaderboards per site (R-MINOR-10; the 2022 opinions
 * on livestream tipping and minors). These are the built-in defaults; the site adapter's own
 * `tipping` selectors (overridable by the rule bundle) are added to them. Only selectors with a
 * source are listed; a site without any relies on its adapter.
 */
import type { SiteId } from '../../model';

export const DEFAULT_TIPPING_SELECTORS: Record<SiteId, string[]> = {
  // sites.md §Douyin: #GiftTrayLayout is the gift tray [S5]; .aqK_4_5U the hashed gift bar [S1]
  douyin: ['#GiftTrayLayout', '.aqK_4_5U'],
  kuaishou: [],
  taobao: [],
  bilibili: [],
  tiktok: [],
  youtube: [],
  // data-a-target hooks are Twitch's stable test ids (as used by public Twitch clean-up styles)
  twitch: [
    'button[data-a-target="top-nav-get-bits-button"]',
    'button[data-a-target="bits-button"]',
    'button[data-a-target="gift-button"]',
    'button[aria-label="Cheer"]',
    '.channel-leaderboard-header-rotating__users',
    '.channel-leaderboard-header-first-entry',
    '.channel-leaderboard-header-runner-up-entry',
  ],
};

/** Buy buttons on product cards (hidden when the room has gated findings). */
export const DEFAULT_BUY_SELECTORS: Record<SiteId, string[]> = {
  // sites.md §Douyin: the explained-product card #EcmoCardLayout and the cart button
  douyin: ['#EcmoCardLayout button', '[data-e2e="yellowCart-container"]'],
  kuaishou: [],
  taobao: [],
  bilibili: [],
  tiktok: [],
  youtube: [],
  twitch: [],
};
