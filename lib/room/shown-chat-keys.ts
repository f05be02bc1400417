/**
 * The message keys of the chat rows on the page now (R-DATA-21 compares them with the watched
 * lines). Read every 2 s while an unfavourable line is watched, over a list of ~300 rows: reading
 * each row again (readChatRow: selector queries, nickname walk, text) cost more than the chat
 * itself in the overlay bench (issue 13). A row with a message id is remembered with what its key
 * depends on (the id, the row's text and its emoji count) and is read again only when one of them
 * changed; rows without an id are read every time (their key is their author and text).
 */
import type { SiteAdapter } from '../sites/adapter';
import { allMatches, readChatRow } from '../sites/extract';
import { chatKey } from './chat-reader';

interface Remembered {
  id: string;
  text: string;
  images: number;
  key: string;
}

export function createShownChatKeys(adapter: SiteAdapter) {
  const known = new WeakMap<Element, Remembered>();
  const idAttr = adapter.descriptor.chatIdAttr;
  const keyOf = (row: Element): string | null => {
    const id = idAttr ? row.getAttribute(idAttr) : null;
    if (id) {
      const k = known.get(row);
      if (k && k.id === id && k.text === row.textContent && k.images === row.getElementsByTagName('img').length) return k.key;
    }
    const line = readChatRow(adapter, row);
    if (!line?.text) return null;
    const key = chatKey(line);
    // only a key that is the id alone can be remembered: it cannot change while the id stays
    if (id && line.id === id) known.set(row, { id, text: row.textContent ?? '', images: row.getElementsByTagName('img').length, key });
    return key;
  };
  return (doc: ParentNode): string[] => {
    const shown: string[] = [];
    for (const row of allMatches(doc, adapter.descriptor.selectors.chatRow)) {
      const key = keyOf(row);
      if (key) shown.push(key);
    }
    return shown;
  };
}
