/**
 * An adapter from a site's descriptor (issue 17): room id, host id from the URL and chat-only
 * frames come from the descriptor's data; `code` adds only what cannot be data (row quirks,
 * server-rendered state).
 */
import type { SiteAdapter } from './adapter';
import type { SiteDescriptor } from './descriptor';
import { roomIdFromRules } from './room-rule';

/** a site's page-reading code beyond its descriptor's data (lib/sites/adapters/<site>.ts) */
export type AdapterCode = Pick<SiteAdapter, 'readChatRow' | 'roomFromPage'>;

export function defineAdapter(d: SiteDescriptor, code: AdapterCode = {}): SiteAdapter {
  const roomId = (url: URL) => roomIdFromRules(d.rooms, d.hosts, url);
  const { hostIdFromUrl: hostRule, chatFrame } = d.quirks;
  const adapter: SiteAdapter = { descriptor: d, roomId, ...code };
  if (hostRule === 'room') adapter.hostIdFromUrl = roomId;
  else if (hostRule) {
    const re = new RegExp(hostRule);
    adapter.hostIdFromUrl = (url) => url.pathname.match(re)?.[1] ?? null;
  }
  if (chatFrame) adapter.isChatFrame = (url) => url.pathname.startsWith(chatFrame);
  return adapter;
}
