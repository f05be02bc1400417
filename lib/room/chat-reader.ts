/**
 * Turns chat rows into observations exactly once: rows are keyed by the site's message id, or by
 * author+text when the site has none (virtualised lists re-render rows; the same words from the
 * same author within the memory of SeenKeys count once).
 */
import type { SiteAdapter } from '../sites/adapter';
import { readChatRow } from '../sites/extract';
import type { Observation } from '../model';
import { SeenKeys } from '../shared/seen-keys';

/** One key per chat message: the site's id, else author + text (what a re-render keeps). */
export function chatKey(line: { id?: string; author?: string; text: string }): string {
  return line.id ? `id:${line.id}` : `t:${line.author?.slice(0, 200) ?? ''}|${line.text.slice(0, 2000)}`;
}

export class ChatReader {
  private seen = new SeenKeys(5000);
  private repeats = new WeakMap<Element, string>();
  /**
   * @param done rows already read; shared by the rooms of one tab so that after a single-page
   * navigation the old room's rows still on the page are not read again as the new room's chat
   */
  constructor(
    private adapter: SiteAdapter,
    private site: Observation['site'],
    private roomId: string,
    private done: WeakSet<Element> = new WeakSet(),
  ) {}

  /** the message key of a row that was a re-render of one already counted (so its mark can be put back) */
  repeatOf(row: Element): string | null {
    return this.repeats.get(row) ?? null;
  }

  /** the row's observation, with its chatKey: made here once for everyone who keys it (issue 13) */
  read(row: Element, now = Date.now()): { obs: Observation; key: string } | null {
    if (this.done.has(row)) return null;
    const line = readChatRow(this.adapter, row);
    // a row with no text yet is read again when the watcher reports its text arriving (a page may
    // insert the row first and fill it in a later task; the watcher reads a batch in the observer's
    // callback, before any later task)
    if (!line?.text) return null;
    this.done.add(row);
    if (line.kind === 'gift') return null;
    const key = chatKey(line);
    if (!this.seen.add(key)) {
      this.repeats.set(row, key);
      return null;
    }
    // chatKey(line) is chatKey(obs) too: it cuts the text and author as the observation does
    const obs: Observation = {
      kind: line.system ? 'notice' : 'chat',
      text: line.text.slice(0, 2000),
      id: line.id || undefined,
      author: line.author?.slice(0, 200),
      at: now,
      site: this.site,
      roomId: this.roomId,
    };
    return { obs, key };
  }
}
