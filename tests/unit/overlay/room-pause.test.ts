// Issue 18 item 2: pausing warnings in a room keeps them off the screen for an hour (fake clock),
// never criticals (R-RISK-3) nor the minor reminder (R-MINOR-9); paused warnings still reach the panel.
import { describe, expect, it } from 'vitest';
import { createOverlayStore } from '@/lib/overlay/store';
import { createOverlayController } from '@/lib/overlay/controller';
import { clampPause, pausable, pauseHolds, ROOM_PAUSE_MS } from '@/lib/overlay/room-pause';
import { chatFinding } from './chat-finding';

const T0 = Date.UTC(2026, 11, 7, 12, 0, 0);

describe('room pause', () => {
  it('pausable: warnings and notices yes, criticals and the minor reminder never', () => {
    expect(pausable({ severity: 'warning', category: 'off_platform' })).toBe(true);
    expect(pausable({ severity: 'notice', category: 'price_fraud' })).toBe(true);
    expect(pausable({ severity: 'critical', category: 'prohibited_goods' })).toBe(false);
    expect(pausable({ severity: 'warning', category: 'minor_unsuitable' })).toBe(false);
  });

  it('holds until the end, not at it; no pause never holds', () => {
    const until = T0 + ROOM_PAUSE_MS;
    expect(pauseHolds(until, T0)).toBe(true);
    expect(pauseHolds(until, until - 1)).toBe(true);
    expect(pauseHolds(until, until)).toBe(false);
    expect(pauseHolds(null, T0)).toBe(false);
  });

  it('a pause from a message lasts at most an hour from now, and a past one is none', () => {
    expect(clampPause(T0 + 5 * ROOM_PAUSE_MS, T0)).toBe(T0 + ROOM_PAUSE_MS);
    expect(clampPause(T0 + 60_000, T0)).toBe(T0 + 60_000);
    expect(clampPause(T0 - 1, T0)).toBeNull();
    expect(clampPause(null, T0)).toBeNull();
  });

  it('paused: a warning is a mark in the panel, a critical still interrupts; after the hour warnings pop up again', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    c.pause(T0 + ROOM_PAUSE_MS, T0);
    expect(c.add(chatFinding('off_platform', '加我微信'), T0 + 1000).presentation).toBe('mark');
    expect(store.popups.value).toHaveLength(0);
    expect(store.findings.value.map((f) => f.finding.matched.text)).toEqual(['加我微信']); // still listed
    expect(c.add(chatFinding('prohibited_goods', '枪支', 'critical'), T0 + 2000).presentation).toBe('interstitial');
    expect(c.add(chatFinding('minor_unsuitable', '小朋友快来充值'), T0 + 3000).presentation).toBe('popup');
    // the hour is over (fake clock): warnings pop up again without anyone ending the pause
    expect(c.add(chatFinding('false_claim', '包治百病'), T0 + ROOM_PAUSE_MS).presentation).toBe('popup');
  });

  it('pausing clears the warnings on screen but keeps criticals and the minor reminder; resuming lets warnings pop up', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    c.add(chatFinding('off_platform', '加我微信'), T0);
    c.add(chatFinding('minor_unsuitable', '小朋友快来充值'), T0);
    c.add(chatFinding('prohibited_goods', '枪支', 'critical'), T0);
    c.continueFromInterstitial();
    c.add(chatFinding('prohibited_goods', '弹药', 'critical'), T0); // a critical pop-up now
    // at most two show (popup-queue.ts): the plain warning waits behind the critical and the reminder
    const pending = () => [...store.popups.value, ...store.waiting.value];
    expect(pending()).toHaveLength(3);
    expect(store.waiting.value.map((p) => p.finding.category)).toEqual(['off_platform']);
    c.pause(T0 + ROOM_PAUSE_MS, T0);
    // the paused warning leaves the queue too, so it cannot come up when a visible one is acknowledged
    expect(pending().map((p) => p.finding.category).sort()).toEqual(['minor_unsuitable', 'prohibited_goods']);
    c.pause(null, T0 + 1);
    expect(c.add(chatFinding('false_claim', '包治百病'), T0 + 2).presentation).toBe('popup');
  });

  it('a pause that already ended clears nothing', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    c.add(chatFinding('off_platform', '加我微信'), T0);
    c.pause(T0 - 1, T0);
    expect(store.popups.value).toHaveLength(1);
  });
});
