// The curated dataset itself: the events the product owner asked for are there, with their quotes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset, neighbours } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';

const root = new URL('../../../data/', import.meta.url);
const json: unknown = JSON.parse(readFileSync(new URL('events.json', root), 'utf8'));
const first = validateDataset(json);
if (!first.ok) throw new Error('data/events.json is invalid; run npm run check-data');
const texts = new Map(first.dataset.articles.map((a) => [a.id, readFileSync(new URL(a.file!, root), 'utf8')] as const));
const result = validateDataset(json, { articleTexts: texts });

describe('data/events.json', () => {
  it('is valid, quotes included', () => {
    expect(result.problems).toEqual([]);
  });

  const dataset = first.dataset;
  const byId = new Map(dataset.events.map((e) => [e.id, e]));

  it.each([
    ['russia-nk-defence-pact-2024-06-18', '2024-06-18', 'June 18 mutual defense pact'],
    ['zelensky-address-2024-10-17', '2024-10-17', 'evening address'],
    ['nk-first-units-expected-kursk-2024-10-23', '2024-10-23', 'arrive'],
    ['syrsky-briefing-2024-10-25', '2024-10-25', 'Syrsky'],
  ])('has %s on %s, quoted', (id, date, words) => {
    const event = byId.get(id);
    expect(event?.date).toBe(date);
    expect(event?.sources.some((s) => s.quote?.includes(words))).toBe(true);
  });

  it('keeps the expected Oct 23 arrival a forecast, linked both ways to the reported arrival', () => {
    const forecast = byId.get('nk-first-units-expected-kursk-2024-10-23')!;
    expect(forecast.status).toBe('expected');
    // Linked as context, not as its outcome: the arrival is reported by HUR, whose chief made the forecast.
    const arrival = forecast.related.find((r) => r.event === 'hur-first-units-arrived-kursk-2024-10-23');
    expect(arrival?.type).toBe('context');
    expect(byId.get(arrival!.event)?.related.some((r) => r.event === forecast.id)).toBe(true);
  });

  it('cites every one of the five articles', () => {
    const cited = new Set(dataset.events.flatMap((e) => e.sources.map((s) => s.article)));
    expect([...cited].sort()).toEqual(dataset.articles.map((a) => a.id).sort());
  });

  it('records each of the conflicting troop numbers as its own claim', () => {
    const values = dataset.claims.filter((c) => c.unit === 'soldiers').map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining([10000, 11000, 12000, 2600, 1500, 3000]));
  });

  it('says how the year was inferred wherever a weekday is the basis', () => {
    const weekday = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
    const weekdayBased = dataset.events.filter((e) => weekday.test(e.dateBasis));
    expect(weekdayBased.length).toBeGreaterThan(5);
    for (const event of weekdayBased) expect(event.dateBasis).toMatch(/2024/);
  });

  it('orders events chronologically with neighbours for previous / next', () => {
    const index = indexDataset(dataset, texts);
    const { previous, next } = neighbours(index, 'syrsky-briefing-2024-10-25');
    expect(previous && index.date.get(previous.id)!.start).toBeLessThanOrEqual(
      index.date.get('syrsky-briefing-2024-10-25')!.start,
    );
    expect(next && index.date.get(next.id)!.start).toBeGreaterThanOrEqual(
      index.date.get('syrsky-briefing-2024-10-25')!.start,
    );
  });
});
