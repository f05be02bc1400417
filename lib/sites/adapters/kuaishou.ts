/** Kuaishou web live (sites.md §2): plain class names in chat; room info only in SSR JSON. */
import { z } from 'zod';
import type { SiteAdapter } from '../adapter';
import { defineAdapter } from '../define-adapter';
import { kuaishouSite } from '../descriptors/kuaishou';
import { readAssignedJson } from '../page-state';
import { parseCount } from '../parse-numbers';
import { readChatRow } from '../extract';
import { elementText } from '../text';

/** the part of Kuaishou's server-rendered state that names the room (sites.md §2, [S18] get_kuaishou_stream_data) */
const InitialState = z.object({
  liveroom: z.object({
    playList: z
      .array(
        z.object({
          liveStream: z.object({ caption: z.string().max(500) }).partial().nullish(),
          author: z.object({ name: z.string().max(200) }).partial().nullish(),
          watchingCount: z.union([z.string().max(50), z.number()]).nullish(),
        }),
      )
      .min(1),
  }),
});

export const kuaishou = defineAdapter(kuaishouSite, {
  roomFromPage(doc) {
    const parsed = InitialState.safeParse(readAssignedJson(doc, 'window.__INITIAL_STATE__='));
    if (!parsed.success) return {};
    const room = parsed.data.liveroom.playList[0];
    return { title: room.liveStream?.caption || null, hostName: room.author?.name || null, viewers: parseCount(String(room.watchingCount ?? '')) };
  },
  readChatRow(this: SiteAdapter, row: Element) {
    // gift and like rows sit in the same .comment-cell as chat (sites.md §2, [S8]): not chat to scan
    if (row.querySelector('.gift-comment, .like')) return { id: '', text: elementText(row), kind: 'gift' };
    // `this`: the adapter with the bundle's selector overrides applied (registry.adapterForUrl)
    return readChatRow({ ...this, readChatRow: undefined }, row);
  },
});
