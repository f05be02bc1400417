/**
 * YouTube Live (sites.md §7). Chat lives in the live_chat iframe (same host), where the same
 * content script runs as a chat-only frame; the watch page holds title and channel.
 */
import { defineAdapter } from '../define-adapter';
import { youtubeSite } from '../descriptors/youtube';
import { elementText } from '../text';

export const youtube = defineAdapter(youtubeSite, {
  readChatRow(row) {
    const text = elementText(row.querySelector('#message'));
    const paid = elementText(row.querySelector('#purchase-amount'));
    return { id: row.id || '', author: elementText(row.querySelector('#author-name')) || undefined, text: text || paid, kind: 'chat' };
  },
});
