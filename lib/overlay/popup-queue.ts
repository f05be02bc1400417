/**
 * At most two pop-ups on screen (issue 18 item 3); the rest wait, collapsed into the findings
 * counter, and come up one by one as the viewer acknowledges (弹窗提示 stays a prompt the viewer
 * answers, R-RISK-2: waiting is not dropping). A critical never waits (R-RISK-3: never hidden),
 * even past the limit; the minor reminder goes before plain warnings, since it veils the product
 * until acknowledged (R-MINOR-9). Pure.
 */
import type { ShownFinding } from './store';

export const MAX_VISIBLE_POPUPS = 2;
/** beyond this many waiting, the oldest plain warnings leave (they stay in the findings panel) */
export const MAX_WAITING_POPUPS = 30;

export interface PopupQueue {
  visible: ShownFinding[];
  waiting: ShownFinding[];
}

export function popupRank(p: ShownFinding): number {
  return p.finding.severity === 'critical' ? 2 : p.finding.category === 'minor_unsuitable' ? 1 : 0;
}

/** Splits pop-ups (any order) into what shows and what waits; both keep arrival order (uid). */
export function arrangePopups(all: readonly ShownFinding[]): PopupQueue {
  const byArrival = [...new Map(all.map((p) => [p.uid, p])).values()].sort((a, b) => a.uid - b.uid);
  // highest rank first, newest first within a rank
  const byPriority = [...byArrival].sort((a, b) => popupRank(b) - popupRank(a) || b.uid - a.uid);
  const shown = new Set<number>();
  for (const p of byPriority) {
    if (popupRank(p) === 2 || shown.size < MAX_VISIBLE_POPUPS) shown.add(p.uid);
  }
  const visible = byArrival.filter((p) => shown.has(p.uid));
  let waiting = byArrival.filter((p) => !shown.has(p.uid));
  while (waiting.length > MAX_WAITING_POPUPS) {
    const lowest = Math.min(...waiting.map(popupRank));
    const i = waiting.findIndex((p) => popupRank(p) === lowest);
    waiting = [...waiting.slice(0, i), ...waiting.slice(i + 1)];
  }
  return { visible, waiting };
}
