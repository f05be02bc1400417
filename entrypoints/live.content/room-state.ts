/** The room as the popup shows it (lib/room/protocol.ts `room:state`). */
import type { Room } from '@/lib/room/room';
import type { OverlayStore } from '@/lib/overlay/store';
import type { RoomState } from '@/lib/room/protocol';
import type { RoomUi } from './ui-host/room-ui';

export function roomState(room: Room, store: OverlayStore, ui: RoomUi): RoomState {
  return {
    site: room.site,
    roomId: room.roomId.slice(0, 200),
    hostName: room.info.hostName?.slice(0, 200) ?? null,
    title: room.info.title?.slice(0, 500) ?? null,
    findings: store.findings.value.slice(-200).map((f) => ({ category: f.finding.category, severity: f.finding.severity, ruleId: f.finding.ruleId, at: f.at })),
    interstitial: store.interstitial.value?.finding.category ?? null,
    popups: store.popups.value.slice(0, 20).map((p) => p.finding.category),
    ui: { attached: ui.attached(), repairs: ui.repairs(), lastRepair: ui.lastRepair().slice(0, 10) },
  };
}
