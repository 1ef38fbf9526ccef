/**
 * Checking a shown dataset's quotes in the background (issue 17): its stored articles are read a few at a time,
 * those quoted by the events the reader sees first before the rest, and each article's quotes are matched in a Web
 * Worker (`quote-worker.ts`) as its text arrives, so that neither the reading nor the matching holds up the first
 * frame or blocks the page. Each excerpt's state is kept in the index's `QuoteChecks` as it is known.
 */
import type { DatasetIndex } from '../data/dataset-index.js';
import { readArticles, type TextReader } from '../data/load.js';
import { matchQuotes, type QuoteMatch } from '../data/quote-matcher.js';
import type { QuoteAnswer, QuoteRequest } from '../data/quote-worker.js';
import { mismatchWhere, quotingSources } from '../data/quotes.js';
import type { TimelineEvent } from '../data/types.js';

/** Matches quotes in a worker, or on the main thread where none can be started (a host page's policy). */
class Matcher {
  private worker: Worker | undefined;
  private failed = false;
  private next = 0;
  private readonly waiting = new Map<number, { request: QuoteRequest; done: (matches: QuoteMatch[]) => void }>();

  match(text: string, quotes: string[]): Promise<QuoteMatch[]> {
    const worker = this.start();
    if (!worker) return Promise.resolve(matchQuotes(text, quotes));
    return new Promise((done) => {
      const request = { id: this.next++, text, quotes };
      this.waiting.set(request.id, { request, done });
      worker.postMessage(request);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      this.worker = new Worker(new URL('../data/quote-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.failed = true;
      return undefined;
    }
    this.worker.addEventListener('message', ({ data }: MessageEvent<QuoteAnswer>) => {
      this.waiting.get(data.id)?.done(data.matches);
      this.waiting.delete(data.id);
    });
    // A worker that cannot load: what it was given is matched here instead.
    this.worker.addEventListener('error', () => {
      this.failed = true;
      this.close();
      for (const { request, done } of this.waiting.values()) done(matchQuotes(request.text, request.quotes));
      this.waiting.clear();
    });
    return this.worker;
  }
}

/**
 * Reads the articles of `index`'s dataset (at `datasetUrl`, through `read`) into `index.texts` and checks their
 * quotes into `index.checks`, the articles quoted by `first` first; resolves when every check is known. Rejects
 * with the signal's reason when it aborts.
 */
export async function checkQuotesInBackground(
  read: TextReader,
  index: DatasetIndex,
  datasetUrl: string,
  signal: AbortSignal,
  first: readonly TimelineEvent[],
): Promise<void> {
  const { dataset, checks } = index;
  const texts = index.texts as Map<string, string>;
  const quoting = quotingSources(dataset);
  const firstArticles = new Set(first.flatMap((event) => event.sources.map((source) => source.article)));
  const matcher = new Matcher();
  const matched: Promise<void>[] = [];
  try {
    const { problems } = await readArticles(
      read,
      dataset,
      datasetUrl,
      signal,
      (article, text) => {
        texts.set(article, text);
        checks.textArrived();
        const sources = quoting.get(article) ?? [];
        if (sources.length === 0) return;
        const quotes = sources.map((source) => source.quote);
        matched.push(
          matcher.match(text, quotes).then((matches) => {
            sources.forEach((source, i) => {
              const match = matches[i];
              checks.set(
                source,
                match?.found
                  ? { state: 'found' }
                  : { state: 'mismatch', message: mismatchWhere(source.quote, match?.prefix ?? 0) },
              );
            });
          }),
        );
      },
      firstArticles,
      { bundled: true },
    );
    for (const problem of problems) {
      const at = /^articles\[(\d+)\]/.exec(problem.path);
      const article = at ? dataset.articles[Number(at[1])] : undefined;
      for (const source of article ? (quoting.get(article.id) ?? []) : []) {
        checks.set(source, { state: 'unread', message: problem.message });
      }
    }
    await Promise.all(matched);
    signal.throwIfAborted();
    checks.finish();
  } finally {
    matcher.close();
  }
}
