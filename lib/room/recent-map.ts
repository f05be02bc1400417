/**
 * A map of the most recent `max` keys: setting a new key beyond that forgets the oldest one
 * (insertion order; setting a known key again updates its value and keeps its place, as Map does).
 * The oldest key comes from a ring, not from map.keys().next(): V8's ordered hash tables keep the
 * deleted slots at the front until a rehash, so "first live key" walks an ever longer run of holes
 * when every insertion evicts (issue 5's SeenKeys; issue 13: the chat marks of run-room).
 */
export class RecentMap<K, V> {
  private map = new Map<K, V>();
  private order: (K | undefined)[];
  private head = 0;
  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error('max must be a positive integer');
    this.order = new Array<K | undefined>(max + 1);
  }
  get size(): number {
    return this.map.size;
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  set(key: K, value: V): void {
    if (this.map.has(key)) {
      this.map.set(key, value);
      return;
    }
    this.map.set(key, value);
    this.order[(this.head + this.map.size - 1) % this.order.length] = key;
    if (this.map.size > this.max) {
      this.map.delete(this.order[this.head]!);
      this.order[this.head] = undefined;
      this.head = (this.head + 1) % this.order.length;
    }
  }
}
