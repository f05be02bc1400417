/**
 * storage.sync glue of the one budget across browsers (issue 24; merge rules in budget-sync.ts).
 * Opt-in: nothing is written to sync until the guardian switches it on. Only the settings and the
 * day's minutes go there, never the PIN record, the log or what was watched. Runs after each
 * heartbeat and when sync brings another device's record.
 */
import { appendLog } from './activity-log';
import { adoptSyncedSettings, mergeDayMinutes, parseSyncRecords, SYNC_DAY_PREFIX, SYNC_SETTINGS_KEY, type DeviceDay } from './budget-sync';
import { currentUsedMs } from './budget';
import type { Clock } from './clock';
import { trustedNow } from './clock-watch';
import type { ProtectionState } from './state';
import { withState } from './store';

export function setBudgetSync(s: ProtectionState, on: boolean, now: number, newId: string): ProtectionState {
  const deviceId = s.budgetSync.deviceId ?? newId;
  return { ...s, budgetSync: { ...s.budgetSync, enabled: on, deviceId, others: on ? s.budgetSync.others : null }, log: appendLog(s.log, { at: now, kind: on ? 'sync-on' : 'sync-off' }) };
}

let lastWritten = '';

/** Write this device's record, read the others', merge. */
export async function pushBudgetSync(clock: Clock): Promise<void> {
  const snap = await withState((s) => ({ result: s }));
  const id = snap.budgetSync.deviceId;
  if (!id) return;
  const key = SYNC_DAY_PREFIX + id;
  if (!snap.budgetSync.enabled) {
    await browser.storage.sync.remove(key);
    lastWritten = '';
    return;
  }
  const now = trustedNow(clock.now(), snap.watch.skewMs);
  const writes: Record<string, unknown> = {};
  if (snap.usage) {
    const mine: DeviceDay = { device: id, day: snap.usage.day, usedMs: Math.round(currentUsedMs(snap.usage, now)), at: now };
    // sync has write quotas (120 a minute): write only when the figure changed
    const sig = `${mine.day}:${Math.floor(mine.usedMs / 10_000)}`;
    if (sig !== lastWritten) {
      writes[key] = mine;
      lastWritten = sig;
    }
  }
  const raw = await browser.storage.sync.get(null);
  const found = parseSyncRecords(raw);
  if (snap.budgetSync.settingsAt > (found.settings?.at ?? 0)) writes[SYNC_SETTINGS_KEY] = { device: id, at: snap.budgetSync.settingsAt, settings: snap.settings };
  if (Object.keys(writes).length) await browser.storage.sync.set(writes);
  await withState((s) => {
    if (!s.budgetSync.enabled || !s.usage) return { result: null };
    const others = mergeDayMinutes(id, s.usage.day, found.days);
    const adopted = adoptSyncedSettings(s.settings, s.budgetSync.settingsAt, found.settings, id);
    let next: ProtectionState = { ...s, budgetSync: { ...s.budgetSync, others } };
    if (adopted && found.settings) {
      next = { ...next, settings: adopted, budgetSync: { ...next.budgetSync, settingsAt: found.settings.at }, log: appendLog(next.log, { at: now, kind: 'settings-changed', detail: 'from sync' }) };
    }
    return { state: next, result: null };
  });
}

export function registerBudgetSync(clock: Clock): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(SYNC_DAY_PREFIX) || k === SYNC_SETTINGS_KEY)) void pushBudgetSync(clock).catch(() => undefined);
  });
}
