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

  /** the root's transitions as a dense table over UTF-16 code units (0 = stay at the root) */
  private root = new Int32Array(65536);

  private build() {
    this.fail = new Int32Array(this.states);
    // children per state in one flat (CSR) layout, for the BFS: no per-state arrays to allocate
    const count = new Int32Array(this.states + 1);
    for (const key of this.next.keys()) count[Math.floor(key / 65536) + 1]++;
    for (let i = 1; i <= this.states; i++) count[i] += count[i - 1];
    const fill = count.slice(0, this.states);
    const childState = new Int32Array(this.next.size);
    const childChar = new Uint16Array(this.next.size);
    for (const [key, t] of this.next) {
      const s = Math.floor(key / 65536);
      const c = key % 65536;
      if (s === 0) this.root[c] = t;
      const at = fill[s]++;
      childState[at] = t;
      childChar[at] = c;
    }
    const queue = new Int32Array(this.states);
    let tail = 0;
    for (let k = count[0]; k < count[1]; k++) queue[tail++] = childState[k];
    for (let qi = 0; qi < tail; qi++) {
      const s = queue[qi];
      for (let k = count[s]; k < count[s + 1]; k++) {
        const t = childState[k];
        const c = childChar[k];
        let f = this.fail[s];
        let g: number | undefined;
        while (true) {
          g = f === 0 ? this.root[c] || undefined : this.next.get(f * 65536 + c);
          if (g !== undefined || f === 0) break;
          f = this.fail[f];
        }
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]];
        if (inherited) this.out[t] = this.out[t] ? this.out[t]!.concat(inherited) : inherited;
        queue[tail++] = t;
      }
    }
  }

  /**
   * Whether some term occurs in codes[0, length) that `accept(term, start, end)` takes (the
   * prefilter's question): no hit list, no allocation; stops at the first accepted hit.
   */
  anyIn(codes: Uint16Array, length: number, accept: (term: number, start: number, end: number) => boolean): boolean {
    const root = this.root;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[i];
      if (s === 0) {
        s = root[c];
        if (s === 0) continue;
      } else {
        let t = this.next.get(s * 65536 + c);
        while (t === undefined && s !== 0) {
          s = this.fail[s];
          t = s === 0 ? root[c] : this.next.get(s * 65536 + c);
        }
        s = t ?? 0;
      }
      const out = this.out[s];
      if (out) for (const id of out) if (accept(id, i + 1 - this.lengths[id], i + 1)) return true;
    }
    return false;
  }

  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    const root = this.root;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // most chars of a chat line start no term: at the root one array read decides
      if (s === 0) {
        s = root[c];
        if (s === 0) continue;
      } else {
        let t = this.next.get(s * 65536 + c);
        while (t === undefined && s !== 0) {
          s = this.fail[s];
          t = s === 0 ? root[c] : this.next.get(s * 65536 + c);
        }
        s = t ?? 0;
      }
      const out = this.out[s];
      if (out) for (const id of out) hits.push({ term: id, start: i + 1 - this.lengths[id], end: i + 1 });
    }
    return hits;
  }
}
