/**
 * One MutationObserver per room. Rows reach onRows when added and when something inside them was
 * added, removed or edited (re-read bookkeeping such as lib/room/shown-chat-keys relies on that).
 * A pass runs at most once per MIN_PASS_GAP_MS (about a frame), so a busy chat costs one pass per
 * batch of rows, not one per message: in the observer's own callback when the last pass is that
 * old, else in the next animation frame. Issue 13: queuing every batch for the next frame made
 * two calls into the content script per batch (this callback, then the frame's), and each call has
 * a fixed part (overlay bench: 5× larger batches cut the thread CPU per message by ~1/4); reading
 * in the callback also marks a risky row before the frame that first draws it (p95 insertion →
 * mark 14–38 ms instead of 44–80 ms at load 15–18). A batch that only trims the list asks for no
 * pass. Room info (title, host, counters, product card) is re-read at most every INFO_INTERVAL_MS.
 */
import type { SiteAdapter } from '@/lib/sites/adapter';
import { allMatches } from '@/lib/sites/extract';

export const INFO_INTERVAL_MS = 2000;
/** the least time between two passes over the queued rows (the frame rate's, so batching stays as it was) */
export const MIN_PASS_GAP_MS = 16;

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
  let lastPass = -Infinity;

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    lastPass = performance.now();
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
    // nothing for a pass (the list trimmed, other parts of the page changed): the ticker keeps the info ticks
    if (!pending.size) return;
    // a visible page's batch is read here unless a pass ran less than a frame ago (that one's
    // frame request, if any, is still due and takes the rows); hidden tabs keep the slow timer
    if (!scheduled && document.visibilityState === 'visible' && performance.now() - lastPass >= MIN_PASS_GAP_MS) flush();
    else schedule();
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
