/**
 * Checking that quotes are verbatim: every event's and claim's quote of a stored article must be a substring of the
 * article's text. All the quotes of one article are checked in one pass over its text (`matchQuotes`), so the work
 * stays linear however the quotes are made (see quote-matcher.ts).
 */
import { matchQuotes } from './quote-matcher.js';
import type { Dataset, Problem, Source } from './types.js';

/** Where a quote that was not found stops matching: "its first character does not match", "it differs after …". */
export function mismatchWhere(quote: string, prefix: number): string {
  return prefix === 0
    ? 'its first character does not match'
    : `it differs after "${quote.slice(Math.max(0, prefix - 30), prefix)}"`;
}

function quoteProblem(quote: string, article: string, prefix: number, path: string): Problem {
  return { path, message: `quote not found verbatim in article "${article}" (${mismatchWhere(quote, prefix)})` };
}

/** The sources that quote each article (events' first, then claims'), by article id, in the dataset's order. */
export function quotingSources(dataset: Dataset): Map<string, (Source & { quote: string })[]> {
  const byArticle = new Map<string, (Source & { quote: string })[]>();
  const add = (source: Source) => {
    if (source.quote === undefined) return;
    const list = byArticle.get(source.article) ?? [];
    list.push(source as Source & { quote: string });
    byArticle.set(source.article, list);
  };
  for (const event of dataset.events) event.sources.forEach(add);
  for (const claim of dataset.claims) add(claim.source);
  return byArticle;
}

/**
 * Checks every event and claim quote against its article's text. Linked pages have no text here: their quotes are
 * shown as not checked.
 */
export function checkQuotes(dataset: Dataset, texts: ReadonlyMap<string, string>): Problem[] {
  // The quotes of each article, with where they are, in the dataset's order.
  const byArticle = new Map<string, { quote: string; path: string; order: number }[]>();
  let order = 0;
  const add = ({ article, quote }: Source, path: string) => {
    // A missing text is reported where the article is declared, not once per quote; a missing quote by references.
    if (quote === undefined || !texts.has(article)) return;
    const list = byArticle.get(article) ?? [];
    list.push({ quote, path, order: order++ });
    byArticle.set(article, list);
  };
  dataset.events.forEach((event, i) =>
    event.sources.forEach((source, j) => add(source, `events[${i}].sources[${j}].quote`)),
  );
  dataset.claims.forEach((claim, i) => add(claim.source, `claims[${i}].source.quote`));

  const found: { problem: Problem; order: number }[] = [];
  for (const [article, quotes] of byArticle) {
    const matches = matchQuotes(
      texts.get(article) ?? '',
      quotes.map((q) => q.quote),
    );
    quotes.forEach(({ quote, path, order: at }, i) => {
      const match = matches[i];
      if (match && !match.found) found.push({ problem: quoteProblem(quote, article, match.prefix, path), order: at });
    });
  }
  // In the dataset's order, as one pass over the quotes would have found them.
  return found.sort((a, b) => a.order - b.order).map(({ problem }) => problem);
}
