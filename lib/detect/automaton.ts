/**
 * Aho-Corasick automaton over UTF-16 code units: one pass over a text finds every vocabulary term,
 * whatever the vocabulary's size. Transitions live in one Map keyed by (state, char) and failure
 * links are resolved at build time into full goto for visited pairs lazily, keeping the build fast
 * (10k terms) and the scan allocation-free apart from the hits it returns.
 */
export interface Hit {
  /** index of the term (as added) */
  term: number;
  /** [start, end) in the scanned text */
  start: number;
  end: number;
}

export class Automaton {
  private next = new Map<number, number>(); // key: state * 65536 + code unit
  private fail: Int32Array = new Int32Array(0);
  /** per state: term ids that end here, including via dictionary suffix links */
  private out: (number[] | null)[] = [null];
  private depth: number[] = [0];
  private lengths: number[] = [];
  private states = 1;

  constructor(terms: readonly string[]) {
    terms.forEach((t, id) => this.add(t, id));
    this.build();
  }

  private add(term: string, id: number) {
    this.lengths[id] = term.length;
    if (!term) return;
    let s = 0;
    for (let i = 0; i < term.length; i++) {
      const key = s * 65536 + term.charCodeAt(i);
      let t = this.next.get(key);
      if (t === undefined) {
        t = this.states++;
        this.next.set(key, t);
        this.out.push(null);
        this.depth.push(this.depth[s] + 1);
      }
      s = t;
    }
    (this.out[s] ??= []).push(id);
  }

  private build() {
    this.fail = new Int32Array(this.states);
    // children per state, for BFS
    const children: number[][] = Array.from({ length: this.states }, () => []);
    const chars: number[][] = Array.from({ length: this.states }, () => []);
    for (const [key, t] of this.next) {
      const s = Math.floor(key / 65536);
      children[s].push(t);
      chars[s].push(key % 65536);
    }
    const queue: number[] = [];
    for (const t of children[0]) {
      this.fail[t] = 0;
      queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const cs = children[s];
      for (let k = 0; k < cs.length; k++) {
        const t = cs[k];
        const c = chars[s][k];
        let f = this.fail[s];
        while (f !== 0 && !this.next.has(f * 65536 + c)) f = this.fail[f];
        const g = this.next.get(f * 65536 + c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]];
        if (inherited) this.out[t] = [...(this.out[t] ?? []), ...inherited];
        queue.push(t);
      }
    }
  }

  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.next.get(s * 65536 + c);
      while (t === undefined && s !== 0) {
        s = this.fail[s];
        t = this.next.get(s * 65536 + c);
      }
      s = t ?? 0;
      const out = this.out[s];
      if (out) for (const id of out) hits.push({ term: id, start: i + 1 - this.lengths[id], end: i + 1 });
    }
    return hits;
  }
}
