// Quotes checked after the dataset is shown: each excerpt's state is known as its article arrives (found, not found
// with where it differs, or not checkable when the file cannot be read), the opening window's articles are read
// first, and the whole check then finishes; a dataset that check-data refuses for a quote is still refused there.
import { describe, expect, it, vi } from 'vitest';
import { checkQuotesInBackground } from '../../../src/app/quote-checking.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { loadDataset, openDataset, type TextReader } from '../../../src/data/load.js';
import { QuoteChecks } from '../../../src/data/quote-checks.js';
import { generateDataset } from '../../../scripts/synthetic/generate.js';

const base = 'https://example.test/data/';

/** A synthetic dataset whose article 1 lacks its file and whose first quote of article 0 is changed. */
function files() {
  const { dataset, texts } = generateDataset({ events: 40, articles: 5, seed: 3 });
  const events = dataset.events as { id: string; sources: { article: string; quote: string }[] }[];
  const changed = events.flatMap((e) => e.sources).find((s) => s.article === 'article-0');
  if (!changed) throw new Error('no quote of article-0');
  changed.quote = `${changed.quote.slice(0, -1)}!`;
  const stored: Record<string, string> = { 'events.json': JSON.stringify(dataset) };
  for (const [name, text] of texts) if (name !== 'articles/article-1.txt') stored[name] = text;
  return { stored, changed, events };
}

function reader(stored: Record<string, string>, reads: string[] = []): TextReader {
  return (url) => {
    const name = url.slice(base.length);
    reads.push(name);
    const text = stored[name];
    return text === undefined ? Promise.reject(new Error('not found')) : Promise.resolve(text);
  };
}

describe('checkQuotesInBackground', () => {
  it('marks each quote found, not found (and where it differs) or not checkable, then finishes', async () => {
    const { stored, changed } = files();
    const opened = await openDataset(reader(stored), `${base}events.json`);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const index = indexDataset(opened.dataset, new Map(), new QuoteChecks());
    const sources = index.dataset.events.flatMap((e) => e.sources);
    const mismatched = sources.find((s) => s.quote === changed.quote);
    if (!mismatched) throw new Error('the changed quote is not in the dataset');
    expect(index.checks.of(mismatched)).toEqual({ state: 'checking' });

    await checkQuotesInBackground(reader(stored), index, `${base}events.json`, new AbortController().signal, []);

    expect(index.checks.done).toBe(true);
    const check = index.checks.of(mismatched);
    expect(check.state).toBe('mismatch');
    expect(check.state === 'mismatch' ? check.message : '').toMatch(/^it differs after "/);
    for (const source of sources.filter((s) => s.article === 'article-1')) {
      const unread = index.checks.of(source);
      expect(unread.state).toBe('unread');
      expect(unread.state === 'unread' ? unread.message : '').toContain('article-1.txt');
    }
    const others = sources.filter((s) => s !== mismatched && s.article !== 'article-1');
    expect(others.length).toBeGreaterThan(10);
    for (const source of others) expect(index.checks.of(source)).toEqual({ state: 'found' });
    expect(index.checks.counts.mismatches).toBe(1);
    expect(index.texts.has('article-0')).toBe(true);
    expect(index.texts.has('article-1')).toBe(false);
  });

  it('reads the articles quoted by the first events before the others', async () => {
    const { stored, events } = files();
    const opened = await openDataset(reader(stored), `${base}events.json`);
    if (!opened.ok) throw new Error('invalid');
    const index = indexDataset(opened.dataset, new Map(), new QuoteChecks());
    const first = index.dataset.events.filter((e) => e.sources.every((s) => s.article === 'article-4')).slice(0, 1);
    expect(first, `an event quoting article-4 only among ${events.length}`).toHaveLength(1);
    const reads: string[] = [];
    await checkQuotesInBackground(
      reader(stored, reads),
      index,
      `${base}events.json`,
      new AbortController().signal,
      first,
    );
    expect(reads[0]).toBe('articles/article-4.txt');
    expect(new Set(reads).size).toBe(5);
  });

  it('stops when the signal aborts, leaving the checks unfinished', async () => {
    const { stored } = files();
    const opened = await openDataset(reader(stored), `${base}events.json`);
    if (!opened.ok) throw new Error('invalid');
    const index = indexDataset(opened.dataset, new Map(), new QuoteChecks());
    const controller = new AbortController();
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(
      checkQuotesInBackground(reader(stored), index, `${base}events.json`, controller.signal, []),
    ).rejects.toThrow('stopped');
    expect(index.checks.done).toBe(false);
  });

  it('leaves check-data strict: loading the whole dataset fails on the changed quote and the missing file', async () => {
    const { stored } = files();
    const loaded = await loadDataset(reader(stored), `${base}events.json`);
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.problems.map((p) => p.message);
    expect(messages.some((m) => m.startsWith('quote not found verbatim in article "article-0"'))).toBe(true);
    expect(messages.some((m) => m.includes('article-1.txt'))).toBe(true);
  });
});

describe('QuoteChecks', () => {
  it('tells its listeners of changes, a few at a time, and counts mismatches and unread quotes', () => {
    vi.useFakeTimers();
    const checks = new QuoteChecks();
    const source = { article: 'a', quote: 'a quote of eight' };
    let heard = 0;
    const stop = checks.subscribe(() => heard++);
    checks.set(source, { state: 'mismatch', message: 'x' });
    checks.set({ article: 'b' }, { state: 'unread', message: 'y' });
    expect(checks.counts).toEqual({ mismatches: 1, unread: 1 });
    checks.finish();
    expect(heard).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(heard).toBe(1);
    stop();
    checks.textArrived();
    vi.advanceTimersByTime(1_000);
    expect(heard).toBe(1);
    vi.useRealTimers();
    // Sources never checked count as found once the checks are finished; a done store starts that way.
    expect(checks.of({ article: 'c', quote: 'another quote' })).toEqual({ state: 'found' });
    expect(new QuoteChecks(true).of(source)).toEqual({ state: 'found' });
  });
});
