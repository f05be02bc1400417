/**
 * The pipeline for one tab (design.md): pick adapter → watch → scan → render. A room lives until
 * the URL leaves it (single-page navigation) or the content script is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { adapterForUrl } from '@/lib/sites/registry';
import { readRoom, pick } from '@/lib/sites/extract';
import { ChatReader, chatKey } from '@/lib/room/chat-reader';
import { createRoom } from '@/lib/room/room';
import { createOverlayStore } from '@/lib/overlay/store';
import { createOverlayController } from '@/lib/overlay/controller';
import type { Scanner } from '@/lib/detect';
import type { ActiveRules } from '@/lib/sync/protocol';
import type { Finding, Observation } from '@/lib/model';
import { handle } from '@/lib/messaging';
import { watchRoom } from './watcher';
import { mountRoomUi } from './ui-host/room-ui';
import { roomState } from './room-state';
import { ensureMarkStyles, markElement, veil } from './page-marks';
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

export async function runRoom(ctx: ContentScriptContext, url: URL, bundle: ActiveRules, scanner: Scanner, signal: AbortSignal, memory: TabMemory = newTabMemory()) {
  const adapter = adapterForUrl(url, bundle.sites, (m) => console.warn(m));
  if (!adapter) return;
  const roomId = adapter.roomId(url);
  if (!roomId) return;
  const site = adapter.descriptor.id;
  const { room, emitObservation, emitInfo } = createRoom({ site, roomId, url: url.href, adapter, signal, info: readRoom(adapter, document, url) });
  const store = createOverlayStore();
  const controller = createOverlayController(store);

  const ui = await mountRoomUi(ctx, { site, store, controller, virtualHost: !!room.info.virtualHost }, signal);
  if (!ui || signal.aborted) return;
  // the popup (and tests) read the room here, never through the closed shadow root
  const unhandle = handle({ 'room:state': async () => roomState(room, store, ui) });
  signal.addEventListener('abort', unhandle);
  ensureMarkStyles(document);

  // findings from any source reach the overlay through the flood policy
  room.onFinding((f) => controller.add(f));

  const reader = new ChatReader(adapter, site, roomId, memory.rows);
  // a virtualised list renders a counted message again as a new element: it gets its mark back
  const chatMarks = new Map<string, Finding[]>();
  const scanAndMark = (obs: Observation, el: Element | null) => {
    emitObservation(obs);
    const found = scanner.scan(obs);
    if (obs.kind === 'chat' && found.length) {
      chatMarks.set(chatKey(obs), found);
      if (chatMarks.size > CHAT_MARKS) chatMarks.delete(chatMarks.keys().next().value!);
    }
    for (const f of found) {
      room.addFinding(f);
      if (el) markElement(el, f);
      if (f.category === 'minor_unsuitable' && obs.kind === 'product' && el) veilUntilAck(el, store);
    }
  };

  const readInfo = () => {
    const info = readRoom(adapter, document, url);
    emitInfo(info);
    if (info.title && info.title !== memory.title) {
      memory.title = info.title;
      scanAndMark({ kind: 'title', text: info.title, at: Date.now(), site, roomId }, pick(adapter, document, 'title'));
    }
    const p = info.product;
    if (p && p.text !== memory.product) {
      memory.product = p.text;
      scanAndMark(
        { kind: 'product', text: p.text, at: Date.now(), site, roomId, price: p.price ?? undefined, originalPrice: p.originalPrice ?? undefined },
        pick(adapter, document, 'productCard'),
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

  watchRoom({
    adapter,
    signal,
    onRows(rows) {
      for (const row of rows) {
        const obs = reader.read(row);
        if (!obs) {
          const again = reader.repeatOf(row);
          for (const f of (again && chatMarks.get(again)) || []) markElement(row, f);
          continue;
        }
        if (obs.kind === 'notice') emitObservation(obs); // platform notices: context, not scanned as chat
        else scanAndMark(obs, row);
      }
    },
    onInfoTick: readInfo,
  });
  readInfo();
  return room;
}

/** R-MINOR-9: the product stays veiled until the viewer acknowledges the reminder. */
function veilUntilAck(el: Element, store: ReturnType<typeof createOverlayStore>) {
  veil(el, true);
  const stop = store.popups.subscribe((popups) => {
    if (!popups.some((p) => p.finding.category === 'minor_unsuitable')) {
      // acknowledged (or never shown because muted / cooled down: the mark stays, the veil lifts)
      setTimeout(() => {
        if (!store.popups.value.some((p) => p.finding.category === 'minor_unsuitable')) {
          veil(el, false);
          stop();
        }
      }, 0);
    }
  });
}
