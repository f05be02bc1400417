/**
 * The seven fixture rooms (demo/sites, also opened by `npm start -- <site>`) with the findings each must show, shared by the
 * Chromium (Playwright) and Firefox (puppeteer) site tests. URLs are the real sites' own.
 */
export interface SiteRoom {
  site: string;
  url: string;
  /** URL prefix → fixture file; every other request is blocked */
  pages: Record<string, string>;
  /** the frame whose overlay shows the chat's findings (YouTube: the live_chat iframe) */
  chatFrame?: RegExp;
  /** page element holding the room title; its absolute term gets a notice mark */
  title: string;
  /** the product card veiled by the minor reminder, where the site has cards */
  product?: string;
  warning: { category: string; text: RegExp };
  critical: { category: string; text: string };
  minor: string;
  /** chat rows, and how to write one (for re-render and navigation tests) */
  row: string;
  rowText: string;
  rowAuthor?: string;
  /** attributes carrying the message id / text that a copy of a row must change */
  idAttr?: string;
  textAttr?: string;
  authorAttr?: string;
}

export const SITE_ROOMS: SiteRoom[] = [
  {
    site: 'douyin',
    url: 'https://live.douyin.com/880088000',
    pages: { 'https://live.douyin.com/': 'douyin.html' },
    title: '[data-e2e="live-room-title"]',
    product: '#EcmoCardLayout',
    warning: { category: 'off_platform', text: /138 1234 5678/ },
    critical: { category: 'prohibited_goods', text: '电子烟' },
    minor: '白酒',
    row: '.webcast-chatroom___item',
    rowText: '.webcast-chatroom___content-with-emoji-text',
    rowAuthor: '.u2QdU6ht',
    idAttr: 'data-id',
  },
  {
    site: 'kuaishou',
    url: 'https://live.kuaishou.com/u/3xfactory88',
    pages: { 'https://live.kuaishou.com/': 'kuaishou.html' },
    title: '.live-title',
    product: '.goods-card',
    warning: { category: 'off_platform', text: /V 信 ks889900/ },
    critical: { category: 'prohibited_goods', text: '管制刀具' },
    minor: '白酒',
    row: '.comment-cell',
    rowText: '.comment',
    rowAuthor: '.username',
  },
  {
    site: 'taobao',
    url: 'https://tbzb.taobao.com/live?liveId=5566778899',
    pages: { 'https://tbzb.taobao.com/': 'taobao.html' },
    title: '[class*="liveTitle--"]',
    product: '[class*="goodsCard--"]',
    warning: { category: 'counterfeit', text: /仿大牌/ },
    critical: { category: 'prohibited_goods', text: '电子烟' },
    minor: '白酒',
    row: '#liveComment [class*="itemWrap--"]',
    rowText: '[class*="content--"]',
    rowAuthor: '[class*="authorTitle--"]',
  },
  {
    site: 'bilibili',
    url: 'https://live.bilibili.com/21452505',
    pages: { 'https://live.bilibili.com/': 'bilibili.html' },
    title: '.live-skin-main-text.small-title',
    product: '.shopping-cart-card',
    warning: { category: 'off_platform', text: /扣扣 12345678/ },
    critical: { category: 'prohibited_goods', text: '管制刀具' },
    minor: '白酒',
    row: '.chat-item.danmaku-item',
    rowText: '.danmaku-item-right',
    rowAuthor: '.user-name',
    idAttr: 'data-id_str',
    textAttr: 'data-danmaku',
    authorAttr: 'data-uname',
  },
  {
    site: 'tiktok',
    url: 'https://www.tiktok.com/@glowshop/live',
    pages: { 'https://www.tiktok.com/': 'tiktok.html' },
    title: '[data-e2e="user-profile-live-title"]',
    product: '[data-e2e="live-product-card"]',
    warning: { category: 'off_platform', text: /cash app|dm me/ },
    critical: { category: 'prohibited_goods', text: 'vape juice' },
    minor: 'whisky',
    row: '[data-e2e="chat-message"]',
    rowText: '.live-shared-ui-chat-list-chat-message-comment',
    rowAuthor: '[data-e2e="message-owner-name"]',
  },
  {
    site: 'twitch',
    url: 'https://www.twitch.tv/somechannel',
    pages: { 'https://www.twitch.tv/': 'twitch.html' },
    title: '[data-a-target="stream-title"]',
    warning: { category: 'off_platform', text: /link in bio/ },
    critical: { category: 'prohibited_goods', text: 'vape juice' },
    minor: 'whisky',
    row: '.chat-line__message',
    rowText: '[data-a-target="chat-message-text"]',
    rowAuthor: '[data-a-target="chat-message-username"]',
  },
  {
    site: 'youtube',
    url: 'https://www.youtube.com/watch?v=abcdefghijk',
    pages: { 'https://www.youtube.com/watch': 'youtube-watch.html', 'https://www.youtube.com/live_chat': 'youtube-chat.html' },
    chatFrame: /\/live_chat\?/,
    title: 'h1.ytd-watch-metadata yt-formatted-string',
    warning: { category: 'gambling_fraud', text: /You have won|claim your prize/ },
    critical: { category: 'prohibited_goods', text: 'vape juice' },
    minor: 'whisky',
    row: 'yt-live-chat-text-message-renderer',
    rowText: '#message',
    rowAuthor: '#author-name',
    idAttr: 'id',
  },
];

export interface NewRow {
  text: string;
  author: string;
  id: string;
}

/**
 * Runs IN THE PAGE: append a copy of the last chat row with new text, author and id, written with
 * textContent (the page's own markup is copied, never parsed from a string). `reinsert` instead
 * removes the row holding `text` and puts an identical copy back, as a virtualised list does.
 */
export function writeRow(args: { room: Pick<SiteRoom, 'row' | 'rowText' | 'rowAuthor' | 'idAttr' | 'textAttr' | 'authorAttr'>; row?: NewRow; reinsert?: string }) {
  const { room, row, reinsert } = args;
  const rows = [...document.querySelectorAll(room.row)];
  if (reinsert !== undefined) {
    const old = rows.find((r) => r.querySelector(room.rowText)?.textContent?.includes(reinsert));
    if (!old) throw new Error(`no row with ${reinsert}`);
    const copy = old.cloneNode(true) as Element;
    for (const a of ['data-liveguard-mark', 'data-liveguard-mark-severity', 'data-liveguard-label']) copy.removeAttribute(a);
    const parent = old.parentElement!;
    old.remove();
    parent.appendChild(copy);
    return;
  }
  if (!row) return;
  const last = rows[rows.length - 1];
  const copy = last.cloneNode(true) as Element;
  for (const a of ['data-liveguard-mark', 'data-liveguard-mark-severity', 'data-liveguard-label']) copy.removeAttribute(a);
  copy.querySelector(room.rowText)!.textContent = row.text;
  if (room.rowAuthor) {
    const author = copy.querySelector(room.rowAuthor)!;
    // keep nested badge elements (YouTube's #chip-badges): replace only the name's own text
    const own = [...author.childNodes].find((n) => n.nodeType === 3);
    const name = /[：:]\s*$/.test(author.textContent ?? '') ? `${row.author}：` : row.author;
    if (own) own.nodeValue = name;
    else author.prepend(name);
  }
  if (room.idAttr) copy.setAttribute(room.idAttr, row.id);
  if (room.textAttr) copy.setAttribute(room.textAttr, row.text);
  if (room.authorAttr) copy.setAttribute(room.authorAttr, row.author);
  last.parentElement!.appendChild(copy);
}
