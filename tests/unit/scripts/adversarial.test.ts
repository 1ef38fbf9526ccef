// The adversarial datasets of the bench (issue 17) are what they claim to be, and within the app's limits: quotes that
// nearly match a 1 MB article (each differing only at its last character, which check-data reports), distinct dates
// that only the EDTF grammar reads, and a search far longer than is ever read.
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../../src/data/edtf-parse.js';
import { parseEdtf } from '../../../src/data/dates.js';
import { MAX_ARTICLE_BYTES } from '../../../src/data/limits.js';
import { loadDataset, type TextReader } from '../../../src/data/load.js';
import { matchQuotes } from '../../../src/data/quote-matcher.js';
import { MAX_QUERY_TERMS, boundedQuery } from '../../../src/data/search.js';
import { validateDataset } from '../../../src/data/validate.js';
import { generateAdversarial, hardDate, longQuery } from '../../../scripts/synthetic/adversarial.js';

const BUDGET = { timeout: 120_000 };

describe('near-quotes', () => {
  const { dataset, texts } = generateAdversarial('near-quotes');
  const text = texts.get('articles/article-0.txt') ?? '';
  const quotes = (dataset.events as { sources: { quote: string }[] }[]).flatMap((e) => e.sources.map((s) => s.quote));

  it('has 1,000 quotes of one article of almost the article limit, a tenth verbatim, the rest differing at the end', () => {
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(text.length).toBeGreaterThan(900_000);
    expect(quotes).toHaveLength(1_000);
    const matches = matchQuotes(text, quotes);
    expect(matches.filter((m) => m.found)).toHaveLength(100);
    // Near misses: all but their last character occurs.
    matches.forEach((m, i) => {
      if (!m.found) expect(m.prefix).toBe((quotes[i] ?? '').length - 1);
    });
  });

  it('is a valid dataset that check-data refuses for its 900 quotes', BUDGET, async () => {
    expect(validateDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
    const base = 'https://example.test/';
    const files: Record<string, string> = { 'events.json': JSON.stringify(dataset) };
    for (const [name, body] of texts) files[name] = body;
    const read: TextReader = (url) => {
      const body = files[url.slice(base.length)];
      return body === undefined ? Promise.reject(new Error('not found')) : Promise.resolve(body);
    };
    const loaded = await loadDataset(read, `${base}events.json`);
    expect(loaded.ok).toBe(false);
    const problems = loaded.ok ? [] : loaded.problems;
    expect(problems.filter((p) => p.message.startsWith('quote not found verbatim'))).toHaveLength(900);
  });
});

describe('hard-dates', () => {
  it('gives 5,000 distinct valid dates, none of them read by the fast pattern', BUDGET, () => {
    const dates = Array.from({ length: 5_000 }, (_, i) => hardDate(i));
    expect(new Set(dates).size).toBe(5_000);
    for (const date of dates) {
      expect(fastParse(date), date).toBeUndefined();
      expect(parseEdtf(date).ok, date).toBe(true);
    }
    const { dataset } = generateAdversarial('hard-dates');
    expect((dataset.events as { date: string }[]).map((e) => e.date)).toEqual(dates);
    expect(validateDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });
});

describe('longQuery', () => {
  it('is thousands of characters, of which a search reads its first words only', () => {
    const query = longQuery();
    expect(query.length).toBeGreaterThan(4_900);
    expect(boundedQuery(query).split(' ')).toHaveLength(MAX_QUERY_TERMS);
  });
});
