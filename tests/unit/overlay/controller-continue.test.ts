// R-RISK-3: a critical is never muted; once the viewer continues past a category's interstitial in
// this room, new criticals of that category come as pop-ups, other categories still interrupt.
import { describe, expect, it } from 'vitest';
import { createOverlayStore } from '@/lib/overlay/store';
import { createOverlayController } from '@/lib/overlay/controller';
import type { Finding } from '@/lib/model';
import type { Category } from '@/lib/taxonomy';
import { chatFinding } from './chat-finding';

const critical = (category: Category, text: string): Finding => chatFinding(category, text, 'critical');

describe('continue anyway', () => {
  it('turns later criticals of the same category into pop-ups, queued ones included', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    expect(c.add(critical('prohibited_goods', 'A')).presentation).toBe('interstitial');
    expect(c.add(critical('prohibited_goods', 'B')).presentation).toBe('interstitial'); // queued behind A
    expect(c.add(critical('gambling_fraud', 'C')).presentation).toBe('interstitial'); // queued too
    expect(store.interstitial.value?.finding.matched.text).toBe('A');
    c.continueFromInterstitial();
    // B (same category as A) became a pop-up; C (another category) is the next interstitial
    expect(store.interstitial.value?.finding.matched.text).toBe('C');
    expect(store.popups.value.map((p) => p.finding.matched.text)).toEqual(['B']);
    expect(c.add(critical('prohibited_goods', 'D')).presentation).toBe('popup');
    c.continueFromInterstitial();
    expect(store.interstitial.value).toBeNull();
  });

  it('muting a category never hides its criticals', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    c.mute('prohibited_goods');
    expect(c.add(critical('prohibited_goods', 'A')).presentation).toBe('interstitial');
    c.continueFromInterstitial();
    expect(c.add(critical('prohibited_goods', 'B')).presentation).toBe('popup');
    expect(store.popups.value).toHaveLength(1);
    c.mute('prohibited_goods'); // muting again with a critical pop-up on screen keeps it
    expect(store.popups.value).toHaveLength(1);
  });
});
