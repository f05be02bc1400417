/** Kuaishou web live (sites.md §2): plain class names in chat; room info only in SSR JSON. */
import type { SiteAdapter } from '../adapter';
import type { AdapterCode } from '../define-adapter';
import { readAssignedJson } from '../page-state';
import { parseCount } from '../parse-numbers';
import { readChatRow } from '../extract';
import { elementText } from '../text';
import { kuaishouRoomState } from './kuaishou-state';

export const kuaishouCode: AdapterCode = {
  roomFromPage(doc) {
    const room = kuaishouRoomState(readAssignedJson(doc, 'window.__INITIAL_STATE__='));
    if (!room) return {};
    return { title: room.liveStream?.caption || null, hostName: room.author?.name || null, viewers: parseCount(String(room.watchingCount ?? '')) };
  },
  readChatRow(this: SiteAdapter, row: Element) {
    // gift and like rows sit in the same .comment-cell as chat (sites.md §2, [S8]): not chat to scan
    if (row.querySelector('.gift-comment, .like')) return { id: '', text: elementText(row), kind: 'gift' };
    // `this`: the adapter with the bundle's selector overrides applied (registry.adapterForUrl)
    return readChatRow({ ...this, readChatRow: undefined }, row);
  },
};
