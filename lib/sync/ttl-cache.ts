/** A small TTL + size-bounded cache (credit lookups by prefix). */
export class TtlCache<V> {
  private map = new Map<string, { at: number; value: V }>();
  constructor(private ttlMs: number, private max = 500, private now: () => number = Date.now) {}

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.map.delete(key);
      return undefined;
    }
    return e.value;
  }
  set(key: string, value: V) {
    this.map.delete(key);
    this.map.set(key, { at: this.now(), value });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}
