/**
 * Aho-Corasick automaton over UTF-16 code units: one pass over a text finds every vocabulary term,
 * whatever the vocabulary's size. Trie edges live in one typed-array hash table keyed by (state,
 * char), the root's only in a dense table; failure links are computed over the states ordered by
 * depth (a counting sort of typed arrays, the BFS order without child lists): the build stays
 * fast (10k terms, issue 3) and the scan allocation-free apart from the hits it returns.
 */
export interface Hit {
  /** index of the term (as added) */
  term: number;
  /** [start, end) in the scanned text */
  start: number;
  end: number;
}

export class Automaton {
  // goto edges of the trie in one open-addressing hash table over typed arrays, keyed by
  // (state, code unit): no Map entries to allocate at build, one or two array reads per lookup
  // slot h is edges[3h .. 3h+2] = (state + 1, code unit, child): one cache line per probe, and
  // 0 marks an empty slot, so a new table needs no fill
  private edges: Int32Array;
  private mask: number;
  private bits: number;
  private fail: Int32Array = new Int32Array(0);
  // outputs without per-state arrays (fewer allocations per build, issue 3): per state the first
  // term id that ends there (-1: none), further ids of the same text chained through `nextTerm`
  // in the order added, and `dict`, the nearest state on the failure chain that has terms of its
  // own (0: none). A state's hits are its own terms, then dict's, then dict's dict ...: the order
  // the per-state lists (own ids, then the failure state's list) used to give.
  private ownTerm: Int32Array;
  private nextTerm: Int32Array;
  private dict: Int32Array = new Int32Array(0);
  /** per state: itself if it has terms of its own, else dict: where its hits start (0: none) */
  private firstOut: Int32Array = new Int32Array(0);
  private lengths: Int32Array;
  private states = 1;

  constructor(terms: readonly string[]) {
    // a trie has at most one edge per term character: size the table once, at most 3/4 full
    // (linear probing stays short; a smaller table is less to allocate and clear per build)
    let chars = 0;
    for (const t of terms) chars += t.length;
    this.bits = Math.max(4, Math.ceil(Math.log2((chars * 4) / 3 + 2)));
    const size = 1 << this.bits;
    this.mask = size - 1;
    this.edges = new Int32Array(size * 3);
    // a trie has at most one state per term character, plus the root
    this.ownTerm = new Int32Array(chars + 1).fill(-1);
    this.nextTerm = new Int32Array(terms.length).fill(-1);
    this.lengths = new Int32Array(terms.length);
    this.parent = new Int32Array(chars + 1);
    this.via = new Uint16Array(chars + 1);
    this.depth = new Int32Array(chars + 1);
    for (let id = 0; id < terms.length; id++) this.add(terms[id], id);
    this.build();
  }

  private slot(s: number, c: number): number {
    return Math.imul((s << 16) ^ (s >>> 16) ^ c, 0x9e3779b1) >>> (32 - this.bits);
  }

  /** the child of `s` by `c`, 0 when there is none (the root is nobody's child) */
  private child(s: number, c: number): number {
    const edges = this.edges;
    const key = s + 1;
    for (let h = this.slot(s, c); ; h = (h + 1) & this.mask) {
      const e = edges[h * 3];
      if (e === 0) return 0;
      if (e === key && edges[h * 3 + 1] === c) return edges[h * 3 + 2];
    }
  }

  // per state, filled as the trie grows: its parent, the code unit leading to it, its depth
  private parent: Int32Array = new Int32Array(0);
  private via: Uint16Array = new Uint16Array(0);
  private depth: Int32Array = new Int32Array(0);

  private add(term: string, id: number) {
    this.lengths[id] = term.length;
    if (!term) return;
    const { edges, mask, root, parent, via, depth } = this;
    let s = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let t = 0;
      // the root's edges live only in its dense table
      let h = -1;
      if (s === 0) t = root[c];
      else {
        for (h = this.slot(s, c); ; h = (h + 1) & mask) {
          const e = edges[h * 3];
          if (e === 0) break;
          if (e === s + 1 && edges[h * 3 + 1] === c) {
            t = edges[h * 3 + 2];
            break;
          }
        }
      }
      if (t === 0) {
        t = this.states++;
        if (s === 0) root[c] = t;
        else {
          edges[h * 3] = s + 1;
          edges[h * 3 + 1] = c;
          edges[h * 3 + 2] = t;
        }
        parent[t] = s;
        via[t] = c;
        depth[t] = i + 1;
      }
      s = t;
    }
    const first = this.ownTerm[s];
    if (first < 0) this.ownTerm[s] = id;
    else {
      let last = first;
      while (this.nextTerm[last] >= 0) last = this.nextTerm[last];
      this.nextTerm[last] = id;
    }
  }

  /** the root's transitions as a dense table over UTF-16 code units (0 = stay at the root) */
  private root = new Int32Array(65536);

  /**
   * Failure and dictionary links, shallow states first (a state's links depend only on shallower
   * ones): states bucketed by depth with one counting sort over typed arrays, no child lists.
   */
  private build() {
    const states = this.states;
    const { ownTerm, parent, via, depth, root } = this;
    const fail = (this.fail = new Int32Array(states));
    const dict = (this.dict = new Int32Array(states));
    const firstOut = (this.firstOut = new Int32Array(states));
    let maxDepth = 0;
    for (let t = 1; t < states; t++) if (depth[t] > maxDepth) maxDepth = depth[t];
    const start = new Int32Array(maxDepth + 2);
    for (let t = 1; t < states; t++) start[depth[t] + 1]++;
    for (let d = 1; d <= maxDepth + 1; d++) start[d] += start[d - 1];
    const order = new Int32Array(states);
    for (let t = 1; t < states; t++) order[start[depth[t]]++] = t;
    for (let k = 0; k < states - 1; k++) {
      const t = order[k];
      const s = parent[t];
      let g = 0;
      if (s !== 0) {
        // the longest proper suffix of t's text that is in the trie: follow s's failure chain
        const c = via[t];
        let f = fail[s];
        while (true) {
          g = f === 0 ? root[c] : this.child(f, c);
          if (g !== 0 || f === 0) break;
          f = fail[f];
        }
      }
      fail[t] = g;
      dict[t] = ownTerm[g] >= 0 ? g : dict[g];
      firstOut[t] = ownTerm[t] >= 0 ? t : dict[t];
    }
    // only the build needs these
    this.parent = this.depth = new Int32Array(0);
    this.via = new Uint16Array(0);
  }

  /** the goto function with failure links: the state after reading `c` in state `s` */
  private step(s: number, c: number): number {
    if (s === 0) return this.root[c];
    let t = this.child(s, c);
    while (t === 0 && s !== 0) {
      s = this.fail[s];
      t = s === 0 ? this.root[c] : this.child(s, c);
    }
    return t;
  }

  /**
   * Whether some term occurs in codes[0, length) that `accept(term, start, end)` takes (the
   * prefilter's question): no hit list, no allocation; stops at the first accepted hit.
   */
  anyIn(codes: Uint16Array, length: number, accept: (term: number, start: number, end: number) => boolean): boolean {
    const { root, ownTerm, nextTerm, dict, firstOut, lengths } = this;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[i];
      // most chars of a chat line start no term: at the root one array read decides
      s = s === 0 ? root[c] : this.step(s, c);
      if (s === 0) continue;
      for (let u = firstOut[s]; u !== 0; u = dict[u]) {
        for (let id = ownTerm[u]; id >= 0; id = nextTerm[id]) if (accept(id, i + 1 - lengths[id], i + 1)) return true;
      }
    }
    return false;
  }

  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    const { root, ownTerm, nextTerm, dict, firstOut, lengths } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // most chars of a chat line start no term: at the root one array read decides
      s = s === 0 ? root[c] : this.step(s, c);
      if (s === 0) continue;
      for (let u = firstOut[s]; u !== 0; u = dict[u]) {
        for (let id = ownTerm[u]; id >= 0; id = nextTerm[id]) hits.push({ term: id, start: i + 1 - lengths[id], end: i + 1 });
      }
    }
    return hits;
  }
}
