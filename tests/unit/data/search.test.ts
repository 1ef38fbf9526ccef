// Search over the curated dataset: what a reader would type, and what they should find.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { markTerms } from '../../../src/data/highlight.js';
import { SLICE_MS } from '../../../src/data/prime-dates.js';
import * as searchModule from '../../../src/data/search.js';
import { validateDataset } from '../../../src/data/validate.js';

const { buildSearchIndex } = searchModule;

const json: unknown = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'));
const result = validateDataset(json);
if (!result.ok) throw new Error('data/events.json is invalid; run npm run check-data');
const index = indexDataset(result.dataset);
const search = buildSearchIndex(index);

/** Ids of the events an actor takes part in, straight from the data. */
const eventsOf = (actor: string) =>
  result.dataset.events
    .filter((e) => e.actors.includes(actor))
    .map((e) => e.id)
    .sort();
const ids = (query: string) => search.search(query)?.ids ?? [];

describe('buildSearchIndex(index).search(query)', () => {
  it('exports buildSearchIndex and the bounds of a search only', () => {
    expect(Object.keys(searchModule).sort()).toEqual([
      'MAX_QUERY_CHARS',
      'MAX_QUERY_TERMS',
      'boundedQuery',
      'buildSearchIndex',
    ]);
  });

  it('reads at most the first words of a long search, so that its work is bounded', () => {
    const { boundedQuery, MAX_QUERY_CHARS, MAX_QUERY_TERMS } = searchModule;
    const long = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' ');
    const bounded = boundedQuery(long);
    expect(bounded.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(bounded.split(' ')).toHaveLength(MAX_QUERY_TERMS);
    expect(bounded.startsWith('word0 word1 ')).toBe(true);
    expect(boundedQuery('  Budanov   statement ')).toBe('Budanov statement');
    // A search cut to its first words finds what those words find: a word after them no longer narrows it.
    const many = [...Array<string>(MAX_QUERY_TERMS).fill('Budanov'), 'qqqzzz'].join(' ');
    expect(ids('Budanov qqqzzz')).toEqual([]);
    expect(ids(many)).toEqual(ids('Budanov'));
  });

  it('"Budanov" finds every event he takes part in, his statements among them', () => {
    expect([...ids('Budanov')].sort()).toEqual(eventsOf('budanov'));
    expect(ids('Budanov')).toContain('budanov-war-zone-interview-2024-10-22');
    expect(ids('Budanov')).toContain('budanov-world-war-remark-2024-10-22');
  });

  it('finds actors by their aliases: "GUR" finds the HUR events, "Zelenskyy" the Zelensky events', () => {
    expect([...ids('GUR')].sort()).toEqual(eventsOf('hur'));
    expect(ids('Zelenskyy')).toEqual(expect.arrayContaining(eventsOf('zelensky')));
  });

  it('finds the correct names the editors give as aliases of article 004’s misspellings', () => {
    expect(ids('Kim Tae-hyo')[0]).toBe('kim-tae-hyung-press-conference-2024-10-22');
    expect(ids('Shin Won-sik')[0]).toBe('south-korea-nsc-meeting-2024-10-22');
  });

  it('"Syrsky" finds the briefing first', () => {
    expect(ids('Syrsky')[0]).toBe('syrsky-briefing-2024-10-25');
    expect([...ids('Syrsky')].sort()).toEqual(eventsOf('syrsky'));
  });

  it('ranks first the event with the word in its title', () => {
    expect(ids('weapons')[0]).toBe('south-korea-offensive-weapons-not-ruled-out');
    expect(ids('reports')[0]).toBe('wsj-secret-clause-report-2024-10-22');
  });

  it('finds the denial by a fragment of its quotes', () => {
    expect(ids('groundless rumor')).toEqual(['nk-un-denial-2024-10-21']);
    // Only in the quote of article 000, not in the title or summary.
    expect(ids('dismissing Seoul')).toEqual(['nk-un-denial-2024-10-21']);
  });

  it('matches the start of a word: "budan" finds what "Budanov" finds', () => {
    expect(search.search('budan')).toEqual(search.search('Budanov'));
    expect(search.search('budan')?.terms).toEqual(['budanov']);
  });

  it('forgives one wrong letter in words of four letters or more, not in shorter ones', () => {
    expect(ids('Zelenskiy')).toEqual(expect.arrayContaining(eventsOf('zelensky')));
    expect(ids('Rute')).toEqual(expect.arrayContaining(eventsOf('rutte')));
    expect(ids('hut')).toEqual([]);
  });

  it('needs every word: "Budanov Economist" finds only events with both', () => {
    expect(ids('Budanov Economist')).toEqual(['budanov-economist-interview-2024-10-22']);
    expect(ids('Budanov Syrsky')).toEqual([]);
  });

  it('finds nothing for nonsense', () => {
    expect(search.search('xqzvwk plorbt')).toEqual({ ids: [], terms: [] });
  });

  it('filters nothing (null) for a blank or punctuation-only query', () => {
    for (const query of ['', '   ', '\n', '…', '"?"']) expect(search.search(query), query).toBeNull();
  });

  it('returns the matched words, which markTerms marks in the text', () => {
    const found = search.search('groundless rumo')!;
    expect(found.terms).toEqual(expect.arrayContaining(['groundless', 'rumor', 'rumours']));
    const quote = index.event.get('nk-denial-groundless-rumours')!.sources[0]!.quote!;
    expect(
      markTerms(quote, found.terms)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['groundless', 'rumours']);
  });
});

describe('buildSearchIndex(index).prepare()', () => {
  it('builds the index in turns that pause whenever one has used SLICE_MS, then searches at once', async () => {
    const fresh = buildSearchIndex(index);
    expect(fresh.ready).toBe(false);
    let pauses = 0;
    let t = 0;
    // Each event "takes" half a turn: a pause after every second event.
    await fresh.prepare(undefined, {
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
      now: () => (t += SLICE_MS / 2),
    });
    expect(fresh.ready).toBe(true);
    expect(pauses).toBe(Math.floor(index.events.length / 2));
    expect(fresh.search('Budanov')).toEqual(search.search('Budanov'));
  });

  it('stops when its signal aborts, keeps what it added, and a search finishes the index', async () => {
    const fresh = buildSearchIndex(index);
    const controller = new AbortController();
    let pauses = 0;
    let t = 0;
    const pause = () => {
      pauses += 1;
      if (pauses === 3) controller.abort(new Error('stopped'));
      return Promise.resolve();
    };
    await expect(fresh.prepare(controller.signal, { pause, now: () => (t += SLICE_MS) })).rejects.toThrow('stopped');
    expect(fresh.ready).toBe(false);
    expect(ids('Budanov').length).toBeGreaterThan(0);
    expect(fresh.search('Budanov')?.ids).toEqual(ids('Budanov'));
    expect(fresh.ready).toBe(true);
  });
});
