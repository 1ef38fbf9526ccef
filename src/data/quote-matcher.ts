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

/** Matches every quote against `text`. Empty quotes count as found. */
export function matchQuotes(text: string, quotes: readonly string[]): QuoteMatch[] {
  // The trie of the quotes: children by UTF-16 code unit, and each quote's path of nodes.
  const children: Map<number, number>[] = [new Map()];
  const paths = quotes.map((quote) => {
    const path: number[] = [];
    let node = 0;
    for (let i = 0; i < quote.length; i++) {
      const unit = quote.charCodeAt(i);
      let next = children[node]!.get(unit);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        children[node]!.set(unit, next);
      }
      node = next;
      path.push(node);
    }
    return path;
  });

  // Failure links, breadth first: the longest proper suffix of a node's string that is also a node.
  const size = children.length;
  const fail = new Int32Array(size);
  const order: number[] = [];
  for (const child of children[0]!.values()) order.push(child);
  for (let at = 0; at < order.length; at++) {
    const node = order[at]!;
    for (const [unit, child] of children[node]!) {
      let link = fail[node]!;
      while (link !== 0 && !children[link]!.has(unit)) link = fail[link]!;
      const target = children[link]!.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      order.push(child);
    }
  }

  // One pass over the text: each state reached is a node occurring in it (ending at that position).
  const reached = new Uint8Array(size);
  reached[0] = 1;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    while (state !== 0 && !children[state]!.has(unit)) state = fail[state]!;
    state = children[state]!.get(unit) ?? 0;
    reached[state] = 1;
  }
  // A node occurs whenever a longer one it is a suffix of does: pass that down the failure links, deepest first.
  for (let at = order.length - 1; at >= 0; at--) {
    const node = order[at]!;
    if (reached[node]) reached[fail[node]!] = 1;
  }

  // The beginnings of a quote are nested: the first one that does not occur ends the longest that does.
  return paths.map((path) => {
    let prefix = 0;
    while (prefix < path.length && reached[path[prefix]!]) prefix++;
    return { found: prefix === path.length, prefix };
  });
}
