/**
 * The part of Kuaishou's server-rendered state that names the room (sites.md §2, [S18]
 * get_kuaishou_stream_data), checked by hand: the content script parses it on every Kuaishou room
 * and bundles no zod (issue 13). Same verdicts as a zod object schema (extra keys allowed; every
 * playList entry must have the shape; null or missing where optional), held to them by
 * tests/unit/sites/kuaishou-state.test.ts.
 */
export interface KuaishouRoomState {
  liveStream?: { caption?: string } | null;
  author?: { name?: string } | null;
  watchingCount?: string | number | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
/** an optional, nullable object whose one field (if there) is a string of at most `max` */
const optPart = (v: unknown, key: string, max: number) => v === undefined || v === null || (isObject(v) && optString(v[key], max));

function isRoomEntry(v: unknown): v is KuaishouRoomState {
  if (!isObject(v)) return false;
  const w = v.watchingCount;
  const watchingOk = w === undefined || w === null || typeof w === 'number' || (typeof w === 'string' && w.length <= 50);
  return watchingOk && optPart(v.liveStream, 'caption', 500) && optPart(v.author, 'name', 200);
}

/** the first room of `liveroom.playList`, or null when the state does not have the expected shape */
export function kuaishouRoomState(state: unknown): KuaishouRoomState | null {
  if (!isObject(state) || !isObject(state.liveroom)) return null;
  const list = state.liveroom.playList;
  if (!Array.isArray(list) || list.length < 1 || !list.every(isRoomEntry)) return null;
  return list[0];
}
