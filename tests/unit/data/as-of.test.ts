// The as-of filter: what a reader could know at the end of a day, on a small dataset made for it and on the curated one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleState,
  asOfCounts,
  asOfSentence,
  endOfDay,
  forecastNote,
  indexAsOf,
  isPossibly,
  parseAsOfDay,
  publicationDays,
} from '../../../src/data/as-of.js';
import { indexDataset, type DatasetIndex } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';

function indexOf(json: unknown): DatasetIndex {
  const result = validateDataset(json);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.message} at ${p.path}`).join('\n'));
  return indexDataset(result.dataset);
}

const article = (id: string, published?: string) => ({
  id,
  title: `Article ${id}`,
  url: `https://example.org/${id}`,
  ...(published ? { published } : {}),
});
const quote = (article: string, words = 'words long enough to quote') => ({ article, quote: `${article}: ${words}` });

/** Articles of one day, of a day marked uncertain, of a week, of no known day, and of a later day. */
const small = indexOf({
  title: 'As-of fixture',
  description: 'Made for the as-of tests.',
  articles: [
    article('a', '2024-10-22'),
    article('b', '2024-10-22?'),
    article('c', '2024-10-23/2024-10-27'),
    article('d'),
    article('e', '2024-10-25'),
  ],
  events: [
    {
      id: 'forecast',
      title: 'Arrival expected',
      date: '2024-10-24',
      dateBasis: 'Fixture.',
      status: 'expected',
      statedOn: '2024-10-22',
      sources: [quote('a'), quote('b')],
      related: [{ event: 'outcome', type: 'outcome' }],
    },
    {
      id: 'outcome',
      title: 'Arrival reported',
      date: '2024-10-24',
      dateBasis: 'Fixture.',
      status: 'claimed',
      sources: [quote('e')],
      related: [{ event: 'forecast', type: 'forecast' }],
    },
    { id: 'week-only', title: 'Only in the week', date: '2024-10-20', dateBasis: 'Fixture.', sources: [quote('c')] },
    {
      id: 'both',
      title: 'In both',
      date: '2024-10-21',
      dateBasis: 'Fixture.',
      sources: [quote('a'), quote('c')],
      related: [{ event: 'week-only', type: 'context' }],
    },
    { id: 'unsourced', title: 'No source', date: '2024-10-19', dateBasis: 'Fixture.', unsourced: true },
    { id: 'undated', title: 'Undated source', date: '2024-10-18', dateBasis: 'Fixture.', sources: [quote('d')] },
  ],
  actors: [{ id: 'someone', name: 'Someone' }],
  claims: [
    {
      id: 'n-a',
      measure: 'm',
      counts: 'things',
      value: 1,
      qualifier: 'exact',
      unit: 'things',
      claimant: 'someone',
      event: 'both',
      source: quote('a'),
    },
    {
      id: 'n-c',
      measure: 'm',
      counts: 'things',
      value: 2,
      qualifier: 'exact',
      unit: 'things',
      claimant: 'someone',
      event: 'both',
      source: quote('c'),
    },
  ],
  disagreements: [{ id: 'when', topic: 'When', description: 'Fixture.', events: ['forecast', 'outcome'] }],
  windows: [{ id: 'w', label: 'Week', date: '2024-10-21/2024-10-27', event: 'outcome' }],
  stories: [
    {
      id: 's',
      title: 'Story',
      steps: [{ event: 'forecast' }, { event: 'both', source: 1 }, { event: 'outcome' }],
    },
  ],
});

const ids = (index: DatasetIndex) => index.events.map((event) => event.id).sort();
const asOf = (day: string, possibly = false) => indexAsOf(small, { day, possibly });

describe('parseAsOfDay', () => {
  it('reads calendar days written YYYY-MM-DD and nothing else', () => {
    expect(parseAsOfDay('2024-10-22')).toBe('2024-10-22');
    expect(parseAsOfDay('2024-02-29')).toBe('2024-02-29');
    for (const text of [
      '2023-02-29',
      '2024-02-30',
      '2024-10-22T00:00Z',
      '2024-1-2',
      '22/10/2024',
      '',
      null,
      undefined,
    ]) {
      expect(parseAsOfDay(text)).toBeUndefined();
    }
  });
});

describe('articleState', () => {
  const at = (day: string) => endOfDay(day);
  it('counts an article as published at the end of the last day its date allows', () => {
    expect(articleState({ published: '2024-10-22' }, at('2024-10-21'))).toBe('later');
    expect(articleState({ published: '2024-10-22' }, at('2024-10-22'))).toBe('published');
  });

  it('counts a date marked uncertain at its stated day', () => {
    expect(articleState({ published: '2024-10-22?' }, at('2024-10-22'))).toBe('published');
  });

  it('says "possibly" while a span of days is not over, and for an article without a date', () => {
    expect(articleState({ published: '2024-10-23/2024-10-27' }, at('2024-10-22'))).toBe('later');
    expect(articleState({ published: '2024-10-23/2024-10-27' }, at('2024-10-23'))).toBe('possibly');
    expect(articleState({ published: '2024-10-23/2024-10-27' }, at('2024-10-27'))).toBe('published');
    expect(articleState({}, at('1999-01-01'))).toBe('possibly');
  });
});

describe('publicationDays', () => {
  it('lists the days on which what could be known changed, in order', () => {
    expect(publicationDays(small)).toEqual(['2024-10-22', '2024-10-23', '2024-10-25', '2024-10-27']);
    // The same from an index made as of a day.
    expect(publicationDays(asOf('2024-10-22'))).toEqual(publicationDays(small));
  });
});

describe('indexAsOf', () => {
  it('shows only events reported by the end of the day, with excerpts of articles published by then', () => {
    const index = asOf('2024-10-22');
    expect(ids(index)).toEqual(['both', 'forecast']);
    expect(index.event.get('both')?.sources.map((s) => s.article)).toEqual(['a']);
    expect(index.event.get('forecast')?.sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(index.dataset.claims.map((c) => c.id)).toEqual(['n-a']);
    // Articles of later days are gone; those possibly published by then are kept, to be shown apart.
    expect(index.dataset.articles.map((a) => a.id)).toEqual(['a', 'b', 'd']);
    expect(isPossibly(index, 'article', 'd')).toBe(true);
  });

  it('keeps a forecast a forecast until its outcome is reported, then links the outcome', () => {
    const before = asOf('2024-10-22');
    const forecast = before.event.get('forecast');
    expect(forecast?.status).toBe('expected');
    expect(forecast?.related).toEqual([]);
    expect(forecast && forecastNote(before, forecast, 'article')).toBe(
      'Still to come at the end of 22 October 2024; no outcome reported by then.',
    );
    const dueButUnknown = asOf('2024-10-24').event.get('forecast');
    expect(dueButUnknown && forecastNote(asOf('2024-10-24'), dueButUnknown, 'article')).toBe(
      'Outcome: not reported by the end of 24 October 2024.',
    );
    const after = asOf('2024-10-25');
    expect(after.event.get('forecast')?.related.map((r) => r.type)).toEqual(['outcome']);
    expect(after.asOf?.arrived).toEqual(new Set(['outcome']));
    const withOutcome = after.event.get('forecast');
    expect(withOutcome && forecastNote(after, withOutcome, 'article')).toBeUndefined();
  });

  it('leaves articles possibly published by then out, unless the reader includes them', () => {
    const left = asOf('2024-10-23');
    expect(ids(left)).toEqual(['both', 'forecast']);
    expect(asOfCounts(left.asOf!)).toEqual({ reported: 2, possibly: 3, total: 6 });
    const included = asOf('2024-10-23', true);
    expect(ids(included)).toEqual(['both', 'forecast', 'undated', 'unsourced', 'week-only']);
    expect(included.event.get('both')?.sources.map((s) => s.article)).toEqual(['a', 'c']);
    expect(included.event.get('both')?.related.map((r) => r.event)).toEqual(['week-only']);
    expect(isPossibly(included, 'event', 'week-only')).toBe(true);
    expect(isPossibly(included, 'event', 'both')).toBe(false);
    expect(included.dataset.claims.map((c) => c.id)).toEqual(['n-a', 'n-c']);
  });

  it('keeps stories, windows and disagreements to what is known, each step on the same excerpt', () => {
    const early = asOf('2024-10-22');
    expect(early.dataset.stories?.[0]?.steps).toEqual([{ event: 'forecast' }, { event: 'both' }]);
    expect(early.dataset.windows?.[0]?.event).toBeUndefined();
    expect(early.dataset.disagreements).toEqual([]);
    const late = asOf('2024-10-27');
    expect(late.dataset.stories?.[0]?.steps).toEqual([
      { event: 'forecast' },
      { event: 'both', source: 1 },
      { event: 'outcome' },
    ]);
    expect(late.dataset.windows?.[0]?.event).toBe('outcome');
    expect(late.dataset.disagreements.map((d) => d.id)).toEqual(['when']);
  });

  it('shows nothing before the first article, and leaves the whole dataset as it was', () => {
    const before = JSON.stringify(small.dataset);
    expect(asOf('2024-10-21').events).toEqual([]);
    expect(asOf('2024-10-21').asOf?.full).toBe(small);
    expect(JSON.stringify(small.dataset)).toBe(before);
    // The same day asked twice: the same index.
    expect(asOf('2024-10-22')).toBe(asOf('2024-10-22'));
    expect(indexAsOf(asOf('2024-10-25'), { day: '2024-10-22', possibly: false })).toBe(asOf('2024-10-22'));
  });
});

describe('asOfSentence', () => {
  it('says the day and what is left out of the counts, or included and marked', () => {
    expect(asOfSentence(asOf('2024-10-22').asOf!, 'article')).toBe(
      'As known at the end of 22 October 2024: only what the articles published by then reported ' +
        '(1 article possibly published by then is not counted).',
    );
    expect(asOfSentence(asOf('2024-10-23', true).asOf!, 'article')).toContain(
      '(including 2 articles possibly published by then, marked)',
    );
  });
});

describe('indexAsOf on the curated dataset', () => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'));
  const curated = indexOf(json);
  const SYRSKY = 'syrsky-briefing-2024-10-25';
  const ARRIVAL = 'nk-first-units-expected-kursk-2024-10-23';

  it('as of 22 October: no Syrsky briefing, and the 23 October arrival is a forecast with no outcome yet', () => {
    const index = indexAsOf(curated, { day: '2024-10-22', possibly: false });
    expect(index.event.has(SYRSKY)).toBe(false);
    const arrival = index.event.get(ARRIVAL);
    expect(arrival?.status).toBe('expected');
    expect(arrival?.related.some((r) => r.type === 'outcome')).toBe(false);
    // Every excerpt shown comes from an article published by the end of that day.
    const cutoff = endOfDay('2024-10-22');
    for (const event of index.events) {
      for (const source of event.sources) {
        expect(articleState(curated.article.get(source.article)!, cutoff)).toBe('published');
      }
    }
  });

  it('as of 26 October: the briefing is shown, and the arrival forecast links its reported outcome', () => {
    const index = indexAsOf(curated, { day: '2024-10-26', possibly: false });
    expect(index.event.has(SYRSKY)).toBe(true);
    const outcome = curated.event.get(ARRIVAL)?.related.find((r) => r.type === 'outcome');
    if (outcome) expect(index.event.get(ARRIVAL)?.related).toContainEqual(outcome);
  });
});
