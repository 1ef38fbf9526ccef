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

/** The quotes' trie: node 0 is the empty string; children by UTF-16 code unit. */
class Trie {
  private readonly children: Map<number, number>[] = [new Map<number, number>()];

  get size(): number {
    return this.children.length;
  }

  child(node: number, unit: number): number | undefined {
    return this.children[node]?.get(unit);
  }

  /** The node of `text`, made as needed; the nodes along its path, one per code unit. */
  insert(text: string): number[] {
    const path: number[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map<number, number>());
        this.children[node]?.set(unit, next);
      }
      node = next;
      path.push(node);
    }
    return path;
  }

  entries(node: number): Iterable<[number, number]> {
    return this.children[node] ?? [];
  }
}

/** Matches every quote against `text`. Empty quotes count as found. */
export function matchQuotes(text: string, quotes: readonly string[]): QuoteMatch[] {
  const trie = new Trie();
  const paths = quotes.map((quote) => trie.insert(quote));

  // Failure links, breadth first: the longest proper suffix of a node's string that is also a node.
  const fail = new Int32Array(trie.size);
  const order: number[] = [];
  for (const [, child] of trie.entries(0)) order.push(child);
  for (let at = 0; at < order.length; at++) {
    const node = order[at] ?? 0;
    for (const [unit, child] of trie.entries(node)) {
      let link = fail[node] ?? 0;
      while (link !== 0 && trie.child(link, unit) === undefined) link = fail[link] ?? 0;
      const target = trie.child(link, unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      order.push(child);
    }
  }

  // One pass over the text: each state reached is a node occurring in it (ending at that position).
  const reached = new Uint8Array(trie.size);
  reached[0] = 1;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    while (state !== 0 && trie.child(state, unit) === undefined) state = fail[state] ?? 0;
    state = trie.child(state, unit) ?? 0;
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
