/** Bilibili live (sites.md §4): long-lived plain classes and data-* attributes on each danmaku row. */
import type { AdapterCode } from '../define-adapter';

export const bilibiliCode: AdapterCode = {
  readChatRow(row) {
    // data-danmaku holds the full text even when the visible row is truncated (sites.md, [S9])
    const text = row.getAttribute('data-danmaku');
    if (text === null) return null;
    const id = row.getAttribute('data-id_str') ?? `${row.getAttribute('data-uid') ?? ''}:${row.getAttribute('data-ts') ?? row.getAttribute('data-timestamp') ?? ''}:${text}`;
    return { id, author: row.getAttribute('data-uname') ?? undefined, text, kind: 'chat' };
  },
};
