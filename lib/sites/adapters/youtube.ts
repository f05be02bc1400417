/**
 * YouTube Live (sites.md §7). Chat lives in the live_chat iframe (same host), where the same
 * content script runs as a chat-only frame; the watch page holds title and channel.
 */
import type { AdapterCode } from '../define-adapter';
import { elementText } from '../text';

export const youtubeCode: AdapterCode = {
  readChatRow(row) {
    const text = elementText(row.querySelector('#message'));
    const paid = elementText(row.querySelector('#purchase-amount'));
    return { id: row.id || '', author: elementText(row.querySelector('#author-name')) || undefined, text: text || paid, kind: 'chat' };
  },
};
