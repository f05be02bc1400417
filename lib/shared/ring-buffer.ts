/**
 * A fixed-capacity buffer of the most recent items: memory stays bounded in a room that runs for
 * hours, and the last minutes of chat and findings are at hand as complaint evidence (R-COMPLAINT-17).
 */
export class RingBuffer<T> {
  private items: (T | undefined)[];
  private next = 0;
  private count = 0;
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be a positive integer');
    this.items = new Array(capacity);
  }
  push(item: T): void {
    this.items[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }
  get size(): number {
    return this.count;
  }
  /** oldest first */
  toArray(): T[] {
    const out: T[] = [];
    const start = (this.next - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) out.push(this.items[(start + i) % this.capacity] as T);
    return out;
  }
  /** items for which `keep` holds, oldest first (e.g. the last 2 minutes) */
  filter(keep: (item: T) => boolean): T[] {
    return this.toArray().filter(keep);
  }
  clear(): void {
    this.items = new Array(this.capacity);
    this.next = 0;
    this.count = 0;
  }
}
