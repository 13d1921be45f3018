/**
 * Aho–Corasick automaton over UTF-16 code units, built once per knowledge base.
 *
 * Characters that occur in no pattern share class 0, which always leads back to the root, so the alphabet stays
 * small. Transitions live in one open-addressing hash table in typed arrays (key = node * classes + class), so a
 * search costs a few integer operations per character whatever the number of patterns; failure and dictionary
 * links make the whole scan linear in the text length plus the number of matches reported.
 */

export interface AcMatch {
  /** Index of the pattern (as passed to the builder). */
  pattern: number;
  start: number;
  /** Exclusive end. */
  end: number;
}

export class AhoCorasick {
  private readonly classOf: Uint16Array;
  private readonly classCount: number;
  private readonly keys: Int32Array;
  private readonly vals: Int32Array;
  private readonly mask: number;
  private readonly fail: Int32Array;
  /** Pattern ending exactly at this node, or -1. */
  private readonly out: Int32Array;
  /** Nearest node on the failure chain that ends a pattern, or -1. */
  private readonly dict: Int32Array;
  readonly patternLengths: Int32Array;

  constructor(patterns: readonly string[]) {
    const classOf = new Uint16Array(0x10000);
    let classCount = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = classCount++;
      }
    }
    this.classOf = classOf;
    this.classCount = classCount;
    this.patternLengths = Int32Array.from(patterns, (p) => p.length);

    // Build the trie with a temporary Map, then pack it.
    const children: Array<Map<number, number>> = [new Map()];
    const outList: number[] = [-1];
    patterns.forEach((p, index) => {
      if (p.length === 0) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const cls = classOf[p.charCodeAt(i)]!;
        let next = children[node]!.get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          outList.push(-1);
          children[node]!.set(cls, next);
        }
        node = next;
      }
      if (outList[node] === -1) outList[node] = index;
    });
    const nodeCount = children.length;
    let edges = 0;
    for (const m of children) edges += m.size;
    let size = 1;
    while (size < edges * 2 + 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.vals = new Int32Array(size);
    children.forEach((m, node) => {
      for (const [cls, next] of m) this.put(node * classCount + cls, next);
    });
    this.out = Int32Array.from(outList);
    this.fail = new Int32Array(nodeCount);
    this.dict = new Int32Array(nodeCount).fill(-1);
    // Breadth-first failure links.
    const queue = new Int32Array(nodeCount);
    let head = 0;
    let tail = 0;
    for (const [, child] of children[0]!) {
      this.fail[child] = 0;
      queue[tail++] = child;
    }
    while (head < tail) {
      const node = queue[head++]!;
      for (const [cls, child] of children[node]!) {
        let f = this.fail[node]!;
        let target = this.get(f * classCount + cls);
        while (target < 0 && f !== 0) {
          f = this.fail[f]!;
          target = this.get(f * classCount + cls);
        }
        const fc = target >= 0 && target !== child ? target : 0;
        this.fail[child] = fc;
        this.dict[child] = this.out[fc]! >= 0 ? fc : this.dict[fc]!;
        queue[tail++] = child;
      }
    }
  }

  private put(key: number, value: number): void {
    let h = this.hash(key);
    while (this.keys[h] !== -1) h = (h + 1) & this.mask;
    this.keys[h] = key;
    this.vals[h] = value;
  }

  private get(key: number): number {
    let h = this.hash(key);
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return this.vals[h]!;
      if (k === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }

  private hash(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
  }

  /**
   * Calls `onMatch(pattern, start, end)` for every occurrence of every pattern in `text[from, to)`.
   */
  search(text: string, onMatch: (pattern: number, start: number, end: number) => void, from = 0, to = text.length): void {
    const classOf = this.classOf;
    const classCount = this.classCount;
    const keys = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    const fail = this.fail;
    const out = this.out;
    const dict = this.dict;
    const lengths = this.patternLengths;
    let node = 0;
    for (let i = from; i < to; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        const key = node * classCount + cls;
        let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
        let next = -1;
        for (;;) {
          const k = keys[h]!;
          if (k === key) {
            next = vals[h]!;
            break;
          }
          if (k === -1) break;
          h = (h + 1) & mask;
        }
        if (next >= 0) {
          node = next;
          break;
        }
        if (node === 0) break;
        node = fail[node]!;
      }
      if (node === 0) continue;
      let m = out[node]! >= 0 ? node : dict[node]!;
      while (m >= 0) {
        const p = out[m]!;
        onMatch(p, i + 1 - lengths[p]!, i + 1);
        m = dict[m]!;
      }
    }
  }
}
