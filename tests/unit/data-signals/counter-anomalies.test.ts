// R-DATA-20: counter jumps without matching chat and impossible like/viewer ratios.
import { describe, expect, it } from 'vitest';
import { CHAT_PER_100_NEW_VIEWERS, detectCounterAnomalies, JUMP_WINDOW_MS, LIKE_JUMP_MIN, MAX_LIKES_PER_VIEWER, VIEWER_JUMP_MIN, type CounterSample } from '@/lib/data-signals/counter-anomalies';

const s = (at: number, viewers: number | null, likes: number | null = null, chatCount = 0): CounterSample => ({ at, viewers, likes, chatCount });
const kinds = (samples: CounterSample[]) => detectCounterAnomalies(samples).map((a) => a.kind);

describe('detectCounterAnomalies', () => {
  it('a viewer count that doubles by hundreds within the window with a silent chat is a jump', () => {
    expect(kinds([s(0, 1000), s(20_000, 1500), s(40_000, 3000)])).toEqual(['viewer_jump']);
    expect(detectCounterAnomalies([s(0, 1000), s(40_000, 3000)])[0].detail).toContain('1000→3000');
  });

  it('the same jump with chat growing along is an audience, not a bot', () => {
    const chat = Math.ceil((2000 / 100) * CHAT_PER_100_NEW_VIEWERS);
    expect(kinds([s(0, 1000), s(20_000, 2000, null, chat), s(40_000, 3000)])).toEqual([]);
  });

  it('small rooms and slow growth are not jumps', () => {
    expect(kinds([s(0, 10), s(30_000, 10 + VIEWER_JUMP_MIN - 1)])).toEqual([]); // doubled, but under the minimum
    expect(kinds([s(0, 1000), s(JUMP_WINDOW_MS + 1, 3000)])).toEqual([]); // outside the window
    expect(kinds([s(0, 1000), s(30_000, 1900)])).toEqual([]); // not doubled
  });

  it('a like jump of a million with almost no chat, and likes per viewer no audience makes', () => {
    expect(kinds([s(0, 1000, 0), s(30_000, 1000, LIKE_JUMP_MIN, 3)])).toEqual(['like_jump']);
    expect(kinds([s(0, 1000, 0), s(30_000, 1000, LIKE_JUMP_MIN, 50)])).toEqual([]);
    expect(kinds([s(0, 100, 100 * MAX_LIKES_PER_VIEWER + 1)])).toEqual(['like_ratio']);
    expect(kinds([s(0, 100, 100 * MAX_LIKES_PER_VIEWER)])).toEqual([]);
  });

  it('missing counters (site shows none) give nothing, not a crash', () => {
    expect(kinds([])).toEqual([]);
    expect(kinds([s(0, null), s(30_000, null)])).toEqual([]);
    expect(kinds([s(0, null, 5), s(30_000, 0, 5)])).toEqual([]);
  });
});
