/**
 * Where a guardian asks each platform for a refund of a minor's tips, gifts and recharges (issue
 * 24), one entry per site descriptor. Data only, and NOT imported by the content script (the
 * options page's refund helper reads it). Each entry says where it was found (`sources`, found with
 * a search of public pages in issue 24's session); `url` is set only when an official page was
 * found, otherwise null and `confirmed` false, and the helper says so instead of guessing an
 * address. The wording shown to the guardian is in locales/guardian.json (refundChannel_<site>).
 * Re-check these before relying on them: platforms move their menus.
 */
export interface MinorRefundChannel {
  /** an official page of the platform for this request, when one was found */
  url: string | null;
  /** true only when `url` is the platform's own page describing this channel */
  confirmed: boolean;
  /** where the channel (or its absence) was found */
  sources: string[];
}

// one entry per site id (a unit test compares the keys with SITE_IDS)
export const MINOR_REFUND_CHANNELS = {
  // In-app: 我 → 钱包 → 未成年人退款 (guardian's details, the recharge records, an agreement).
  // Found only in third-party guides; no page of Douyin's own was found.
  douyin: { url: null, confirmed: false, sources: ['http://xyrl.com/com/jinheymz/news/itemid-1441804.html', 'https://265xx.com/w427/310911.html', 'http://futurio.cn/460.html'] },
  // Third-party guides name the in-app customer service and disagree on the menu path.
  kuaishou: { url: null, confirmed: false, sources: ['https://youmingwl.com/1430.html', 'http://kss.dianzilajihs.com/ks/1432.html'] },
  // No source found for a minors' channel on Taobao Live.
  taobao: { url: null, confirmed: false, sources: [] },
  // Third-party pages describe bilibili's purchase limits for minors, not a refund channel.
  bilibili: { url: null, confirmed: false, sources: ['http://www.hcyzcn.com/page/20251209-881.tml?id=2025120948185.scm'] },
  // Third-party guides: coins bought in the app are refunded by the app store (Apple, Google) that sold them.
  tiktok: { url: null, confirmed: false, sources: ['https://www.clrn.org/how-to-refund-tiktok-coins', 'https://visualfoodie.com/understanding-the-official-tiktok-coin-refund-policy'] },
  // Google's own help page: unrecognised YouTube charges, including a child's, within 120 days.
  youtube: { url: 'https://support.google.com/youtube/answer/9545212', confirmed: true, sources: ['https://support.google.com/youtube/answer/9545212'] },
  // Twitch's Terms of Sale (quoted by a third party): Bits are not refunded except for technical
  // issues, suspected fraud, or where the law requires. Twitch's own page was not found here.
  twitch: { url: null, confirmed: false, sources: ['https://frenchbalut.com/knowledge-base/refund/'] },
} satisfies Record<string, MinorRefundChannel>;
