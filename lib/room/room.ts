/**
 * One watched room: its identity, the recent-chat and findings buffers (bounded; complaint
 * evidence), and an event stream features subscribe to. Created per room and dropped with its
 * AbortSignal on navigation, so nothing of one room leaks into the next.
 */
import type { SiteAdapter } from '../sites/adapter';
import type { RoomInfo } from '../sites/extract';
import type { Finding, Observation, SiteId } from '../model';
import { RingBuffer } from '../shared/ring-buffer';
import type { OverlayStore } from '../overlay/store';

export interface TimedFinding {
  at: number;
  finding: Finding;
}

export interface Room {
  site: SiteId;
  roomId: string;
  url: string;
  adapter: SiteAdapter;
  signal: AbortSignal;
  /** latest room info read off the page */
  info: RoomInfo;
  recentChat: RingBuffer<Observation>;
  recentFindings: RingBuffer<TimedFinding>;
  /**
   * `row`: the chat row the site's selectors read it from, just now (not for title, product or rows
   * read by shape); `key`: its chatKey when the room's reader made it (every chat row), so
   * features need not make it again (issue 13)
   */
  onObservation(cb: (o: Observation, row?: Element, key?: string) => void): void;
  onFinding(cb: (f: Finding) => void): void;
  onInfo(cb: (info: RoomInfo) => void): void;
  /** chat rows the room's watcher saw added or changed inside, before they are read (one batch per frame) */
  onRows(cb: (rows: readonly Element[]) => void): void;
  /** features report findings here (credit blacklist, data signals…); they reach the overlay */
  addFinding(f: Finding): void;
}

export const CHAT_BUFFER = 2000;
export const FINDINGS_BUFFER = 500;

export function createRoom(init: { site: SiteId; roomId: string; url: string; adapter: SiteAdapter; signal: AbortSignal; info: RoomInfo }) {
  const obsCbs: ((o: Observation, row?: Element, key?: string) => void)[] = [];
  const findingCbs: ((f: Finding) => void)[] = [];
  const infoCbs: ((i: RoomInfo) => void)[] = [];
  const rowsCbs: ((rows: readonly Element[]) => void)[] = [];
  const room: Room = {
    ...init,
    recentChat: new RingBuffer(CHAT_BUFFER),
    recentFindings: new RingBuffer(FINDINGS_BUFFER),
    onObservation: (cb) => void obsCbs.push(cb),
    onFinding: (cb) => void findingCbs.push(cb),
    onInfo: (cb) => void infoCbs.push(cb),
    onRows: (cb) => void rowsCbs.push(cb),
    addFinding(f) {
      if (init.signal.aborted) return;
      room.recentFindings.push({ at: Date.now(), finding: f });
      for (const cb of findingCbs) cb(f);
    },
  };
  return {
    room,
    emitObservation(o: Observation, row?: Element, key?: string) {
      if (init.signal.aborted) return;
      if (o.kind === 'chat') room.recentChat.push(o);
      for (const cb of obsCbs) cb(o, row, key);
    },
    emitRows(rows: readonly Element[]) {
      if (init.signal.aborted) return;
      for (const cb of rowsCbs) cb(rows);
    },
    emitInfo(info: RoomInfo) {
      room.info = info;
      for (const cb of infoCbs) cb(info);
    },
  };
}

/** A room feature (design.md: one feature, one file): set up with the room, torn down by its signal. */
export interface RoomFeature {
  id: string;
  /** `ui.overlay` lets a feature add finding actions and layers (e.g. the complaint form) */
  init(room: Room, signal: AbortSignal, ui: { overlay: OverlayStore }): void | Promise<void>;
}
