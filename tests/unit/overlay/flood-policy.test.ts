// R-RISK-3: pop-ups must not flood: the same finding once, a cool-down per category, a category
// muted for the room; a critical is never muted silently. Pure policy, driven with a fake clock.
import { describe, expect, it } from 'vitest';
import { findingKey, newFloodState, present, POPUP_COOLDOWN_MS } from '@/lib/overlay/flood-policy';
import { createOverlayStore, MAX_POPUPS } from '@/lib/overlay/store';
import { createOverlayController, trimPopups } from '@/lib/overlay/controller';
import type { Category } from '@/lib/taxonomy';
import { chatFinding } from './chat-finding';

const f = chatFinding;
const T0 = 1_000_000;

describe('present()', () => {
  it('shows the same finding once, however it is spaced or cased', () => {
    const s = newFloodState();
    expect(present(s, f('off_platform', 'V信 ab123'), T0)).toBe('popup');
    expect(present(s, f('off_platform', 'v信ab123'), T0 + 60_000)).toBe('drop');
    expect(findingKey(f('off_platform', 'A B'))).toBe(findingKey(f('off_platform', 'ab')));
    // the same words in another category are another finding
    expect(findingKey(f('counterfeit', 'ab'))).not.toBe(findingKey(f('off_platform', 'ab')));
  });

  it('cools a category down between pop-ups: marks meanwhile, a pop-up again after the cool-down', () => {
    const s = newFloodState();
    expect(present(s, f('off_platform', 'one'), T0)).toBe('popup');
    expect(present(s, f('off_platform', 'two'), T0 + POPUP_COOLDOWN_MS - 1)).toBe('mark');
    expect(present(s, f('counterfeit', 'three'), T0 + 1)).toBe('popup'); // other categories unaffected
    expect(present(s, f('off_platform', 'four'), T0 + POPUP_COOLDOWN_MS)).toBe('popup');
  });

  it('notices are marks, never pop-ups', () => {
    const s = newFloodState();
    expect(present(s, f('false_claim', '最好', 'notice'), T0)).toBe('mark');
    expect(present(s, f('false_claim', '国家级', 'notice'), T0 + 10 * POPUP_COOLDOWN_MS)).toBe('mark');
  });

  it('a muted category gets marks only, long after any cool-down', () => {
    const s = newFloodState();
    s.muted.add('off_platform');
    expect(present(s, f('off_platform', 'one'), T0)).toBe('mark');
    expect(present(s, f('off_platform', 'two'), T0 + 100 * POPUP_COOLDOWN_MS)).toBe('mark');
    expect(present(s, f('gambling_fraud', 'bet'), T0)).toBe('popup');
  });

  it('a critical is never muted: interstitial first, a mark when repeated, a pop-up after "continue"', () => {
    const s = newFloodState();
    s.muted.add('prohibited_goods');
    expect(present(s, f('prohibited_goods', '电子烟', 'critical'), T0)).toBe('interstitial');
    expect(present(s, f('prohibited_goods', '电子烟', 'critical'), T0 + 1)).toBe('mark');
    s.continued.add('prohibited_goods');
    expect(present(s, f('prohibited_goods', '管制刀具', 'critical'), T0 + 2)).toBe('popup');
    expect(present(s, f('gambling_fraud', '赌球', 'critical'), T0 + 3)).toBe('interstitial');
  });
});

describe('the controller on screen', () => {
  it('mute takes the category\'s pop-ups off screen but keeps its findings listed and marked muted', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    c.add(f('off_platform', 'one'), T0);
    c.add(f('counterfeit', 'rep'), T0);
    c.mute('off_platform');
    expect(store.popups.value.map((p) => p.finding.category)).toEqual(['counterfeit']);
    expect(store.muted.value).toEqual(['off_platform']);
    expect(c.add(f('off_platform', 'two'), T0 + 100 * POPUP_COOLDOWN_MS).presentation).toBe('mark');
    expect(store.findings.value.map((x) => [x.finding.matched.text, !!x.muted])).toEqual([
      ['one', false],
      ['rep', false],
      ['two', true],
    ]);
    c.unmute('off_platform');
    expect(c.add(f('off_platform', 'three'), T0 + 200 * POPUP_COOLDOWN_MS).presentation).toBe('popup');
  });

  it('never more than MAX_POPUPS on screen: plain warnings leave first, then the minor reminder, criticals never', () => {
    const cats: Category[] = ['minor_unsuitable', 'off_platform', 'counterfeit', 'gambling_fraud', 'harassment'];
    const store = createOverlayStore();
    const c = createOverlayController(store);
    cats.forEach((cat, i) => c.add(f(cat, `w${i}`), T0 + i));
    expect(store.popups.value).toHaveLength(MAX_POPUPS);
    expect(store.popups.value.map((p) => p.finding.category)).toEqual(['minor_unsuitable', 'harassment']);
    // the rest wait behind them (issue 18 item 3), none dropped
    expect(store.waiting.value.map((p) => p.finding.category)).toEqual(['off_platform', 'counterfeit', 'gambling_fraud']);

    const items = [0, 1, 2, 3].map((i) => ({ uid: i, at: T0, finding: f('prohibited_goods', `c${i}`, 'critical') }));
    expect(trimPopups(items)).toHaveLength(4); // all criticals stay
    const mixed = [{ uid: 9, at: T0, finding: f('minor_unsuitable', 'm') }, ...items.slice(0, 3)];
    expect(trimPopups(mixed).map((p) => p.finding.matched.text)).toEqual(['c0', 'c1', 'c2']);
    expect(MAX_POPUPS).toBe(2);
  });
});
