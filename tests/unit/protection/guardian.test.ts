// issue 24 through the real background handlers and IndexedDB (Dexie on fake-indexeddb; WXT's
// fakeBrowser stands in for the extension APIs, which cannot run in Node). Fake clock: an injected
// wall `now` and a stubbed performance.now() for the worker's monotonic time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { registerProtection } from '@/lib/protection/background';
import { beat } from '@/lib/protection/heartbeat';
import { pushBudgetSync } from '@/lib/protection/budget-sync-background';
import { SYNC_DAY_PREFIX } from '@/lib/protection/budget-sync';
import { loadProtectionState, resetProtectionDbForTests } from '@/lib/db/protection-state';
import { forgetCachedState } from '@/lib/protection/store';
import type { MessageType, RequestOf, ResponseOf } from '@/lib/messaging';
import { callBackground, contentScript, extensionPage } from '../../background-call';

let now = 0;
let mono = 0;
let origin = 1_000;
const clock = { now: () => now, timeZone: () => 'Asia/Shanghai' };
const PAGE = () => extensionPage();
const ROOM = { site: 'douyin' as const, roomId: '880088000' };
const CONTENT = () => contentScript();

const call = <K extends MessageType>(type: K, data: RequestOf<K>, sender: object = PAGE()): Promise<ResponseOf<K>> => callBackground(type, data, sender);
/** `ms` of wall and monotonic time pass together (a running browser) */
function pass(ms: number) {
  now += ms;
  mono += ms;
}

beforeEach(() => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetProtectionDbForTests();
  forgetCachedState();
  fakeBrowser.reset();
  now = Date.parse('2026-11-22T23:40:00+08:00');
  mono = 10_000;
  vi.spyOn(performance, 'now').mockImplementation(() => mono);
  vi.spyOn(performance, 'timeOrigin', 'get').mockImplementation(() => origin);
  registerProtection(clock, { heartbeat: false });
});
afterEach(() => vi.restoreAllMocks());

async function setUp(budgetMinutes = 10) {
  const r = await call('protection:setPin', { newPin: '482148' });
  await call('protection:update', { pin: '482148', patch: { enabled: true, dailyBudgetMinutes: budgetMinutes, curfew: { enabled: false } } });
  return r.recoveryCode!;
}
async function watch(minutes: number) {
  let d = await call('protection:tick', { ...ROOM, active: true }, CONTENT());
  for (let i = 0; i < minutes * 2; i++) {
    pass(30_000);
    d = await call('protection:tick', { ...ROOM, active: true }, CONTENT());
  }
  return d;
}

describe('moved clock (issue 24)', () => {
  it('moving the clock 6 h forward past midnight is logged and does not reset the day\'s budget', async () => {
    await setUp(10);
    const spent = await watch(10);
    expect(spent.gate).toBe('budget');
    now += 6 * 3_600_000; // the child moves the clock to 05:50 the next day
    pass(30_000);
    const after = await call('protection:tick', { ...ROOM, active: true }, CONTENT());
    expect(after.gate).toBe('budget');
    expect(after.remainingMs).toBe(0);
    const state = await loadProtectionState();
    expect(state.log.map((e) => e.kind)).toContain('clock-forward');
    expect(state.watch.skewMs).toBe(6 * 3_600_000);
    expect((await call('protection:getSettings', {})).skewMs).toBe(6 * 3_600_000);
  });

  it('control: real time passing midnight does open a new day', async () => {
    await setUp(10);
    expect((await watch(10)).gate).toBe('budget');
    pass(20 * 60_000); // 00:10: ticks stopped at the gate, time ran on
    const d = await call('protection:tick', { ...ROOM, active: true }, CONTENT());
    expect(d.gate).toBeNull();
    expect(d.remainingMs).toBe(10 * 60_000);
  });

  it('the guardian can declare the clock right (with the PIN), which clears the skew', async () => {
    await setUp(10);
    await watch(1);
    now += 3_600_000;
    pass(30_000);
    await call('protection:tick', { ...ROOM, active: true }, CONTENT());
    expect(await call('protection:clockRight', { pin: '000000' })).toMatchObject({ ok: false });
    expect(await call('protection:clockRight', { pin: '482148' })).toMatchObject({ ok: true });
    expect((await call('protection:getSettings', {})).skewMs).toBe(0);
  });
});

describe('heartbeat (issue 24)', () => {
  it('a worker restart after 35 min of silence leaves a gap entry from the last beat to now', async () => {
    await setUp();
    await beat(clock);
    const last = now;
    now += 35 * 60_000;
    origin += 35 * 60_000; // a new worker life
    mono = 500;
    await beat(clock, 'not-running');
    const gap = (await call('protection:getLog', {})).log.find((e) => e.kind === 'gap');
    expect(gap).toMatchObject({ from: last, at: now, ms: 35 * 60_000, detail: 'not-running' });
  });

  it('no private-window access is logged and reported to the options page', async () => {
    await setUp();
    (fakeBrowser.extension as { isAllowedIncognitoAccess: () => Promise<boolean> }).isAllowedIncognitoAccess = async () => false;
    await beat(clock);
    await beat(clock);
    const kinds = (await call('protection:getLog', {})).log.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'private-no-access')).toHaveLength(1);
    expect((await call('protection:getSettings', {})).incognitoAllowed).toBe(false);
  });
});

describe('recovery code (issue 24)', () => {
  it('resets the PIN exactly once', async () => {
    const code = await setUp();
    const first = await call('protection:recover', { code, newPin: 'new-pin-1' });
    expect(first).toMatchObject({ ok: true });
    expect(first.recoveryCode).toBeTruthy();
    expect(first.recoveryCode).not.toBe(code);
    expect(await call('protection:update', { pin: 'new-pin-1', patch: { dailyBudgetMinutes: 30 } })).toMatchObject({ ok: true });
    expect(await call('protection:update', { pin: '482148', patch: { dailyBudgetMinutes: 30 } })).toMatchObject({ ok: false });
    expect(await call('protection:recover', { code, newPin: 'new-pin-2' })).toMatchObject({ ok: false, error: 'wrong recovery code' });
    expect(await call('protection:update', { pin: 'new-pin-2', patch: { dailyBudgetMinutes: 30 } })).toMatchObject({ ok: false });
    const log = (await call('protection:getLog', {})).log.map((e) => e.kind);
    expect(log.filter((k) => k === 'recovery-used')).toHaveLength(1);
  });

  it('a content script cannot use it', async () => {
    const code = await setUp();
    await expect(call('protection:recover', { code, newPin: 'new-pin-1' }, CONTENT())).rejects.toThrow(/not allowed/);
  });
});

describe('budget sync (issue 24)', () => {
  it('opt-in: this device writes its minutes; another device\'s minutes of the day count against the budget', async () => {
    await setUp(40);
    await watch(5);
    expect(await call('protection:guardianOptions', { pin: '482148', budgetSync: true })).toMatchObject({ ok: true });
    const mine = Object.entries(await fakeBrowser.storage.sync.get(null)).filter(([k]) => k.startsWith(SYNC_DAY_PREFIX));
    expect(mine).toHaveLength(1);
    expect(mine[0]![1]).toMatchObject({ day: '2026-11-22', usedMs: 5 * 60_000 });
    await fakeBrowser.storage.sync.set({ [SYNC_DAY_PREFIX + 'desktop']: { device: 'desktop', day: '2026-11-22', usedMs: 20 * 60_000, at: now } });
    await pushBudgetSync(clock);
    expect((await call('protection:getSettings', {})).othersToday).toEqual({ day: '2026-11-22', usedMs: 20 * 60_000, devices: 1 });
    const d = await call('protection:status', ROOM, CONTENT());
    expect(d.remainingMs).toBe(15 * 60_000);
  });

  it('leaving sync needs the PIN while the guardian asks for it', async () => {
    await setUp(40);
    await call('protection:guardianOptions', { pin: '482148', budgetSync: true });
    expect(await call('protection:guardianOptions', { budgetSync: false })).toMatchObject({ ok: false });
    expect((await call('protection:getSettings', {})).budgetSync).toBe(true);
  });
});
