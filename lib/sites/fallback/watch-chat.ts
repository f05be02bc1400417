/**
 * Browser glue for the structural chat finder (issue 17). While the site's selectors have read no
 * chat line, one MutationObserver logs which parents grow; after GRACE_MS, every TICK_MS, the finder
 * looks for the chat list among them. Once found, the list's rows (those there and every one added)
 * go to `onRows`, and the list gets the page mark `data-liveguard-chat="fallback"` (tests and the
 * skeleton report see it; it carries no text). The observer stops as soon as the selectors read
 * chat, so a healthy site pays for one observer for a few seconds only.
 */
import { findChatList, GrowthLog } from './chat-finder';

export const GRACE_MS = 3000;
export const TICK_MS = 1000;
export const CHAT_MARK = 'data-liveguard-chat';

export type ChatHow = 'selectors' | 'fallback' | 'searching' | 'none';

export interface ChatByShape {
  how(): ChatHow;
}

export function watchChatByShape(opts: {
  signal: AbortSignal;
  /** true once the site's own selectors produced a chat line */
  selectorsRead(): boolean;
  onRows(rows: Element[]): void;
  onChange?(how: ChatHow): void;
  graceMs?: number;
  tickMs?: number;
  doc?: Document;
}): ChatByShape {
  const { signal } = opts;
  const doc = opts.doc ?? document;
  const started = Date.now();
  const log = new GrowthLog();
  let list: Element | null = null;
  let how: ChatHow = 'searching';
  let pending: Element[] = [];
  let scheduled = false;
  const set = (h: ChatHow) => {
    if (h === how) return;
    how = h;
    opts.onChange?.(h);
  };

  const flush = () => {
    scheduled = false;
    if (signal.aborted || !list) return;
    const rows = pending.filter((r) => r.isConnected && r.parentElement === list);
    pending = [];
    if (rows.length) opts.onRows(rows);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (doc.visibilityState === 'visible') requestAnimationFrame(flush);
    else setTimeout(flush, 250);
  };

  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r.type !== 'childList' || !r.addedNodes.length) continue;
      if (list) {
        if (r.target === list) for (let j = 0; j < r.addedNodes.length; j++) if (r.addedNodes[j].nodeType === 1) pending.push(r.addedNodes[j] as Element);
      } else for (let j = 0; j < r.addedNodes.length; j++) log.note(r.target, r.addedNodes[j]);
    }
    if (pending.length) schedule();
  });
  const stop = () => {
    observer.disconnect();
    clearInterval(ticker);
  };
  const tick = () => {
    if (signal.aborted) return;
    if (opts.selectorsRead()) {
      // the site's own selectors work: the finder steps aside for good
      list?.removeAttribute(CHAT_MARK);
      list = null;
      set('selectors');
      stop();
      return;
    }
    if (list && !list.isConnected) {
      list = null; // the page rebuilt its chat: look again
      log.clear();
    }
    if (list || Date.now() - started < (opts.graceMs ?? GRACE_MS)) return;
    const found = findChatList(log);
    if (!found) {
      set('none');
      return;
    }
    list = found.el;
    log.clear();
    list.setAttribute(CHAT_MARK, 'fallback');
    set('fallback');
    pending.push(...list.children);
    schedule();
  };

  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const ticker = setInterval(tick, opts.tickMs ?? TICK_MS);
  signal.addEventListener('abort', () => {
    stop();
    list?.removeAttribute(CHAT_MARK);
  });
  return { how: () => how };
}
