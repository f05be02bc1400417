/**
 * Browser glue for sync (R-SYNC-22): alarms, one sync at a time,
 * storage, message handlers. The decisions live in client.ts / schedule.ts (unit-tested).
 * Network: the API sends Access-Control-Allow-Origin: * on its public endpoints, so the background
 * fetches it with no host permission, also for a server URL the viewer configures.
 */
import { handle } from '../messaging';
import { syncApiUrl, syncedBundle, syncMeta } from '../storage';
import { DEFAULT_BUNDLE } from '../bundle/default-bundle';
import { BUNDLE_PUBKEYS } from '../bundle/public-key';
import { isStale, syncOnce } from './client';
import { isStaticOrigin } from './static-origin';
import { syncStaticOnce } from './static-sync';
import { firstRunDelayMs, nextDelayMs } from './schedule';
import { DEFAULT_API_URL } from './config';
import { activeRulesOf } from './active-rules';
import { siteReadingOf } from '../sites/descriptors/all';
import type { ScannerDefaults, SyncStatusView } from './protocol';

export const SYNC_ALARM = 'liveguard-sync';
let inflight: Promise<void> | null = null;

/** The server in use: the viewer's own when set, else the built-in one (also where shared reports go). */
export async function apiUrl(): Promise<string> {
  return (await syncApiUrl.getValue()) ?? DEFAULT_API_URL;
}

export async function activeBundle() {
  return (await syncedBundle.getValue()) ?? DEFAULT_BUNDLE;
}

async function status(): Promise<SyncStatusView> {
  const [meta, bundle, custom] = await Promise.all([syncMeta.getValue(), activeBundle(), syncApiUrl.getValue()]);
  return {
    status: meta.status, lastSyncAt: meta.lastSyncAt, lastAttemptAt: meta.lastAttemptAt, lastError: meta.lastError,
    bundleVersion: bundle.version, apiUrl: custom ?? DEFAULT_API_URL, customApiUrl: custom != null,
    stale: isStale(meta, Date.now()),
  };
}

async function schedule(delayMs: number) {
  await browser.alarms.create(SYNC_ALARM, { when: Date.now() + delayMs });
}

/** One sync at a time: a second caller waits for the running one instead of starting another. */
export function runSync(): Promise<void> {
  inflight ??= (async () => {
    try {
      const held = await activeBundle();
      const url = await apiUrl();
      // a URL ending in /manifest.json is a static export (issue 22), anything else the live API
      const sync = isStaticOrigin(url) ? syncStaticOnce : syncOnce;
      const out = await sync(held, await syncMeta.getValue(), { fetch: globalThis.fetch.bind(globalThis), apiUrl: url, publicKey: BUNDLE_PUBKEYS, now: Date.now });
      if (out.bundle) await syncedBundle.setValue(out.bundle);
      await syncMeta.setValue(out.meta);
      const current = out.bundle ?? held;
      await schedule(nextDelayMs({ failures: out.meta.failures, minSyncIntervalSec: current.settings.minSyncIntervalSec }));
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

/** `defaults`: the built-in model and fold table the content script gets with the rules (issue 13) */
export function registerSync(defaults: ScannerDefaults) {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runSync();
  });
  // first run after a random 0-60 s (browsers clamp alarms to >= 30 s); keep an existing schedule
  void browser.alarms.get(SYNC_ALARM).then((a) => (a ? undefined : schedule(firstRunDelayMs())));
  handle({
    getSyncStatus: async () => status(),
    syncNow: async () => {
      await runSync();
      return status();
    },
    setApiUrl: async ({ apiUrl: url }) => {
      await syncApiUrl.setValue(url);
      // a different server has its own versions and validators
      await syncMeta.setValue({ ...(await syncMeta.getValue()), etag: null, etagUrl: null, failures: 0 });
      return status();
    },
    getActiveRules: async ({ site }) => {
      const rules = activeRulesOf(await activeBundle(), defaults, (m) => console.warn(m));
      return site ? { ...rules, reading: siteReadingOf(site) } : rules;
    },
  });
}
