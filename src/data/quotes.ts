/** Finding verbatim quotes in article texts. */
import type { Dataset, Problem, Source } from './types.js';

/** Where a quote sits in a text, or null when it is not there character for character. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const start = quote === '' ? -1 : text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** Length of the longest prefix of `quote` found verbatim in `text` (binary search: prefixes nest). */
export function longestFoundPrefix(text: string, quote: string): number {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

function quoteProblem(text: string, source: Source & { quote: string }, path: string): Problem {
  const found = longestFoundPrefix(text, source.quote);
  const where =
    found === 0
      ? 'its first character does not match'
      : `it differs after "${source.quote.slice(Math.max(0, found - 30), found)}"`;
  return { path, message: `quote not found verbatim in article "${source.article}" (${where})` };
}

/**
 * Checks every event and claim quote against its article's text. Linked pages have no text here: their quotes are
 * shown as not checked.
 */
export function checkQuotes(dataset: Dataset, texts: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const check = ({ article, quote }: Source, path: string) => {
    const text = texts.get(article);
    // A missing text is reported where the article is declared, not once per quote; a missing quote by references.
    if (text !== undefined && quote !== undefined && !text.includes(quote)) {
      problems.push(quoteProblem(text, { article, quote }, path));
    }
  };
  dataset.events.forEach((event, i) =>
    event.sources.forEach((source, j) => check(source, `events[${i}].sources[${j}].quote`)),
  );
  dataset.claims.forEach((claim, i) => check(claim.source, `claims[${i}].source.quote`));
  return problems;
}
