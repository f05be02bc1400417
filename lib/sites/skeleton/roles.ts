/**
 * What the content script took each part of the page for, for the skeleton report (issue 17):
 * the chat list (the selectors' container or the finder's list), its rows and their author and
 * text parts, the title, host and product card.
 */
import type { SiteAdapter } from '../adapter';
import { allMatches, pick } from '../extract';
import { rowParts } from '../fallback/row-shape';
import { CHAT_MARK } from '../fallback/watch-chat';
import type { SkeletonRole } from './schema';

export function skeletonRoles(adapter: SiteAdapter, doc: Document): Map<Element, SkeletonRole> {
  const roles = new Map<Element, SkeletonRole>();
  const s = adapter.descriptor.selectors;
  let rows = allMatches(doc, s.chatRow);
  const list = doc.querySelector(`[${CHAT_MARK}]`) ?? rows[0]?.parentElement ?? pick(adapter, doc, 'chatContainer');
  if (!rows.length && list) rows = [...list.children];
  if (list) roles.set(list, 'chat-list');
  for (const r of rows.slice(-200)) {
    roles.set(r, 'chat-row');
    const parts = rowParts(r);
    if (parts) {
      roles.set(parts.author, 'chat-author');
      if (parts.text) roles.set(parts.text, 'chat-text');
    }
  }
  for (const [key, role] of [['title', 'title'], ['hostName', 'host'], ['productCard', 'product']] as const) {
    const el = pick(adapter, doc, key);
    if (el) roles.set(el, role);
  }
  return roles;
}
