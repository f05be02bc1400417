/**
 * The message keys of the chat rows on the page now (R-DATA-21 compares them with the watched
 * lines). Read every 2 s while an unfavourable line is watched, over a list of ~300 rows: reading
 * each row again (readChatRow: selector queries, nickname walk, text) cost more than the chat
 * itself in the overlay bench (issue 13). A row with a message id is remembered with its key and
 * read again only when its id attribute changed (a recycled element) or the room's watcher reported
 * a change inside it (`changed`: text or emoji added, edited or removed, the MutationObserver that
 * finds new rows already sees those); comparing each remembered row's text and emoji count cost
 * three DOM reads per row every 2 s. Rows without an id are read every time (their key is their
 * author and text). At 200 messages/s every row on the page is new between two reads, so the room's
 * own reading of each new row is passed on (`learn`): the list is then read again only for rows the
 * reader did not key (issue 13).
 */
import type { SiteAdapter } from '../sites/adapter';
import { allMatches, readChatRow } from '../sites/extract';
import { chatKey } from './chat-reader';

export interface ShownChatKeys {
  (doc: ParentNode): string[];
  /** rows whose content changed (from the room's watcher): read again next time */
  changed(rows: readonly Element[]): void;
  /**
   * `line` was read from `row` by readChatRow (with this adapter) just now, and `key` is its
   * chatKey: remembered as a read of the row here would remember it (only an id key)
   */
  learn(row: Element, line: { id?: string }, key: string): void;
}

export function createShownChatKeys(adapter: SiteAdapter): ShownChatKeys {
  // a remembered key is always `id:<the row's id then>` (chatKey of a line with that id): the
  // string alone says which id it was read with, no object per row
  const known = new WeakMap<Element, string>();
  const idAttr = adapter.descriptor.chatIdAttr;
  const keyOf = (row: Element): string | null => {
    const id = idAttr ? row.getAttribute(idAttr) : null;
    if (id) {
      const k = known.get(row);
      if (k !== undefined && k.length === id.length + 3 && k.endsWith(id)) return k;
    }
    const line = readChatRow(adapter, row);
    if (!line?.text) return null;
    const key = chatKey(line);
    // only a key that is the id alone can be remembered: it cannot change while the id stays
    if (id && line.id === id) known.set(row, key);
    return key;
  };
  const shown = (doc: ParentNode): string[] => {
    const keys: string[] = [];
    for (const row of allMatches(doc, adapter.descriptor.selectors.chatRow)) {
      const key = keyOf(row);
      if (key) keys.push(key);
    }
    return keys;
  };
  return Object.assign(shown, {
    changed(rows: readonly Element[]) {
      for (const r of rows) known.delete(r);
    },
    learn(row: Element, line: { id?: string }, key: string) {
      // no second read of the id attribute here (issue 13): keyOf compares the remembered key with
      // the attribute on every use, so a key made from another id (an adapter reading it
      // elsewhere, or the row recycled since) is never taken for this row, only read past
      if (idAttr && line.id) known.set(row, key);
    },
  });
}
