/**
 * Signs of faked popularity from the room's counters (R-DATA-20, Measures red line 4): viewer or
 * like jumps with no matching rise in chat, and like/viewer ratios no real audience produces.
 * Pure: fed samples, returns findings' raw facts; thresholds are named so tests can reason about them.
 */
export interface CounterSample {
  at: number;
  viewers: number | null;
  likes: number | null;
  /** chat messages seen in the sample's interval */
  chatCount: number;
}
export interface CounterAnomaly {
  kind: 'viewer_jump' | 'like_jump' | 'like_ratio';
  detail: string;
}

/** a jump must at least double the audience and add this many viewers within the window */
export const VIEWER_JUMP_FACTOR = 2;
export const VIEWER_JUMP_MIN = 500;
export const JUMP_WINDOW_MS = 60_000;
/** with a real jump, chat grows too; fewer than this many messages per 100 new viewers is suspicious */
export const CHAT_PER_100_NEW_VIEWERS = 1;
/** likes per viewer in one stream; beyond this the counter is not counting people */
export const MAX_LIKES_PER_VIEWER = 2000;
export const LIKE_JUMP_MIN = 1_000_000;

export function detectCounterAnomalies(samples: readonly CounterSample[]): CounterAnomaly[] {
  const out: CounterAnomaly[] = [];
  const last = samples[samples.length - 1];
  if (!last) return out;
  const windowStart = samples.find((s) => last.at - s.at <= JUMP_WINDOW_MS && s.viewers !== null);
  if (windowStart && windowStart !== last && windowStart.viewers !== null && last.viewers !== null) {
    const added = last.viewers - windowStart.viewers;
    const chat = samples.filter((s) => s.at > windowStart.at).reduce((a, s) => a + s.chatCount, 0);
    if (last.viewers >= windowStart.viewers * VIEWER_JUMP_FACTOR && added >= VIEWER_JUMP_MIN && chat < (added / 100) * CHAT_PER_100_NEW_VIEWERS) {
      out.push({ kind: 'viewer_jump', detail: `${windowStart.viewers}→${last.viewers} viewers, ${chat} chat messages` });
    }
  }
  const likeStart = samples.find((s) => last.at - s.at <= JUMP_WINDOW_MS && s.likes !== null);
  if (likeStart && likeStart !== last && likeStart.likes !== null && last.likes !== null && last.likes - likeStart.likes >= LIKE_JUMP_MIN) {
    const chat = samples.filter((s) => s.at > likeStart.at).reduce((a, s) => a + s.chatCount, 0);
    if (chat < 10) out.push({ kind: 'like_jump', detail: `+${last.likes - likeStart.likes} likes, ${chat} chat messages` });
  }
  if (last.likes !== null && last.viewers && last.likes / last.viewers > MAX_LIKES_PER_VIEWER) {
    out.push({ kind: 'like_ratio', detail: `${last.likes} likes / ${last.viewers} viewers` });
  }
  return out;
}
