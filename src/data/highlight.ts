/** Marking search terms in text, for every view that shows results. Pure. */

export interface TextSegment {
  text: string;
  /** True for a stretch that matches one of the terms. */
  mark: boolean;
}

function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` into marked and unmarked stretches: every case-insensitive occurrence of a
 * term is marked (terms may be word prefixes, as search matches them). The segments, joined,
 * give back `text` unchanged.
 */
export function markTerms(text: string, terms: readonly string[]): TextSegment[] {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
