/**
 * Remembers recently seen keys (message ids, or author+text for sites without ids) so virtualised
 * and re-rendered chat rows are not counted twice; bounded, oldest forgotten first.
 *
 * The oldest key comes from a ring of insertion order, not from set.values().next(): V8's ordered
 * hash tables leave deleted slots at the front until they are rehashed, so "first live entry"
 * walks an ever longer run of holes in a room that evicts on every message (issue 5 bench).
 */
export class SeenKeys {
  private set = new Set<string>();
  private order: (string | undefined)[];
  private head = 0;
  constructor(private readonly max = 5000) {
    this.order = new Array<string | undefined>(max + 1);
  }
  /** true the first time a key is seen */
  add(key: string): boolean {
    if (this.set.has(key)) return false;
    this.set.add(key);
    // order holds the live keys oldest first, starting at head (a ring of max + 1 slots)
    this.order[(this.head + this.set.size - 1) % this.order.length] = key;
    if (this.set.size > this.max) {
      this.set.delete(this.order[this.head]!);
      this.order[this.head] = undefined;
      this.head = (this.head + 1) % this.order.length;
    }
    return true;
  }
  clear(): void {
    this.set.clear();
    this.order.fill(undefined);
    this.head = 0;
  }
}
