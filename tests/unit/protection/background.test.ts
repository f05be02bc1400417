// R-MINOR-10/11/12 through the real message handlers, storage and policy reader (WXT's fakeBrowser
// stands in for the browser APIs, which cannot run in Node). Fake clock: an injected `now`.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerProtection } from '@/lib/protection/background';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadProtectionState, resetProtectionDbForTests, LEGACY_KEY } from '@/lib/db/protection-state';
import { forgetCachedState } from '@/lib/protection/store';
import { DEFAULT_ITERATIONS, hashPin, MIN_ITERATIONS, RECORD_MIN_ITERATIONS, verifyPin } from '@/lib/protection/pin';
import { INITIAL_STATE } from '@/lib/protection/state';
import type { RequestOf, ResponseOf, MessageType } from '@/lib/messaging';
import { callBackground, extensionPage } from '../../background-call';

let now = Date.parse('2026-11-22T20:00:00+08:00');
const clock = { now: () => now, timeZone: () => 'Asia/Shanghai' };
const CONTENT = { id: undefined as string | undefined, tab: { id: 7, url: 'https://live.douyin.com/880088000' }, url: 'https://live.douyin.com/880088000' };
const PAGE = () => extensionPage();

const call = <K extends MessageType>(type: K, data: RequestOf<K>, sender: object = PAGE()): Promise<ResponseOf<K>> => callBackground(type, data, sender);

beforeEach(() => {
  // a fresh extension IndexedDB (real Dexie on fake-indexeddb) and no in-memory copy
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetProtectionDbForTests();
  forgetCachedState();
  fakeBrowser.reset();
  now = Date.parse('2026-11-22T20:00:00+08:00');
  CONTENT.id = fakeBrowser.runtime.id;
  registerProtection(clock, { heartbeat: false });
});

async function setUp(pin = '482148') {
  expect(await call('protection:setPin', { newPin: pin })).toMatchObject({ ok: true, lockedUntil: null, recoveryCode: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/) });
  expect(await call('protection:update', { pin, patch: { enabled: true } })).toEqual({ ok: true, lockedUntil: null });
}

describe('protection background', () => {
  it('stores only a salted hash; the content side never receives it', async () => {
    await setUp();
    const stored = await loadProtectionState();
    expect(stored.pin?.algo).toBe('PBKDF2-SHA256');
    expect(JSON.stringify(stored)).not.toContain('482148');
    const decision = await call('protection:status', { site: 'douyin', roomId: '880088000', categories: ['minor_unsuitable'] }, CONTENT);
    expect(decision.gate).toBe('content');
    expect(JSON.stringify(decision)).not.toContain(stored.pin!.hash);
  });

  it('a content script cannot read or change settings, set the PIN, try PINs or read the log', async () => {
    await setUp();
    await expect(call('protection:update', { pin: '482148', patch: { enabled: false } }, CONTENT)).rejects.toThrow(/not allowed/);
    await expect(call('protection:setPin', { newPin: '000000' }, CONTENT)).rejects.toThrow(/not allowed/);
    await expect(call('protection:getSettings', {}, CONTENT)).rejects.toThrow(/not allowed/);
    await expect(call('protection:getLog', {}, CONTENT)).rejects.toThrow(/not allowed/);
  });

  it('turning protection off or changing the PIN needs the PIN', async () => {
    await setUp();
    expect(await call('protection:update', { pin: '000000', patch: { enabled: false } })).toMatchObject({ ok: false, error: 'wrong PIN' });
    expect(await call('protection:setPin', { newPin: '999999' })).toMatchObject({ ok: false, error: 'wrong PIN' });
    expect((await call('protection:getSettings', {})).settings.enabled).toBe(true);
    expect(await call('protection:setPin', { currentPin: '482148', newPin: '999999' })).toMatchObject({ ok: true, lockedUntil: null, recoveryCode: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/) });
    expect(await call('protection:update', { pin: '999999', patch: { enabled: false } })).toEqual({ ok: true, lockedUntil: null });
    expect((await call('protection:getSettings', {})).settings.enabled).toBe(false);
  });

  it('five wrong PINs at a gate lock out, even the right PIN is then refused until the delay passes', async () => {
    await setUp();
    const gate = { site: 'douyin' as const, roomId: '880088000', categories: ['minor_unsuitable' as const], contentKey: 'douyin:880088000', gate: 'content' as const };
    // PINs at a gate come from the gate's PIN frame, an extension page inside the tab
    const FRAME = { id: fakeBrowser.runtime.id, tab: CONTENT.tab, url: fakeBrowser.runtime.getURL('/protection-pin.html') };
    await expect(call('protection:unlock', { ...gate, pin: '482148' }, CONTENT)).rejects.toThrow(/not allowed/);
    for (let i = 0; i < 4; i++) expect((await call('protection:unlock', { ...gate, pin: '111111' }, FRAME)).lockedUntil).toBeNull();
    const fifth = await call('protection:unlock', { ...gate, pin: '111111' }, FRAME);
    expect(fifth.lockedUntil).toBe(now + 60_000);
    const refused = await call('protection:unlock', { ...gate, pin: '482148' }, FRAME);
    expect(refused).toMatchObject({ ok: false, error: 'locked' });
    expect(refused.decision.gate).toBe('content');
    now += 60_000;
    const ok = await call('protection:unlock', { ...gate, pin: '482148' }, FRAME);
    expect(ok.ok).toBe(true);
    expect(ok.decision.gate).toBeNull();
    const { log } = await call('protection:getLog', {});
    expect(log.map((e) => e.kind)).toEqual(['pin-set', 'pin-ok', 'protection-on', 'pin-fail', 'pin-fail', 'pin-fail', 'pin-fail', 'pin-fail', 'lockout', 'locked-attempt', 'pin-ok', 'gate-unlocked']);
  });

  it('ticks from content scripts spend the budget and report the countdown; the log shows time used', async () => {
    await setUp();
    await call('protection:update', { pin: '482148', patch: { curfew: { enabled: false } } });
    let d = await call('protection:tick', { active: true }, CONTENT);
    for (let i = 0; i < 80; i++) {
      now += 30_000;
      d = await call('protection:tick', { active: true, site: 'douyin', roomId: '1' }, CONTENT);
    }
    expect(d.remainingMs).toBe(0);
    expect(d.gate).toBe('budget');
    const { today } = await call('protection:getLog', {});
    expect(today).toEqual({ day: '2026-11-22', usedMs: 40 * 60_000 });
  });

  it('a managed policy forces protection on: the UI cannot switch it off even with the PIN', async () => {
    await setUp();
    await fakeBrowser.storage.managed.set({ protectionEnabled: true, dailyBudgetMinutes: 15, bogus: 1 });
    const view = await call('protection:getSettings', {});
    expect(view.settings).toMatchObject({ enabled: true, dailyBudgetMinutes: 15 });
    expect(view.locked.sort()).toEqual(['dailyBudgetMinutes', 'enabled']);
    expect(view.policyErrors).toEqual(['unknown policy key bogus']);
    expect(await call('protection:update', { pin: '482148', patch: { enabled: false } })).toMatchObject({ ok: false, error: 'set by policy: enabled' });
    expect((await call('protection:status', {}, CONTENT)).active).toBe(true);
  });

  it('a policy PIN replaces the local one and cannot be changed from the options page (lost-PIN route)', async () => {
    await setUp('111111');
    const { algo: _a, ...pin } = await hashPin('777777', { iterations: MIN_ITERATIONS });
    await fakeBrowser.storage.managed.set({ pin });
    expect((await call('protection:getSettings', {})).pinLocked).toBe(true);
    expect(await call('protection:update', { pin: '111111', patch: { dailyBudgetMinutes: 10 } })).toMatchObject({ ok: false, error: 'wrong PIN' });
    expect(await call('protection:update', { pin: '777777', patch: { dailyBudgetMinutes: 10 } })).toEqual({ ok: true, lockedUntil: null });
    expect(await call('protection:setPin', { currentPin: '777777', newPin: '222222' })).toMatchObject({ ok: false, error: 'PIN set by policy' });
  });

  it('records a "host looks under 16" report locally (R-MINOR-12)', async () => {
    const { id } = await call('protection:reportMinorHost', { site: 'douyin', roomId: '880088000', hostName: '严选好物小美', hostId: 'MS4wLjABAAAA_liveguard_demo_host', url: 'https://live.douyin.com/880088000' }, CONTENT);
    const { reports, log } = await call('protection:getLog', {});
    expect(reports).toEqual([expect.objectContaining({ id, at: now, site: 'douyin', roomId: '880088000', hostId: 'MS4wLjABAAAA_liveguard_demo_host' })]);
    expect(log.at(-1)).toMatchObject({ kind: 'minor-host-report', roomId: '880088000' });
    await expect(call('protection:reportMinorHost', { site: 'douyin', roomId: '1', url: 'javascript:alert(1)' }, CONTENT)).rejects.toThrow(/invalid/);
  });

  it('keeps the state and PIN record out of storage.local, the one store a content script can read (issue 14)', async () => {
    await setUp();
    await call('protection:tick', { site: 'douyin', roomId: '880088000', active: true }, CONTENT);
    // everything a content script could read with browser.storage.local.get()
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const stored = await loadProtectionState();
    expect(stored.pin).not.toBeNull();
    for (const secret of [stored.pin!.hash, stored.pin!.salt, '"enabled"', '"attempts"']) expect(local).not.toContain(secret);
    // and no message a content script may send returns it
    const answers = JSON.stringify([
      await call('protection:status', {}, CONTENT),
      await call('protection:tick', { active: true }, CONTENT),
    ]);
    expect(answers).not.toContain(stored.pin!.hash);
    expect(answers).not.toContain(stored.pin!.salt);
  });

  it('new PINs need 6 characters; PBKDF2 at today\'s count (600,000 in the extension: pin.test.ts)', async () => {
    expect(await call('protection:setPin', { newPin: '4821' })).toMatchObject({ ok: false, error: expect.stringMatching(/too short/) });
    await setUp('482148');
    expect((await loadProtectionState()).pin?.iterations).toBe(DEFAULT_ITERATIONS);
  });

  it('lockout is kept in the database: a restarted background still refuses PINs', async () => {
    await setUp();
    for (let i = 0; i < 5; i++) await call('protection:update', { pin: '000000', patch: { enabled: false } });
    forgetCachedState(); // a new service worker: nothing in memory, the database alone
    expect(await call('protection:update', { pin: '482148', patch: { enabled: false } })).toMatchObject({ ok: false, error: 'locked' });
  });

  it('moves a 0.1 guardian (storage.local, 4-digit PIN, 310k) into the database and loses nothing', async () => {
    // made as 0.1 made it (4 digits allowed, 310,000 iterations: here scaled like today's count), independently with node:crypto
    const { pbkdf2Sync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const iterations = (DEFAULT_ITERATIONS * 31) / 60;
    const old = { algo: 'PBKDF2-SHA256' as const, iterations, salt: salt.toString('base64'), hash: pbkdf2Sync('4821', salt, iterations, 32, 'sha256').toString('base64') };
    expect(old.iterations).toBeGreaterThanOrEqual(RECORD_MIN_ITERATIONS);
    const legacy = { ...INITIAL_STATE, settings: { ...INITIAL_STATE.settings, enabled: true, dailyBudgetMinutes: 25 }, pin: old };
    delete (legacy as { pinWeak?: boolean }).pinWeak; // 0.1 had no such field
    await fakeBrowser.storage.local.set({ [LEGACY_KEY]: legacy, [`${LEGACY_KEY}$`]: { v: 1 } });

    const view = await call('protection:getSettings', {});
    expect(view.settings).toMatchObject({ enabled: true, dailyBudgetMinutes: 25 });
    expect(view.hasPin).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({}); // gone from where content scripts read
    // the old 4-digit PIN still works (decided: a guardian is never locked out of their settings) …
    expect(await call('protection:update', { pin: '4821', patch: { dailyBudgetMinutes: 30 } })).toEqual({ ok: true, lockedUntil: null });
    // … is re-hashed at today's iterations, and the options page asks for a longer one
    const now2 = await loadProtectionState();
    expect(now2.pin!.iterations).toBe(DEFAULT_ITERATIONS);
    expect(await verifyPin('4821', now2.pin!)).toBe(true);
    expect((await call('protection:getSettings', {})).pinWeak).toBe(true);
    expect(await call('protection:setPin', { currentPin: '4821', newPin: '48214821' })).toMatchObject({ ok: true, lockedUntil: null, recoveryCode: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/) });
    expect((await call('protection:getSettings', {})).pinWeak).toBe(false);
    expect((await call('protection:getSettings', {})).settings.dailyBudgetMinutes).toBe(30);
  });
});
