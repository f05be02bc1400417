/**
 * Which findings reach the viewer as what (R-RISK-3): the same finding is shown once, a category
 * cools down between pop-ups, and the viewer can mute a category for this room. A critical finding
 * is never muted silently: muting never hides the interstitial, and a muted category still shows
 * its marks and stays in the findings panel. Once the viewer has chosen "continue anyway" for a
 * category in this room, further criticals of that category come as pop-ups (still shown, never
 * muted), so one informed choice is not asked again for every new phrase.
 */
import type { Finding } from '../model';
import type { Category } from '../taxonomy';
import { SeenKeys } from '../shared/seen-keys';

export interface FloodState {
  /**
   * findings already shown, bounded: matched text differs per message (numbers, links), so in a
   * long session an unbounded set only grew (issue 5 bench). A key forgotten after
   * SHOWN_KEYS_MAX newer ones may be shown once more.
   */
  shownKeys: SeenKeys;
  lastPopupAt: Map<Category, number>;
  muted: Set<Category>;
  /** categories whose interstitial the viewer continued past in this room */
  continued: Set<Category>;
}
export type Presentation = 'interstitial' | 'popup' | 'mark' | 'drop';

export const POPUP_COOLDOWN_MS = 30_000;
export const SHOWN_KEYS_MAX = 5000;

export function newFloodState(): FloodState {
  return { shownKeys: new SeenKeys(SHOWN_KEYS_MAX), lastPopupAt: new Map(), muted: new Set(), continued: new Set() };
}

/** de-duplication key: the same category and matched words, whoever repeats them */
export function findingKey(f: Finding): string {
  return `${f.category}|${f.severity}|${f.matched.text.replace(/\s+/g, '').toLowerCase()}`;
}

export function present(state: FloodState, f: Finding, now: number): Presentation {
  const key = findingKey(f);
  const first = state.shownKeys.add(key);
  if (f.severity === 'critical') return !first ? 'mark' : state.continued.has(f.category) ? 'popup' : 'interstitial';
  if (!first) return 'drop';
  if (f.severity === 'notice' || state.muted.has(f.category)) return 'mark';
  const last = state.lastPopupAt.get(f.category);
  if (last !== undefined && now - last < POPUP_COOLDOWN_MS) return 'mark';
  state.lastPopupAt.set(f.category, now);
  return 'popup';
}
