/**
 * The overlay's state for one room, as Preact signals: what is on screen now (interstitial,
 * pop-ups), the room's findings with times, muted categories, and layers that features add
 * (protection gates, credit badge, complaint form). Pure state; components render it.
 */
import { signal, type Signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { Finding } from '../model';
import type { Category } from '../taxonomy';
import type { Rect } from './keep-clear';

export interface ShownFinding {
  uid: number;
  at: number;
  finding: Finding;
  muted?: boolean;
}
export interface Layer {
  id: string;
  /** higher renders above */
  order: number;
  Component: ComponentType;
}

export interface OverlayStore {
  findings: Signal<ShownFinding[]>;
  popups: Signal<ShownFinding[]>;
  /** pop-ups not yet acknowledged that wait behind the visible ones (lib/overlay/popup-queue.ts) */
  waiting: Signal<ShownFinding[]>;
  interstitial: Signal<ShownFinding | null>;
  muted: Signal<Category[]>;
  panelOpen: Signal<boolean>;
  layers: Signal<Layer[]>;
  /** parts features put at the top of the open findings panel (the room chart, issue 18 item 5) */
  panelSections: Signal<Layer[]>;
  /** actions features can add to each finding (e.g. "file a complaint") */
  findingActions: Signal<FindingAction[]>;
  /** viewport boxes a feature's fixed parts hold now (the credit badge and card), for others to keep clear of (keep-clear.ts) */
  occupied: Signal<Record<string, readonly Rect[]>>;
}
export interface FindingAction {
  id: string;
  label: string;
  run(f: ShownFinding): void;
}

export const MAX_PANEL_FINDINGS = 200;
/** at most this many pop-ups visible (issue 18 item 3); criticals are never held back */
export { MAX_VISIBLE_POPUPS as MAX_POPUPS } from './popup-queue';

export function createOverlayStore(): OverlayStore {
  return {
    findings: signal([]),
    popups: signal([]),
    waiting: signal([]),
    interstitial: signal(null),
    muted: signal([]),
    panelOpen: signal(false),
    layers: signal([]),
    panelSections: signal([]),
    findingActions: signal([]),
    occupied: signal({}),
  };
}

export function addLayer(store: OverlayStore, layer: Layer): () => void {
  return addTo(store.layers, layer);
}

/** a part at the top of the findings panel while it is open (issue 18 item 5) */
export function addPanelSection(store: OverlayStore, section: Layer): () => void {
  return addTo(store.panelSections, section);
}

function addTo(list: Signal<Layer[]>, layer: Layer): () => void {
  list.value = [...list.value.filter((l) => l.id !== layer.id), layer].sort((a, b) => a.order - b.order);
  return () => {
    list.value = list.value.filter((l) => l.id !== layer.id);
  };
}

/** a feature's fixed boxes (empty list: none now); set after each render of that feature's layer, which never reads them (no loop) */
export function setOccupied(store: OverlayStore, id: string, rects: readonly Rect[]): void {
  store.occupied.value = { ...store.occupied.value, [id]: rects };
}
