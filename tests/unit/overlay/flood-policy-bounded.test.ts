// R-RISK-3: the same finding reaches the viewer once; the memory of shown findings is bounded
// (issue 5: matched text differs per message, so an unbounded set grew for the whole session).
import { describe, expect, it } from 'vitest';
import { newFloodState, present, SHOWN_KEYS_MAX } from '@/lib/overlay/flood-policy';
import type { Finding } from '@/lib/model';
import { chatFinding } from './chat-finding';

const finding = (text: string, severity: Finding['severity'] = 'warning'): Finding => chatFinding('off_platform', text, severity);

describe('flood policy', () => {
  it('shows a finding once (same words, any spacing or case) and cools pop-ups down per category', () => {
    const s = newFloodState();
    expect(present(s, finding('加微信'), 0)).toBe('popup');
    expect(present(s, finding('加 微信'), 1000)).toBe('drop');
    expect(present(s, finding('vx123'), 2000)).toBe('mark'); // same category within the cooldown
    expect(present(s, finding('加微信', 'critical'), 3000)).toBe('interstitial'); // another severity, another key
    expect(present(s, finding('加微信', 'critical'), 4000)).toBe('mark');
  });

  it('remembers the last SHOWN_KEYS_MAX findings, not every one of a long session', () => {
    const s = newFloodState();
    for (let i = 0; i < SHOWN_KEYS_MAX * 3; i++) present(s, finding(`号${i}`, 'notice'), i);
    // the newest are still known (dropped as repeats), the oldest were forgotten and show again
    expect(present(s, finding(`号${SHOWN_KEYS_MAX * 3 - 1}`, 'notice'), 0)).toBe('drop');
    expect(present(s, finding(`号${SHOWN_KEYS_MAX * 2}`, 'notice'), 0)).toBe('drop');
    expect(present(s, finding('号0', 'notice'), 0)).toBe('mark');
  });
});
