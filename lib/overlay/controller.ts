/**
 * Routes findings to the overlay store through the flood policy (R-RISK-3) and carries out the
 * viewer's choices (acknowledge, mute, continue). Pure apart from the store's signals.
 */
import type { Finding } from '../model';
import type { Category } from '../taxonomy';
import { newFloodState, present, type Presentation } from './flood-policy';
import { MAX_PANEL_FINDINGS, type OverlayStore, type ShownFinding } from './store';
import { pausable, pauseHolds } from './room-pause';
import { arrangePopups } from './popup-queue';

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
  /** every pop-up not yet acknowledged, visible or waiting: at most two show (popup-queue.ts) */
  const setPopups = (all: ShownFinding[]) => {
    const { visible, waiting } = arrangePopups(all);
    store.popups.value = visible;
    store.waiting.value = waiting;
  };
  const pending = () => [...store.popups.value, ...store.waiting.value];
  return {
    add(finding, now = Date.now()) {
      const item: ShownFinding = { uid: ++uid, at: now, finding };
      let presentation = present(flood, finding, now);
      // paused: the warning stays in the panel and on the page as a mark, but does not pop up
      if (presentation === 'popup' && pauseHolds(pausedUntil, now) && pausable(finding)) presentation = 'mark';
      if (presentation === 'drop') return { item, presentation };
      item.muted = flood.muted.has(finding.category);
      store.findings.value = [...store.findings.value, item].slice(-MAX_PANEL_FINDINGS);
      if (presentation === 'popup') setPopups([...pending(), item]);
      if (presentation === 'interstitial') {
        if (store.interstitial.value) queue.push(item);
        else store.interstitial.value = item;
      }
      return { item, presentation };
    },
    ack(id) {
      setPopups(pending().filter((p) => p.uid !== id));
    },
    mute(category) {
      flood.muted.add(category);
      store.muted.value = [...flood.muted];
      // criticals stay on screen: muting never hides them (R-RISK-3)
      setPopups(pending().filter((p) => p.finding.category !== category || p.finding.severity === 'critical'));
    },
    unmute(category) {
      flood.muted.delete(category);
      store.muted.value = [...flood.muted];
    },
    pause(until, now = Date.now()) {
      pausedUntil = until;
      if (pauseHolds(until, now)) setPopups(pending().filter((p) => !pausable(p.finding)));
    },
    continueFromInterstitial() {
      const passed = store.interstitial.value?.finding.category;
      if (passed) {
        flood.continued.add(passed);
        // queued criticals of the category just continued past come as pop-ups instead
        const same = queue.filter((q) => q.finding.category === passed);
        if (same.length) setPopups([...pending(), ...same]);
        queue.splice(0, queue.length, ...queue.filter((q) => q.finding.category !== passed));
      }
      store.interstitial.value = queue.shift() ?? null;
    },
  };
}

/**
 * What stays on screen of these pop-ups: at most MAX_POPUPS, the rest wait (lib/overlay/popup-queue.ts).
 * A critical never leaves unseen (R-RISK-3), and the minor reminder goes only after plain warnings,
 * since it veils the product until acknowledged (R-MINOR-9).
 */
export function trimPopups(list: ShownFinding[]): ShownFinding[] {
  return arrangePopups(list).visible;
}
