/**
 * The popup's room dashboard as plain data (issue 18 item 2), from the room's state (`room:state`)
 * and a clock: findings counted by tier, the latest three, the pause and how long it has left,
 * protection's budget and curfew. Pure, so the tiers, the latest three and the pause's expiry are
 * unit-tested with a fake clock; the components only translate it.
 */
import { SEVERITIES, type Severity } from '../taxonomy';
import { pauseHolds } from '../overlay/room-pause';
import type { RoomState } from './protocol';

export const LATEST_SHOWN = 3;

export type Finding = RoomState['findings'][number];

export interface PauseView {
  /** the pause holds now */
  active: boolean;
  until: number | null;
  /** whole minutes left, rounded up (59:01 left is "60"); 0 when not paused */
  minutesLeft: number;
}

export interface ProtectionView {
  active: boolean;
  gate: 'curfew' | 'budget' | 'content' | null;
  /** whole minutes of the daily budget left (rounded down: never promise a minute not there); null = no budget */
  budgetMinutesLeft: number | null;
  budgetMinutes: number | null;
  /** in force: when it ends; else when it next starts (lib/protection/curfew.ts); null = no curfew set */
  curfew: { startsAt: number | null; endsAt: number | null; inForce: boolean } | null;
  timeZone: string;
}

export interface DashboardModel {
  /** counts per tier, most severe first */
  tiers: { severity: Severity; count: number }[];
  total: number;
  /** newest first */
  latest: Finding[];
  /** the most severe tier seen so far (null: nothing yet) */
  worst: Severity | null;
  pause: PauseView;
  protection: ProtectionView | null;
}

export function pauseView(until: number | null, now: number): PauseView {
  const active = pauseHolds(until, now);
  return { active, until: active ? until : null, minutesLeft: active && until !== null ? Math.ceil((until - now) / 60_000) : 0 };
}

function protectionView(p: NonNullable<RoomState['protection']>): ProtectionView {
  const curfewSet = p.curfewStartsAt !== null || p.curfewEndsAt !== null;
  return {
    active: p.active,
    gate: p.gate,
    budgetMinutesLeft: p.remainingMs === null ? null : Math.floor(p.remainingMs / 60_000),
    budgetMinutes: p.budgetMs === null ? null : Math.round(p.budgetMs / 60_000),
    curfew: curfewSet ? { startsAt: p.curfewStartsAt, endsAt: p.curfewEndsAt, inForce: p.curfewEndsAt !== null } : null,
    timeZone: p.timeZone,
  };
}

export function dashboardModel(room: RoomState, now: number): DashboardModel {
  const counts = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  for (const f of room.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const tiers = [...SEVERITIES].reverse().map((severity) => ({ severity, count: counts.get(severity) ?? 0 }));
  // newest first by time; equal times keep the room's order (later in the list = newer)
  const latest = room.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.at - a.f.at || b.i - a.i)
    .slice(0, LATEST_SHOWN)
    .map((x) => x.f);
  return {
    tiers,
    total: room.findings.length,
    latest,
    worst: tiers.find((t) => t.count > 0)?.severity ?? null,
    pause: pauseView(room.pausedUntil, now),
    protection: room.protection ? protectionView(room.protection) : null,
  };
}
