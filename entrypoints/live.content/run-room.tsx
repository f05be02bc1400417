/**
 * The pipeline for one tab (design.md): pick adapter → watch → scan → render. A room lives until
 * the URL leaves it (single-page navigation) or the content script is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { batch } from '@preact/signals';
import { adapterFor } from '@/lib/sites/site-at';
import type { SiteAddress } from '@/lib/sites/descriptor';
import { readRoom } from '@/lib/sites/extract';
import { readRoomParts } from '@/lib/sites/fallback/room-parts';
import { watchChatByShape } from '@/lib/sites/fallback/watch-chat';
import { readRowByShape } from '@/lib/sites/fallback/row-shape';
import { siteHealth, type SiteHealth } from '@/lib/sites/health';
import type { RoomParts } from '@/lib/sites/fallback/room-parts';
import { serveSiteHealth } from './site-health';
import { ChatReader, chatKey } from '@/lib/room/chat-reader';
import { createRoom } from '@/lib/room/room';
import { RecentMap } from '@/lib/room/recent-map';
import { createOverlayStore } from '@/lib/overlay/store';
import { createOverlayController } from '@/lib/overlay/controller';
import type { Scanner } from '@/lib/detect';
import type { ActiveRules } from '@/lib/sync/protocol';
import type { Finding, Observation } from '@/lib/model';
import { handleInContent } from '@/lib/messaging-content';
import { watchRoom } from './watcher';
import { mountRoomUi } from './ui-host/room-ui';
import { roomState } from './room-state';
import { followRoomPause } from './room-pause';
import { ensureMarkStyles, markElement, veil } from './page-marks';
import { popupCorner } from './stage-rect';
import { FEATURES } from './features';

/**
 * What earlier rooms of this tab already read: after a single-page navigation the old room's rows,
 * title and product card can still be on the page for a moment, and must not count for the new room.
 */
export interface TabMemory {
  rows: WeakSet<Element>;
  title: string;
  product: string;
}
export const newTabMemory = (): TabMemory => ({ rows: new WeakSet(), title: '', product: '' });

/** re-render marks remembered for this many recent flagged messages */
const CHAT_MARKS = 1000;

/** `siteAddress`: the site of this frame; how to read its pages (`bundle.reading`) came from the background */
export async function runRoom(ctx: ContentScriptContext, url: URL, siteAddress: SiteAddress, bundle: ActiveRules, scanner: Scanner, signal: AbortSignal, memory: TabMemory = newTabMemory()) {
  // the background answers a request naming the site with its reading (lib/sync/background.ts)
  if (!bundle.reading) return;
  const adapter = adapterFor(siteAddress, bundle.reading, bundle.sites[siteAddress.id], (m) => console.warn(m));
  const roomId = adapter.roomId(url);
  if (!roomId) return;
  const site = adapter.descriptor.id;
  const { room, emitObservation, emitInfo, emitRows } = createRoom({ site, roomId, url: url.href, adapter, signal, info: readRoom(adapter, document, url) });
  const store = createOverlayStore();
  const controller = createOverlayController(store);

  const ui = await mountRoomUi(ctx, { site, store, controller, virtualHost: !!room.info.virtualHost, placePopups: popupCorner(adapter) }, signal);
  if (!ui || signal.aborted) return;
  // the popup (and tests) read the room here, never through the closed shadow root
  const pausedUntil = followRoomPause(room, controller, signal);
  let health: () => SiteHealth | null = () => null;
  handleInContent({ 'room:state': async () => roomState(room, store, ui, { health: () => health(), pausedUntil, rulesVersion: bundle.version }) }, signal);
  ensureMarkStyles(document);

  // findings from any source reach the overlay through the flood policy
  room.onFinding((f) => controller.add(f));

  const reader = new ChatReader(adapter, site, roomId, memory.rows);
  // a virtualised list renders a counted message again as a new element: it gets its mark back
  const chatMarks = new RecentMap<string, Finding[]>(CHAT_MARKS);
  /**
   * `row`: a chat row the site's selectors just read `obs` from (features may keep that reading);
   * `key`: its chatKey, when a chat reader made it
   */
  const scanAndMark = (obs: Observation, el: Element | null, row?: Element, key?: string) => {
    emitObservation(obs, row, key);
    const found = scanner.scan(obs);
    if (obs.kind === 'chat' && found.length) {
      chatMarks.set(key ?? chatKey(obs), found);
    }
    for (const f of found) {
      room.addFinding(f);
      if (el) markElement(el, f);
      if (f.category === 'minor_unsuitable' && obs.kind === 'product' && el) veilUntilAck(el, store);
    }
  };

  let partsHow: RoomParts['how'] = { title: 'none', host: 'none', product: 'none', counters: 'none' };
  const readInfo = () => {
    // selectors first, then reading by shape where they find nothing (issue 17)
    const { info, how, titleEl, productEl } = readRoomParts(adapter, document, url);
    partsHow = how;
    emitInfo(info);
    if (info.title && info.title !== memory.title) {
      memory.title = info.title;
      scanAndMark({ kind: 'title', text: info.title, at: Date.now(), site, roomId }, titleEl);
    }
    const p = info.product;
    if (p && p.text !== memory.product) {
      memory.product = p.text;
      scanAndMark(
        { kind: 'product', text: p.text, at: Date.now(), site, roomId, price: p.price ?? undefined, originalPrice: p.originalPrice ?? undefined },
        productEl,
      );
    }
  };

  for (const feature of FEATURES) {
    try {
      await feature.init(room, signal, { overlay: store });
    } catch (e) {
      console.warn(`LiveGuard: feature ${feature.id} failed to start`, e);
    }
  }

  /** scan the rows a reader turns into observations; returns how many it read */
  const readRows = (r: ChatReader, rows: Element[]) => {
    let read = 0;
    for (const row of rows) {
      const got = r.read(row);
      if (!got) {
        const again = r.repeatOf(row);
        for (const f of (again && chatMarks.get(again)) || []) markElement(row, f);
        continue;
      }
      read++;
      const { obs, key } = got;
      const bySelectors = r === reader ? row : undefined;
      if (obs.kind === 'notice') emitObservation(obs, bySelectors, key); // platform notices: context, not scanned as chat
      else scanAndMark(obs, row, bySelectors, key);
    }
    return read;
  };
  let selectorLines = 0;
  watchRoom({
    adapter,
    signal,
    onRows(rows) {
      emitRows(rows);
      // one frame's findings reach the overlay's signals as one update, not one per finding
      batch(() => (selectorLines += readRows(reader, rows)));
    },
    onInfoTick: readInfo,
  });
  // a redesign renamed the hooks: find the chat by what it does and read its rows by shape (issue 17)
  const shapeReader = new ChatReader({ ...adapter, readChatRow: readRowByShape }, site, roomId, shapeRowsOf(memory));
  const byShape = watchChatByShape({ signal, selectorsRead: () => selectorLines > 0, onRows: (rows) => void batch(() => readRows(shapeReader, rows)) });
  // site health for the popup (issue 17): which parts are read, and how
  const healthNow = () => siteHealth(adapter.descriptor, { chat: selectorLines > 0 ? 'selectors' : byShape.how() === 'fallback' ? 'fallback' : 'none', ...partsHow });
  health = healthNow;
  serveSiteHealth(signal, adapter, healthNow);
  readInfo();
  return room;
}

/** rows the shape reader has seen, per tab (a row the selectors read but found empty may still be read by shape) */
const shapeRows = new WeakMap<TabMemory, WeakSet<Element>>();
function shapeRowsOf(memory: TabMemory): WeakSet<Element> {
  let s = shapeRows.get(memory);
  if (!s) shapeRows.set(memory, (s = new WeakSet()));
  return s;
}

/** R-MINOR-9: the product stays veiled until the viewer acknowledges the reminder (on screen or waiting behind two others). */
function veilUntilAck(el: Element, store: ReturnType<typeof createOverlayStore>) {
  veil(el, true);
  const pendingMinor = () => [...store.popups.value, ...store.waiting.value].some((p) => p.finding.category === 'minor_unsuitable');
  const stop = store.popups.subscribe(() => {
    if (!pendingMinor()) {
      // acknowledged (or never shown because muted / cooled down: the mark stays, the veil lifts)
      setTimeout(() => {
        if (!pendingMinor()) {
          veil(el, false);
          stop();
        }
      }, 0);
    }
  });
}
