/**
 * One MutationObserver per room. Mutations only queue work; the work runs once per animation frame
 * (batched), so a busy chat costs one pass per frame, not one per message. Rows reach onRows when
 * added and when something inside them was added, removed or edited (re-read bookkeeping such as
 * lib/room/shown-chat-keys relies on that). Room info (title, host,
 * counters, product card) is re-read at most every INFO_INTERVAL_MS.
 */
import type { SiteAdapter } from '@/lib/sites/adapter';
import { allMatches } from '@/lib/sites/extract';

export const INFO_INTERVAL_MS = 2000;

export function watchRoom(opts: {
  adapter: SiteAdapter;
  signal: AbortSignal;
  onRows(rows: Element[]): void;
  onInfoTick(): void;
}) {
  const { adapter, signal } = opts;
  const rowSelector = adapter.descriptor.selectors.chatRow.join(',');
  let pending = new Set<Element>();
  let scheduled = false;
  let lastInfo = 0;

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const rows = [...pending].filter((r) => r.isConnected);
    pending = new Set();
    if (rows.length) opts.onRows(rows);
    const now = Date.now();
    if (now - lastInfo >= INFO_INTERVAL_MS) {
      lastInfo = now;
      opts.onInfoTick();
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // rAF does not run in background tabs; a timeout keeps evidence flowing there too
    if (document.visibilityState === 'visible') requestAnimationFrame(flush);
    else setTimeout(flush, 250);
  };
  const collect = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    try {
      if (el.matches(rowSelector)) {
        pending.add(el); // a new row: the common case in a busy chat, one selector match
        return;
      }
      if (el.firstElementChild) el.querySelectorAll(rowSelector).forEach((r) => pending.add(r));
      const row = el.closest(rowSelector); // text changed inside an existing row
      if (row) pending.add(row);
    } catch {
      /* a bad selector from a bundle must not stop the page */
    }
  };

  /** the last element a removal happened in that is not inside a row (the chat list, trimmed all the time) */
  let trimmedList: Node | null = null;
  const observer = new MutationObserver((mutations) => {
    // indexed loops, no NodeList.forEach callback per node: a busy chat sends a batch of records
    // (rows added, old rows trimmed) every few milliseconds (issue 5 bench)
    for (let i = 0; i < mutations.length; i++) {
      const m = mutations[i];
      if (m.type === 'childList') {
        const added = m.addedNodes;
        if (added.length) for (let j = 0; j < added.length; j++) collect(added[j]);
        else if (m.target !== trimmedList && m.target.nodeType === 1) {
          // something removed: inside a row it changed the row (an emoji taken out), else it is
          // the list trimming its rows, remembered so the next trim costs no ancestor walk
          try {
            const row = (m.target as Element).closest(rowSelector);
            if (row) pending.add(row);
            else trimmedList = m.target;
          } catch {
            /* a bad selector from a bundle must not stop the page */
          }
        }
      } else if (m.target.parentElement) collect(m.target.parentElement);
    }
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // rows already on the page when we arrive
  allMatches(document, adapter.descriptor.selectors.chatRow).forEach((r) => pending.add(r));
  schedule();
  const ticker = setInterval(schedule, INFO_INTERVAL_MS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(ticker);
  });
}
