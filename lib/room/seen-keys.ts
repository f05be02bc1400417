/**
 * Remembers recently seen keys (message ids, or author+text for sites without ids) so virtualised
 * and re-rendered chat rows are not counted twice; bounded, oldest forgotten first.
 */
export class SeenKeys {
  private set = new Set<string>();
  constructor(private readonly max = 5000) {}
  /** true the first time a key is seen */
  add(key: string): boolean {
    if (this.set.has(key)) return false;
    this.set.add(key);
    if (this.set.size > this.max) {
      const oldest = this.set.values().next().value as string;
      this.set.delete(oldest);
    }
    return true;
  }
  clear(): void {
    this.set.clear();
  }
}
