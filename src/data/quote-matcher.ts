/**
 * Finding many quotes in one text in a single pass (Aho and Corasick's automaton): for each quote, whether it occurs
 * verbatim and, if not, the longest beginning of it that does (to say where it differs). The work is linear in the
 * length of the text plus the lengths of the quotes, whatever they are: a megabyte of "a" and a thousand quotes of
 * "aaaaaaab" take one pass, where searching quote by quote (and then halving each quote) took seconds.
 */

export interface QuoteMatch {
  /** The quote occurs verbatim. */
  found: boolean;
  /** Length of its longest beginning that occurs (the whole quote when found). */
  prefix: number;
}

/**
 * The quotes' trie: node 0 is the empty string; edges by UTF-16 code unit. Most nodes of quotes have one child, kept
 * in typed arrays; further children go in one map keyed by node and unit. Each node knows its parent, the unit that
 * leads to it and its depth, which is all the failure links need (no per-node maps: a thousand quotes of 150
 * characters make 150,000 nodes).
 */
class Trie {
  size = 1;
  private readonly firstUnit: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly more = new Map<number, number>();
  readonly parent: Int32Array;
  readonly unitOf: Int32Array;
  readonly depth: Int32Array;

  /** `capacity`: the most nodes there can be (one more than the quotes' total length). */
  constructor(capacity: number) {
    this.firstUnit = new Int32Array(capacity).fill(-1);
    this.firstChild = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.unitOf = new Int32Array(capacity);
    this.depth = new Int32Array(capacity);
  }

  child(node: number, unit: number): number | undefined {
    if (this.firstUnit[node] === unit) return this.firstChild[node];
    return this.more.get(node * 65_536 + unit);
  }

  /** The node of `text`, made as needed; the nodes along its path, one per code unit. */
  insert(text: string): number[] {
    const path: number[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === undefined) {
        next = this.size++;
        this.parent[next] = node;
        this.unitOf[next] = unit;
        this.depth[next] = i + 1;
        if (this.firstUnit[node] === -1) {
          this.firstUnit[node] = unit;
          this.firstChild[node] = next;
        } else this.more.set(node * 65_536 + unit, next);
      }
      node = next;
      path.push(node);
    }
    return path;
  }
}

/** Matches every quote against `text`. Empty quotes count as found. */
export function matchQuotes(text: string, quotes: readonly string[]): QuoteMatch[] {
  const trie = new Trie(quotes.reduce((sum, quote) => sum + quote.length, 1));
  const paths = quotes.map((quote) => trie.insert(quote));

  // Nodes by depth (a counting sort), so that a node's failure link is known before its children's.
  const { size, parent, unitOf, depth } = trie;
  const perDepth: number[] = [];
  for (let node = 1; node < size; node++) {
    const d = depth[node] ?? 0;
    perDepth[d] = (perDepth[d] ?? 0) + 1;
  }
  const next: number[] = [];
  let total = 0;
  for (let d = 0; d < perDepth.length; d++) {
    next[d] = total;
    total += perDepth[d] ?? 0;
  }
  const order = new Int32Array(size - 1);
  for (let node = 1; node < size; node++) {
    const d = depth[node] ?? 0;
    const at = next[d] ?? 0;
    order[at] = node;
    next[d] = at + 1;
  }

  // Failure links: the longest proper suffix of a node's string that is also a node.
  const fail = new Int32Array(size);
  for (const node of order) {
    const from = parent[node] ?? 0;
    if (from === 0) continue;
    const unit = unitOf[node] ?? 0;
    let link = fail[from] ?? 0;
    while (link !== 0 && trie.child(link, unit) === undefined) link = fail[link] ?? 0;
    fail[node] = trie.child(link, unit) ?? 0;
  }

  // One pass over the text: each state reached is a node occurring in it (ending at that position).
  const reached = new Uint8Array(size);
  reached[0] = 1;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let to = trie.child(state, unit);
    while (to === undefined && state !== 0) {
      state = fail[state] ?? 0;
      to = trie.child(state, unit);
    }
    state = to ?? 0;
    reached[state] = 1;
  }
  // A node occurs whenever a longer one it is a suffix of does: pass that down the failure links, deepest first.
  for (let at = order.length - 1; at >= 0; at--) {
    const node = order[at] ?? 0;
    if (reached[node]) reached[fail[node] ?? 0] = 1;
  }

  // The beginnings of a quote are nested: the first one that does not occur ends the longest that does.
  return paths.map((path) => {
    let prefix = 0;
    while (prefix < path.length && reached[path[prefix] ?? 0] === 1) prefix++;
    return { found: prefix === path.length, prefix };
  });
}
