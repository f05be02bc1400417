/** Fixed-window rate limit per client key (POST /v1/reports); in memory, bounded. */
export class RateLimiter {
  private hits = new Map<string, { windowStart: number; count: number }>();
  constructor(private max: number, private windowMs: number) {}

  allow(key: string, now = Date.now()): boolean {
    const h = this.hits.get(key);
    if (!h || now - h.windowStart >= this.windowMs) {
      if (this.hits.size > 100_000) this.hits.clear(); // bound memory under a spray of addresses
      this.hits.set(key, { windowStart: now, count: 1 });
      return true;
    }
    h.count++;
    return h.count <= this.max;
  }
}
