// Issue 18 item 3: at most two pop-ups on screen, the rest wait (collapsed into the findings
// counter) and come up as the viewer acknowledges; criticals never wait (R-RISK-3); the minor
// reminder goes before plain warnings (R-MINOR-9) and its veil holds while it waits.
import { describe, expect, it } from 'vitest';
import { arrangePopups, MAX_VISIBLE_POPUPS, MAX_WAITING_POPUPS } from '@/lib/overlay/popup-queue';
import { createOverlayStore } from '@/lib/overlay/store';
import { createOverlayController } from '@/lib/overlay/controller';
import type { Category } from '@/lib/taxonomy';
import type { ShownFinding } from '@/lib/overlay/store';
import { chatFinding } from './chat-finding';

const T0 = 1_000_000;
const item = (uid: number, category: Category, severity: 'warning' | 'critical' = 'warning'): ShownFinding => ({ uid, at: T0 + uid, finding: chatFinding(category, `t${uid}`, severity) });
const uids = (l: ShownFinding[]) => l.map((p) => p.uid);

describe('arrangePopups', () => {
  it('shows the two newest plain warnings; the older ones wait in arrival order', () => {
    const q = arrangePopups([item(1, 'off_platform'), item(2, 'counterfeit'), item(3, 'gambling_fraud'), item(4, 'harassment')]);
    expect(MAX_VISIBLE_POPUPS).toBe(2);
    expect(uids(q.visible)).toEqual([3, 4]);
    expect(uids(q.waiting)).toEqual([1, 2]);
  });

  it('the minor reminder outranks plain warnings; criticals all show, even past two', () => {
    const q = arrangePopups([item(1, 'minor_unsuitable'), item(2, 'off_platform'), item(3, 'counterfeit')]);
    expect(uids(q.visible)).toEqual([1, 3]);
    const c = arrangePopups([item(1, 'minor_unsuitable'), item(2, 'prohibited_goods', 'critical'), item(3, 'gambling_fraud', 'critical'), item(4, 'prohibited_goods', 'critical')]);
    expect(uids(c.visible)).toEqual([2, 3, 4]);
    expect(uids(c.waiting)).toEqual([1]);
  });

  it('keeps at most MAX_WAITING_POPUPS waiting, dropping the oldest plain warning before the minor reminder', () => {
    const list = [item(1, 'minor_unsuitable'), ...Array.from({ length: MAX_WAITING_POPUPS + 5 }, (_, i) => item(i + 2, 'off_platform'))];
    const q = arrangePopups(list);
    expect(q.visible).toHaveLength(2);
    expect(q.waiting).toHaveLength(MAX_WAITING_POPUPS);
    expect(q.visible[0]!.finding.category).toBe('minor_unsuitable');
    // the newest plain warning shows; the oldest plain ones left first
    expect(q.waiting[0]!.uid).toBe(2 + 4);
  });
});

describe('the controller with waiting pop-ups', () => {
  it('acknowledging one brings the next waiting one up; the counter side holds the rest', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    (['off_platform', 'counterfeit', 'gambling_fraud', 'harassment'] as Category[]).forEach((cat, i) => c.add(chatFinding(cat, `w${i}`), T0 + i));
    expect(store.popups.value.map((p) => p.finding.matched.text)).toEqual(['w2', 'w3']);
    expect(store.waiting.value.map((p) => p.finding.matched.text)).toEqual(['w0', 'w1']);
    c.ack(store.popups.value[1]!.uid);
    expect(store.popups.value.map((p) => p.finding.matched.text)).toEqual(['w1', 'w2']);
    expect(store.waiting.value.map((p) => p.finding.matched.text)).toEqual(['w0']);
    // acknowledging a waiting one (from the panel) takes it off the queue
    c.ack(store.waiting.value[0]!.uid);
    expect(store.waiting.value).toHaveLength(0);
    expect(store.popups.value).toHaveLength(2);
  });

  it('muting a category clears its waiting pop-ups too, and the next one comes up', () => {
    const store = createOverlayStore();
    const c = createOverlayController(store);
    c.add(chatFinding('counterfeit', 'a'), T0);
    c.add(chatFinding('off_platform', 'b'), T0 + 1);
    c.add(chatFinding('gambling_fraud', 'c'), T0 + 2);
    expect(store.waiting.value.map((p) => p.finding.category)).toEqual(['counterfeit']);
    c.mute('gambling_fraud');
    expect(store.popups.value.map((p) => p.finding.category)).toEqual(['counterfeit', 'off_platform']);
    expect(store.waiting.value).toHaveLength(0);
  });
});
