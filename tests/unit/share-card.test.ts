import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD, cardFacts, cardTags, renderCard, shortDescription } from '../../scripts/share-card.js';
import type { Dataset } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';

const load = (path: string): Dataset => {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} does not validate`);
  return result.dataset;
};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('cardFacts(dataset, locale)', () => {
  it('gives the title, the dates of the story (background left out) and the counts', () => {
    const dataset = load('data/events.json');
    const facts = cardFacts(dataset, 'en-GB');
    expect(facts.title).toBe(dataset.title);
    expect(facts.dates).toBe('18 June – 1 November 2024');
    expect(facts.counts).toBe(`${dataset.events.length} events from ${dataset.articles.length} articles`);
    expect(facts.colors).toHaveLength(dataset.groups.length);
  });

  it('writes the dates in the given language, and years for a long span', () => {
    expect(cardFacts(load('data/events.json'), 'uk').dates).toMatch(/червня/);
    expect(cardFacts(load('data/examples/persian-wars/events.json'), 'en-GB').dates).toBe('499 – 430 BCE');
  });
});

describe('shortDescription(text, max)', () => {
  it('keeps a short text and cuts a long one at a word, with an ellipsis', () => {
    expect(shortDescription('A short one.')).toBe('A short one.');
    const cut = shortDescription('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});

describe('cardTags(facts, imageUrl, siteUrl)', () => {
  it('escapes every value for an attribute', () => {
    const tags = cardTags(
      { title: 'A "title" <b>&', description: 'd', dates: 'x', counts: 'y', colors: [] },
      'https://example.org/t/share-card.png',
      'https://example.org/t/',
    );
    expect(tags).toContain('<meta property="og:title" content="A &quot;title&quot; &lt;b&gt;&amp;" />');
    expect(tags).toContain('<meta property="og:url" content="https://example.org/t/" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).not.toMatch(/content="[^"]*<b>/);
  });
});

describe('renderCard(facts)', { timeout: 30_000 }, () => {
  it('makes a 1200x630 PNG, even for a title far too long for the card', async () => {
    const facts = cardFacts(load('data/events.json'));
    const png = await renderCard({ ...facts, title: 'A very long title '.repeat(20) });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: CARD.width, height: CARD.height });
  });
});
