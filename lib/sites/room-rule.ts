/** The room id and room key of a URL, from a descriptor's room rules (issue 17). Pure. */
import type { RoomRule } from './descriptor';

export function roomIdFromRules(rules: readonly RoomRule[], hosts: readonly string[], url: URL): string | null {
  if (!hosts.includes(url.hostname)) return null;
  for (const r of rules) {
    if (r.host && r.host !== url.hostname) continue;
    let id: string | null = null;
    if (r.param) id = url.searchParams.get(r.param) || null;
    else if (r.path) {
      try {
        id = url.pathname.match(new RegExp(r.path))?.[1] ?? null;
      } catch {
        id = null;
      }
    }
    if (!id) continue;
    if (r.lowercase) id = id.toLowerCase();
    if (r.exclude?.includes(id)) continue;
    return id;
  }
  return null;
}

/** One key per room: a navigation that keeps it keeps the running room; null when the URL is no room. */
export function roomKeyOf(site: string, roomId: string | null): string | null {
  return roomId ? `${site}:${roomId}` : null;
}
