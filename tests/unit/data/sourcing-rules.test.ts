// The sourcing rules of validateDataset (and so of `npm run check-data`): via chains, speaksFor, datedBy,
// independent sources for confirms / outcome / forecast, and statedOn against the publication dates.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/data/validate.js';
import { fixtureJson, fixtureText } from '../../support/fixtures.js';

const texts = new Map([
  ['a1', fixtureText('mini/articles/a1.txt')],
  ['a2', fixtureText('mini/articles/a1.txt')],
]);
type Data = ReturnType<typeof fixtureJson>;

function problemsOf(data: unknown): string[] {
  const result = validateDataset(data, { articleTexts: texts });
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The mini fixture with a third actor and a second article, and its two events related by `type`. */
function related(type: string): Data {
  const data = fixtureJson();
  data.actors.push({ id: 'gamma', name: 'Gamma', aliases: [], speaksFor: 'alpha' });
  data.events[0]!.related = [{ event: 'beta-denies', type }];
  data.events[1]!.related = [{ event: 'alpha-says', type: type === 'outcome' ? 'forecast' : type }];
  return data;
}

describe('sourcing rules', () => {
  it('accepts the new fields: via, speaksFor, datedBy, statedOn, editorNote, differs, a one-event disagreement', () => {
    const data = related('differs');
    data.events[0]!.sources[0]!.via = ['alpha'];
    data.events[0]!.datedBy = ['a1'];
    data.events[0]!.statedOn = '2024-10-21';
    data.events[0]!.editorNote = 'Not from the article: known from elsewhere.';
    data.actors[0]!.editorNote = 'Spelt otherwise elsewhere.';
    data.articles[0]!.editorNote = 'A machine translation.';
    data.claims[0]!.statedOn = '2024-10-21';
    data.disagreements[0]!.events = ['alpha-says'];
    expect(problemsOf(data)).toEqual([]);
  });

  it('refuses an empty editor note, an empty via chain and an invalid statedOn', () => {
    const data = fixtureJson();
    data.events[0]!.editorNote = ' ';
    data.events[0]!.sources[0]!.via = [];
    data.events[1]!.statedOn = 'last week';
    expect(problemsOf(data)).toEqual([
      'an array needs at least one actor at events[0].sources[0].via',
      '"" must not be empty at events[0].editorNote',
      'invalid date "last week": not a valid EDTF date (event "beta-denies") at events[1].statedOn',
    ]);
  });

  it('names an unknown actor in a via chain, on events and on claims', () => {
    const data = fixtureJson();
    data.events[0]!.sources[0]!.via = ['alpha', 'nobody'];
    data.claims[0]!.source.via = ['someone'];
    expect(problemsOf(data)).toEqual([
      'unknown actor "nobody" at events[0].sources[0].via[1]',
      'unknown actor "someone" at claims[0].source.via[0]',
    ]);
  });

  it('checks speaksFor: a known actor, not itself', () => {
    const data = fixtureJson();
    data.actors[0]!.speaksFor = 'nobody';
    data.actors[1]!.speaksFor = 'beta';
    expect(problemsOf(data)).toEqual([
      'unknown actor "nobody" at actors[0].speaksFor',
      'actor "beta" speaks for itself at actors[1].speaksFor',
    ]);
  });

  it('checks that datedBy names an article the event cites', () => {
    const data = fixtureJson();
    data.events[0]!.datedBy = ['a1', 'a2'];
    expect(problemsOf(data)).toEqual([
      'article "a2" does not report event "alpha-says", so it cannot date it at events[0].datedBy[1]',
    ]);
  });

  it('refuses "confirms" between events whose sources share the same single original source', () => {
    const data = related('confirms');
    data.events[0]!.sources[0]!.via = ['alpha'];
    data.events[1]!.sources[0]!.via = ['alpha'];
    expect(problemsOf(data)).toEqual([
      '"confirms" needs independent sources, but "alpha-says" and "beta-denies" both go back only to "alpha" at events[0].related[0].type',
      '"confirms" needs independent sources, but "beta-denies" and "alpha-says" both go back only to "alpha" at events[1].related[0].type',
    ]);
    // Another original source on either side makes them independent.
    data.events[1]!.sources[0]!.via = ['beta'];
    expect(problemsOf(data)).toEqual([]);
  });

  it('counts one article’s own reporting as one original source', () => {
    // Both events come from article a1 alone, without a via chain: a1's own reporting on both sides.
    expect(problemsOf(related('confirms'))).toEqual([
      '"confirms" needs independent sources, but "alpha-says" and "beta-denies" both go back only to the own reporting of article "a1" at events[0].related[0].type',
      '"confirms" needs independent sources, but "beta-denies" and "alpha-says" both go back only to the own reporting of article "a1" at events[1].related[0].type',
    ]);
  });

  it('refuses an outcome reported by the forecaster’s own agency (speaksFor), on both sides of the pair', () => {
    const data = related('outcome');
    // Gamma speaks for Alpha: Gamma's forecast and Alpha's report of the outcome are one original source.
    data.events[0]!.sources[0]!.via = ['gamma'];
    data.events[1]!.sources[0]!.via = ['alpha'];
    expect(problemsOf(data)).toEqual([
      '"outcome" needs independent sources, but "alpha-says" and "beta-denies" both go back only to "alpha" at events[0].related[0].type',
      '"forecast" needs independent sources, but "beta-denies" and "alpha-says" both go back only to "alpha" at events[1].related[0].type',
    ]);
  });

  it('lets "contradicts", "differs" and "context" link events of one source', () => {
    for (const type of ['contradicts', 'differs', 'context']) {
      const data = related(type);
      data.events[0]!.sources[0]!.via = ['alpha'];
      data.events[1]!.sources[0]!.via = ['alpha'];
      expect(problemsOf(data), type).toEqual([]);
    }
  });

  it('refuses a statement stated after every source reporting it was published', () => {
    const data = fixtureJson();
    data.articles[0]!.published = '2024-10-22';
    data.events[0]!.statedOn = '2024-10-23';
    data.claims[0]!.statedOn = '2024-10-25';
    expect(problemsOf(data)).toEqual([
      'event "alpha-says" says it was stated on 2024-10-23, after article "a1" reported it (published 2024-10-22) at events[0].statedOn',
      'claim "units" says it was stated on 2024-10-25, after article "a1" reported it (published 2024-10-22) at claims[0].statedOn',
    ]);
    // An uncertain publication date cannot tell.
    data.articles[0]!.published = '2024-10-22?';
    expect(problemsOf(data)).toEqual([]);
  });

  it('refuses a statement stated after its first report, even when a later article also reports it', () => {
    const data = fixtureJson();
    data.articles[0]!.published = '2024-10-22';
    data.articles.push({ ...data.articles[0]!, id: 'a2', file: 'articles/a2.txt', published: '2024-10-25' });
    data.events[0]!.sources.push({ ...data.events[0]!.sources[0]!, article: 'a2' });
    data.events[0]!.statedOn = '2024-10-23';
    expect(problemsOf(data)).toEqual([
      'event "alpha-says" says it was stated on 2024-10-23, after article "a1" reported it (published 2024-10-22) at events[0].statedOn',
    ]);
    // Stated on the day of the first report, or before: possible.
    data.events[0]!.statedOn = '2024-10-22';
    expect(problemsOf(data)).toEqual([]);
  });

  it('refuses a forecast stated after the date it forecasts', () => {
    const data = fixtureJson();
    Object.assign(data.events[0]!, { status: 'expected', date: '2024-10-23', statedOn: '2024-10-24' });
    expect(problemsOf(data)).toEqual([
      'forecast "alpha-says" is stated on 2024-10-24, after the date it forecasts (2024-10-23) at events[0].statedOn',
    ]);
    data.events[0]!.statedOn = '2024-10-22';
    expect(problemsOf(data)).toEqual([]);
  });
});
