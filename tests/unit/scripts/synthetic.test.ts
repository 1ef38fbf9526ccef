import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.js';
import { validateDataset } from '../../../src/data/validate.js';

/** Article texts by article id, as the validator takes them. */
const byId = (texts: Map<string, string>) =>
  new Map([...texts].map(([file, text]) => [file.replace(/^articles\/(.*)\.txt$/, '$1'), text]));

describe('generateDataset', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDataset({ events: 300, seed: 7 });
    const b = generateDataset({ events: 300, seed: 7 });
    const c = generateDataset({ events: 300, seed: 8 });
    expect(JSON.stringify(a.dataset)).toBe(JSON.stringify(b.dataset));
    expect([...a.texts]).toEqual([...b.texts]);
    expect(JSON.stringify(a.dataset)).not.toBe(JSON.stringify(c.dataset));
  });

  it('gives a valid dataset whose quotes are verbatim, with honest, varied dates and several sources', () => {
    const { dataset, texts } = generateDataset({ events: 1000, seed: 1 });
    const result = validateDataset(dataset, { articleTexts: byId(texts) });
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.events).toHaveLength(1000);
    expect(result.dataset.articles).toHaveLength(100);
    const dates = result.dataset.events.map((e) => e.date);
    const share = (test: (d: string) => boolean) => dates.filter(test).length / dates.length;
    expect(share((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBeGreaterThan(0.5);
    expect(share((d) => d.endsWith('~'))).toBeGreaterThan(0.05);
    expect(share((d) => d.endsWith('?'))).toBeGreaterThan(0.02);
    expect(share((d) => d.includes('/'))).toBeGreaterThan(0.05);
    const multi = result.dataset.events.filter((e) => e.sources.length > 1).length;
    expect(multi).toBeGreaterThan(100);
  });
});
