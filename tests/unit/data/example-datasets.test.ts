// The example datasets in data/examples/: each one loads and validates as the app would load it, and shows that the
// app is not tied to its main dataset (its own groups and kinds, link sources only, dates before the common era, an
// open-ended date). See docs/examples.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdtf, type DateSpan } from '../../../src/data/dates.js';
import { loadDataset, type TextReader } from '../../../src/data/load.js';
import { formatProblem } from '../../../src/data/validate.js';

const examplesDir = new URL('../../../data/examples/', import.meta.url);
const mainDataset = new URL('../../../data/events.json', import.meta.url);

/** Every `data/examples/<name>/events.json`. */
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/events.json`, examplesDir)))
  .map((entry) => entry.name)
  .sort();

const readLocal: TextReader = (url) => readFile(fileURLToPath(url), 'utf8');

/** The hosts a link of an example may point to: encyclopedia articles only. */
const ALLOWED_HOSTS = new Set(['en.wikipedia.org', 'www.britannica.com']);

interface RawSource {
  url?: string;
  article?: string;
}
interface RawDataset {
  groups?: { id: string }[];
  kinds?: { id: string }[];
  articles?: unknown[];
  events: { id: string; title: string; summary?: string; date: string; sources?: RawSource[] }[];
  claims?: { id: string; source: RawSource }[];
}

const mainGroups = new Set(
  (JSON.parse(readFileSync(mainDataset, 'utf8')) as RawDataset).groups?.map((group) => group.id) ?? [],
);

function span(date: string): DateSpan {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

it('finds the example datasets, the Greco-Persian Wars among them', () => {
  expect(examples).toContain('persian-wars');
});

describe.each(examples)('data/examples/%s/events.json', (name) => {
  const url = new URL(`${name}/events.json`, examplesDir);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as RawDataset;
  const sources = [...raw.events.flatMap((event) => event.sources ?? []), ...(raw.claims ?? []).map((c) => c.source)];

  it('loads and validates as the app loads it', async () => {
    const result = await loadDataset(readLocal, url.href);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (result.ok) {
      expect(result.dataset.events).toHaveLength(raw.events.length);
      // No article is stored with an example: every one is a linked page, with a web address and no text file.
      for (const article of result.dataset.articles) {
        expect(article.file).toBeUndefined();
        expect(article.url).toMatch(/^https:\/\//);
      }
      expect(result.texts.size).toBe(0);
    }
  });

  it('declares its own groups and kinds, none of them the main dataset’s groups', () => {
    expect(raw.groups?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(raw.kinds?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(raw.groups?.filter((group) => mainGroups.has(group.id))).toEqual([]);
  });

  it('cites link sources only, and no stored articles', () => {
    expect(raw.articles ?? []).toEqual([]);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => source.url === undefined || source.article !== undefined)).toEqual([]);
  });

  it('links only to https pages of en.wikipedia.org or www.britannica.com', () => {
    const bad = sources
      .map((source) => source.url ?? '')
      .filter((link) => {
        try {
          const parsed = new URL(link);
          return parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname);
        } catch {
          return true;
        }
      });
    expect(bad).toEqual([]);
  });

  it('has a date before the common era and an open-ended date', () => {
    const spans = raw.events.map((event) => span(event.date));
    // Astronomical years: year 0 is 1 BCE, so every year up to 0 is before the common era.
    expect(spans.some((s) => new Date(s.start).getUTCFullYear() <= 0)).toBe(true);
    expect(spans.some((s) => s.openStart === 'open' || s.openEnd === 'open')).toBe(true);
  });

  it('gives every event a title and a summary', () => {
    const empty = raw.events.filter((event) => !event.title.trim() || !event.summary?.trim()).map((e) => e.id);
    expect(empty).toEqual([]);
  });
});

describe('the Greco-Persian Wars example', () => {
  const raw = JSON.parse(readFileSync(new URL('persian-wars/events.json', examplesDir), 'utf8')) as RawDataset;
  const dateOf = (id: string) => raw.events.find((event) => event.id === id)?.date ?? '';
  const year = (id: string) => new Date(span(dateOf(id)).start).getUTCFullYear();

  // N BCE is the astronomical year 1 - N: a slip of one year is the usual mistake.
  it.each([
    ['ionian-revolt', 499],
    ['battle-of-marathon', 490],
    ['battle-of-thermopylae', 480],
    ['battle-of-salamis', 480],
    ['battle-of-plataea', 479],
    ['delian-league', 478],
    ['peace-of-callias', 449],
    ['herodotus-histories', 430],
  ])('starts %s in %i BCE', (id, bce) => {
    expect(year(id)).toBe(1 - bce);
  });

  it('gives no quotes, since the linked pages cannot be checked here', () => {
    const quoted = raw.events.flatMap((event) => event.sources ?? []).filter((source) => 'quote' in source);
    expect(quoted).toEqual([]);
  });
});
