/**
 * Fixed-window rate limit per client (POST /v1/reports), in this instance's memory.
 * - Keyed by network, not address: one IPv6 customer holds a whole /64 (2^64 addresses), so the
 *   key is the /64; IPv4 (and IPv4-mapped IPv6) keys on the full address.
 * - Bounded by an LRU (lru-cache): a spray of new networks evicts the least recently seen ones,
 *   while a client that keeps posting stays recent and stays limited. (The old table was cleared
 *   whole above 100k entries, which reset every limited client at once.)
 * Per instance: N instances behind a balancer allow up to N × max per window (README, server).
 */
import ipaddr from 'ipaddr.js';
import { LRUCache } from 'lru-cache';

/** The rate-limit key of a client address: the IPv6 /64, or the IPv4 address. */
export function clientKey(address: string): string {
  if (!ipaddr.isValid(address)) return `raw:${address}`;
  const ip = ipaddr.process(address); // IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes IPv4
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}

export class RateLimiter {
  private hits: LRUCache<string, { windowStart: number; count: number }>;

  constructor(private max: number, private windowMs: number, capacity = 100_000) {
    this.hits = new LRUCache({ max: capacity });
  }

  get size(): number {
    return this.hits.size;
  }

  /** `address` is the peer address; it is reduced to its network key here. */
  allow(address: string, now = Date.now()): boolean {
    const key = clientKey(address);
    const h = this.hits.get(key);
    if (!h || now - h.windowStart >= this.windowMs) {
      this.hits.set(key, { windowStart: now, count: 1 });
      return true;
    }
    h.count++;
    return h.count <= this.max;
  }
}
