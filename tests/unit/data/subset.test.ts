import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subsetDataset } from '../../../src/data/subset.js';
import type { Dataset } from '../../../src/data/types.js';
import { validateDataset } from '../../../src/data/validate.js';

const curated = (): Dataset => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'));
  const result = validateDataset(json);
  if (!result.ok) throw new Error('data/events.json does not validate');
  return result.dataset;
};

describe('subsetDataset(dataset, events)', () => {
  it('returns the dataset itself when every event is kept', () => {
    const dataset = curated();
    expect(subsetDataset(dataset, dataset.events)).toBe(dataset);
  });

  it('keeps only the given events, and what they cite, and still validates', () => {
    const dataset = curated();
    // Every third event: relations, claims and disagreements are cut across.
    const some = dataset.events.filter((_, i) => i % 3 === 0);
    const subset = subsetDataset(dataset, some);
    expect(subset.events.map((event) => event.id)).toEqual(some.map((event) => event.id));
    const kept = new Set(some.map((event) => event.id));
    expect(subset.claims.every((claim) => kept.has(claim.event))).toBe(true);
    expect(subset.claims.length).toBe(dataset.claims.filter((claim) => kept.has(claim.event)).length);
    for (const disagreement of subset.disagreements) {
      expect(disagreement.events.length).toBeGreaterThanOrEqual(2);
      expect(disagreement.events.every((id) => kept.has(id))).toBe(true);
    }
    const cited = new Set(subset.events.flatMap((event) => event.sources.map((source) => source.article)));
    expect(
      subset.articles.every(
        (article) => cited.has(article.id) || subset.claims.some((c) => c.source.article === article.id),
      ),
    ).toBe(true);
    expect(subset.articles.length).toBeLessThanOrEqual(dataset.articles.length);
    // The subset, written out as JSON, is a dataset the app accepts.
    const again = validateDataset(JSON.parse(JSON.stringify(subset)));
    expect(again.ok ? [] : again.problems).toEqual([]);
  });

  it('keeps the groups and kinds, so that lanes and colours do not change', () => {
    const dataset = curated();
    const first = dataset.events.slice(0, 1);
    const subset = subsetDataset(dataset, first);
    expect(subset.groups).toEqual(dataset.groups);
    expect(subset.kinds).toEqual(dataset.kinds);
    expect(subset.events).toHaveLength(1);
    expect(subset.disagreements).toEqual([]);
  });

  it('does not change its input', () => {
    const dataset = curated();
    const before = JSON.stringify(dataset);
    subsetDataset(dataset, dataset.events.slice(3, 9));
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
