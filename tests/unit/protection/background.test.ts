// R-MINOR-10/11/12 through the real message handlers, storage and policy reader (WXT's fakeBrowser
// stands in for the browser APIs, which cannot run in Node). Fake clock: an injected `now`.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerProtection } from '@/lib/protection/background';
import { protectionState } from '@/lib/storage';
import { hashPin, MIN_ITERATIONS } from '@/lib/protection/pin';
import type { RequestOf, ResponseOf, MessageType } from '@/lib/messaging';

let now = Date.parse('2026-11-22T20:00:00+08:00');
const clock = { now: () => now, timeZone: () => 'Asia/Shanghai' };
const CONTENT = { id: undefined as string | undefined, tab: { id: 7, url: 'https://live.douyin.com/880088000' }, url: 'https://live.douyin.com/880088000' };
const PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

async function call<K extends MessageType>(type: K, data: RequestOf<K>, sender: object = PAGE()): Promise<ResponseOf<K>> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ liveguard: 1, type, data }, sender)) as unknown[];
  const reply = replies.find(Boolean) as { ok: true; data: ResponseOf<K> } | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

beforeEach(() => {
  fakeBrowser.reset();
  now = Date.parse('2026-11-22T20:00:00+08:00');
  CONTENT.id = fakeBrowser.runtime.id;
  registerProtection(clock);
});

async function setUp(pin = '482148') {
  expect(await call('protection:setPin', { newPin: pin })).toEqual({ ok: true, lockedUntil: null });
  expect(await call('protection:update', { pin, patch: { enabled: true } })).toEqual({ ok: true, lockedUntil: null });
}

describe('protection background', () => {
  it('stores only a salted hash; the content side never receives it', async () => {
    await setUp();
    const stored = await protectionState.getValue();
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
    expect(await call('protection:setPin', { currentPin: '482148', newPin: '999999' })).toEqual({ ok: true, lockedUntil: null });
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
});
