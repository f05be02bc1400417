/** The room as the popup shows it (lib/room/protocol.ts `room:state`): the one message the popup reads the room by. */
import type { Room } from '@/lib/room/room';
import type { OverlayStore } from '@/lib/overlay/store';
import type { RoomProtection, RoomState } from '@/lib/room/protocol';
import type { SiteHealth } from '@/lib/sites/health';
import type { Decision } from '@/lib/protection/decide';
import { send } from '@/lib/messaging-content';
import type { RoomUi } from './ui-host/room-ui';
import { creditOf } from './room-status';

export interface RoomStateSources {
  health: () => SiteHealth | null;
  pausedUntil: () => number | null;
  rulesVersion: number;
}

/** what the popup shows of protection mode's decision (the background decides; the page never sees the record) */
function protectionOf(d: Decision): RoomProtection {
  return { active: d.active, gate: d.gate, budgetMs: d.budgetMs, remainingMs: d.remainingMs, curfewStartsAt: d.curfewStartsAt, curfewEndsAt: d.curfewEndsAt, timeZone: d.timeZone };
}

export async function roomState(room: Room, store: OverlayStore, ui: RoomUi, from: RoomStateSources): Promise<RoomState> {
  // asked fresh: the budget left changes by the minute
  const decision = await send('protection:status', { site: room.site, roomId: room.roomId.slice(0, 200) }).catch(() => null);
  return {
    site: room.site,
    roomId: room.roomId.slice(0, 200),
    hostName: room.info.hostName?.slice(0, 200) ?? null,
    title: room.info.title?.slice(0, 500) ?? null,
    findings: store.findings.value.slice(-200).map((f) => ({ category: f.finding.category, severity: f.finding.severity, ruleId: f.finding.ruleId, at: f.at })),
    interstitial: store.interstitial.value?.finding.category ?? null,
    popups: store.popups.value.slice(0, 20).map((p) => p.finding.category),
    ui: { attached: ui.attached(), repairs: ui.repairs(), lastRepair: ui.lastRepair().slice(0, 10) },
    credit: creditOf(room),
    protection: decision ? protectionOf(decision) : null,
    health: from.health(),
    pausedUntil: from.pausedUntil(),
    rulesVersion: from.rulesVersion,
  };
}
