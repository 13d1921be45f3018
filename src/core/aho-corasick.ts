/**
 * Aho–Corasick automaton over UTF-16 code units, built once per knowledge base.
 *
 * Characters that occur in no pattern share class 0, which always leads back to the root, so the alphabet stays
 * small. The layout is chosen for the cache, since an article's scan is short and the tables are cold:
 *   - nodes are numbered in depth-first preorder, so following one pattern walks consecutive node numbers;
 *   - what the scan reads about a node (its edge range, failure link, first output) sits in one record of a flat
 *     array, and each node's edges sit side by side after the previous node's, so a step touches about two cache
 *     lines instead of one per array;
 *   - edges are sorted by class: most nodes below the first levels have a single edge, so a step is one
 *     comparison, and wide nodes use a binary search;
 *   - the root, where the scan restarts after every miss, has a dense row over all classes.
 * Failure and output links make the whole scan linear in the text length plus the number of matches reported.
 */

export class AhoCorasick {
  private readonly classOf: Uint16Array;
  /** Root transitions by class (0 = stay at the root). */
  private readonly rootNext: Int32Array;
  /** Node records, NODE_STRIDE ints each: first edge, end of edges, failure link, first reporting node (or -1). */
  private readonly nodes: Int32Array;
  /** Edges as [class, target] pairs; a node's edges are contiguous and sorted by class. */
  private readonly edges: Int32Array;
  /** Pattern ending exactly at this node, or -1. */
  private readonly out: Int32Array;
  /** Nearest node on the failure chain (excluding this one) that ends a pattern, or -1. */
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
    this.patternLengths = Int32Array.from(patterns, (p) => p.length);

    const trie = buildTrie(patterns, classOf);
    const nodeCount = trie.children.length;
    const order = preorder(trie.children); // new id → trie id
    const idOf = new Int32Array(nodeCount); // trie id → new id
    for (let id = 0; id < nodeCount; id++) idOf[order[id]!] = id;

    let edgeCount = 0;
    for (const m of trie.children) edgeCount += m.size;
    const nodes = new Int32Array(nodeCount * NODE_STRIDE);
    const edges = new Int32Array(edgeCount * 2);
    const out = new Int32Array(nodeCount);
    let e = 0;
    for (let id = 0; id < nodeCount; id++) {
      const old = order[id]!;
      nodes[id * NODE_STRIDE + EDGE_LO] = e;
      for (const [cls, child] of [...trie.children[old]!].sort((a, b) => a[0] - b[0])) {
        edges[e++] = cls;
        edges[e++] = idOf[child]!;
      }
      nodes[id * NODE_STRIDE + EDGE_HI] = e;
      out[id] = trie.out[old]!;
    }
    this.nodes = nodes;
    this.edges = edges;
    this.out = out;

    const rootNext = new Int32Array(classCount);
    for (let k = nodes[EDGE_LO]!; k < nodes[EDGE_HI]!; k += 2) rootNext[edges[k]!] = edges[k + 1]!;
    this.rootNext = rootNext;

    // Failure and output links, breadth-first (a node's failure target is shallower, so it is done first).
    const dict = new Int32Array(nodeCount).fill(-1);
    const queue = new Int32Array(nodeCount);
    let head = 0;
    let tail = 1; // queue[0] = root
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = nodes[node * NODE_STRIDE + EDGE_LO]!; k < nodes[node * NODE_STRIDE + EDGE_HI]!; k += 2) {
        const cls = edges[k]!;
        const child = edges[k + 1]!;
        let fc = 0;
        if (node !== 0) {
          let f = nodes[node * NODE_STRIDE + FAIL]!;
          let target = this.step(f, cls);
          while (target < 0 && f !== 0) {
            f = nodes[f * NODE_STRIDE + FAIL]!;
            target = this.step(f, cls);
          }
          fc = target >= 0 ? target : 0;
        }
        nodes[child * NODE_STRIDE + FAIL] = fc;
        dict[child] = out[fc]! >= 0 ? fc : dict[fc]!;
        queue[tail++] = child;
      }
    }
    this.dict = dict;
    for (let node = 0; node < nodeCount; node++) nodes[node * NODE_STRIDE + REPORT] = out[node]! >= 0 ? node : dict[node]!;
  }

  /** The trie child of `node` by class `cls`, or -1. */
  private step(node: number, cls: number): number {
    if (node === 0) return this.rootNext[cls]! || -1;
    return findEdge(this.edges, this.nodes[node * NODE_STRIDE + EDGE_LO]!, this.nodes[node * NODE_STRIDE + EDGE_HI]!, cls);
  }

  /**
   * Every occurrence in `text[from, to)` as [pattern, end] pairs in `pairs[0, count)`, in order of the end
   * position (and, at one end position, longest pattern first). A flat list rather than a callback per match keeps the scan loop tight; the caller then walks
   * the list.
   */
  scan(text: string, from = 0, to = text.length): { pairs: Int32Array<ArrayBuffer>; count: number } {
    const classOf = this.classOf;
    const rootNext = this.rootNext;
    const nodes = this.nodes;
    const edges = this.edges;
    const out = this.out;
    const dict = this.dict;
    let pairs = new Int32Array(64 + ((to - from) >> 2));
    let count = 0;
    let node = 0;
    for (let i = from; i < to; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        node = 0;
        continue;
      }
      // Below the root: the node's own edge, or fall back along failure links (at the latest to the root's row).
      while (node !== 0) {
        const rec = node * NODE_STRIDE;
        const next = findEdge(edges, nodes[rec + EDGE_LO]!, nodes[rec + EDGE_HI]!, cls);
        if (next >= 0) {
          node = next;
          break;
        }
        node = nodes[rec + FAIL]!;
      }
      if (node === 0) node = rootNext[cls]!;
      for (let m = nodes[node * NODE_STRIDE + REPORT]!; m >= 0; m = dict[m]!) {
        if (count + 2 > pairs.length) pairs = grow(pairs);
        pairs[count++] = out[m]!;
        pairs[count++] = i + 1;
      }
    }
    return { pairs, count };
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const NODE_STRIDE = 4;
const EDGE_LO = 0;
const EDGE_HI = 1;
const FAIL = 2;
const REPORT = 3;

/** The target of the edge with class `cls` among the [class, target] pairs in edges[lo, hi), or -1. */
function findEdge(edges: Int32Array, lo: number, hi: number, cls: number): number {
  if (hi - lo <= 8) {
    for (let k = lo; k < hi; k += 2) if (edges[k] === cls) return edges[k + 1]!;
    return -1;
  }
  // Binary search over pair indices.
  let a = lo >> 1;
  let b = hi >> 1;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (edges[2 * mid]! < cls) a = mid + 1;
    else b = mid;
  }
  return 2 * a < hi && edges[2 * a] === cls ? edges[2 * a + 1]! : -1;
}

/** The plain trie (node ids in insertion order), with the first pattern index ending at each node. */
function buildTrie(patterns: readonly string[], classOf: Uint16Array): { children: Array<Map<number, number>>; out: number[] } {
  const children: Array<Map<number, number>> = [new Map()];
  const out: number[] = [-1];
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = classOf[p.charCodeAt(i)]!;
      let next = children[node]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        out.push(-1);
        children[node]!.set(cls, next);
      }
      node = next;
    }
    if (out[node] === -1) out[node] = index;
  });
  return { children, out };
}

/** Depth-first preorder of the trie (children by ascending class), without recursion. */
function preorder(children: ReadonlyArray<Map<number, number>>): Int32Array {
  const order = new Int32Array(children.length);
  const stack = [0];
  let n = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    order[n++] = node;
    const kids = [...children[node]!].sort((a, b) => b[0] - a[0]); // pushed in descending class, popped ascending
    for (const [, child] of kids) stack.push(child);
  }
  return order;
}
