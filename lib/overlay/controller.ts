/**
 * Routes findings to the overlay store through the flood policy (R-RISK-3) and carries out the
 * viewer's choices (acknowledge, mute, continue). Pure apart from the store's signals.
 */
import type { Finding } from '../model';
import type { Category } from '../taxonomy';
import { newFloodState, present, type Presentation } from './flood-policy';
import { MAX_PANEL_FINDINGS, MAX_POPUPS, type OverlayStore, type ShownFinding } from './store';
import { pausable, pauseHolds } from './room-pause';

export interface OverlayController {
  add(finding: Finding, now?: number): { item: ShownFinding; presentation: Presentation };
  ack(uid: number): void;
  mute(category: Category): void;
  unmute(category: Category): void;
  continueFromInterstitial(): void;
  /** pause warnings in this room until `until` (null: resume); criticals are never paused (room-pause.ts) */
  pause(until: number | null, now?: number): void;
}

export function createOverlayController(store: OverlayStore): OverlayController {
  const flood = newFloodState();
  let uid = 0;
  const queue: ShownFinding[] = []; // criticals waiting behind the one on screen
  let pausedUntil: number | null = null;
  return {
    add(finding, now = Date.now()) {
      const item: ShownFinding = { uid: ++uid, at: now, finding };
      let presentation = present(flood, finding, now);
      // paused: the warning stays in the panel and on the page as a mark, but does not pop up
      if (presentation === 'popup' && pauseHolds(pausedUntil, now) && pausable(finding)) presentation = 'mark';
      if (presentation === 'drop') return { item, presentation };
      item.muted = flood.muted.has(finding.category);
      store.findings.value = [...store.findings.value, item].slice(-MAX_PANEL_FINDINGS);
      if (presentation === 'popup') store.popups.value = trimPopups([...store.popups.value, item]);
      if (presentation === 'interstitial') {
        if (store.interstitial.value) queue.push(item);
        else store.interstitial.value = item;
      }
      return { item, presentation };
    },
    ack(id) {
      store.popups.value = store.popups.value.filter((p) => p.uid !== id);
    },
    mute(category) {
      flood.muted.add(category);
      store.muted.value = [...flood.muted];
      // criticals stay on screen: muting never hides them (R-RISK-3)
      store.popups.value = store.popups.value.filter((p) => p.finding.category !== category || p.finding.severity === 'critical');
    },
    unmute(category) {
      flood.muted.delete(category);
      store.muted.value = [...flood.muted];
    },
    pause(until, now = Date.now()) {
      pausedUntil = until;
      if (pauseHolds(until, now)) store.popups.value = store.popups.value.filter((p) => !pausable(p.finding));
    },
    continueFromInterstitial() {
      const passed = store.interstitial.value?.finding.category;
      if (passed) {
        flood.continued.add(passed);
        // queued criticals of the category just continued past come as pop-ups instead
        const same = queue.filter((q) => q.finding.category === passed);
        if (same.length) store.popups.value = trimPopups([...store.popups.value, ...same]);
        queue.splice(0, queue.length, ...queue.filter((q) => q.finding.category !== passed));
      }
      store.interstitial.value = queue.shift() ?? null;
    },
  };
}

/**
 * At most MAX_POPUPS on screen; the overflow leaves oldest first (it stays in the findings panel).
 * A critical never leaves unseen (R-RISK-3), and the minor reminder goes only after plain warnings,
 * since it veils the product until acknowledged (R-MINOR-9).
 */
export function trimPopups(list: ShownFinding[]): ShownFinding[] {
  const out = [...list];
  const rank = (p: ShownFinding) => (p.finding.severity === 'critical' ? 2 : p.finding.category === 'minor_unsuitable' ? 1 : 0);
  while (out.length > MAX_POPUPS) {
    const lowest = Math.min(...out.map(rank));
    if (lowest === 2) break; // only criticals left: all stay
    out.splice(out.findIndex((p) => rank(p) === lowest), 1);
  }
  return out;
}
