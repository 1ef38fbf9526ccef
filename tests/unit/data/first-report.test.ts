import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST, runs } from '../../support/properties.js';
import { parseEdtf } from '../../../src/data/dates.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { firstReport, firstReportText, publicationOf, reportedFirst } from '../../../src/data/first-report.js';
import { validateDataset } from '../../../src/data/validate.js';
import type { Article } from '../../../src/data/types.js';

/** Articles by id with the given publication dates (`undefined`: no date). */
function articles(published: Record<string, string | undefined>): Map<string, Article> {
  return new Map(
    Object.entries(published).map(([id, date]) => [
      id,
      {
        id,
        title: id,
        titleIsDescriptive: false,
        outlet: null,
        url: null,
        notes: [],
        ...(date ? { published: date } : {}),
      },
    ]),
  );
}

const reportedIn = (...ids: string[]) => ({ sources: ids.map((article) => ({ article })) });
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const endOf = (text: string) => day(text) + 86_400_000 - 1;

describe('publicationOf', () => {
  it('spans the days an article may have appeared on, and any time when it has no date', () => {
    expect(publicationOf({ published: '2024-10-23/2024-10-27' })).toMatchObject({
      earliest: day('2024-10-23'),
      latest: endOf('2024-10-27'),
    });
    expect(publicationOf({ published: '../2024-10-27' })).toMatchObject({ earliest: -Infinity });
    expect(publicationOf({})).toMatchObject({ earliest: -Infinity, latest: Infinity, span: undefined });
  });
});

describe('firstReport', () => {
  it('is the publication date of the only source, as written', () => {
    const report = firstReport(reportedIn('a'), articles({ a: '2024-10-22' }));
    expect(report).toMatchObject({ edtf: '2024-10-22', latest: endOf('2024-10-22'), articles: ['a'] });
  });

  it('keeps the uncertainty of an uncertain publication date', () => {
    const report = firstReport(reportedIn('a'), articles({ a: '2024-10-22?' }));
    expect(report?.edtf).toBe('2024-10-22?');
    expect(report?.span.uncertain).toBe(true);
    expect(report && firstReportText(report)).toBe('22 Oct 2024 (uncertain)');
  });

  it('is the earliest of several, naming only the article that is certainly first', () => {
    const report = firstReport(
      reportedIn('late', 'early'),
      articles({ early: '2024-10-22?', late: '2024-10-25/2024-10-26' }),
    );
    expect(report).toMatchObject({ edtf: '2024-10-22?', articles: ['early'] });
  });

  it('spans from the earliest possible day to the earliest certain one when the dates overlap', () => {
    // One article of 22–31 October and one of 23–27 October: the first report was between 22 and 27 October.
    const report = firstReport(
      reportedIn('b', 'a'),
      articles({ a: '2024-10-22/2024-10-31', b: '2024-10-23/2024-10-27' }),
    );
    expect(report).toMatchObject({
      edtf: '2024-10-22/2024-10-27',
      earliest: day('2024-10-22'),
      latest: endOf('2024-10-27'),
      articles: ['a', 'b'],
    });
    expect(report && firstReportText(report, { style: 'long' })).toBe('22 – 27 October 2024');
  });

  it('keeps each bound’s own qualifier and precision, in a date the EDTF parser reads back the same', () => {
    const cases: [Record<string, string>, string][] = [
      [{ a: '2024-10-20/2024-10-25', b: '2024-10-22?' }, '2024-10-20/2024-10-22?'],
      [{ a: '2024-10', b: '2024-10-22' }, '2024-10/2024-10-22'],
      [{ a: '2024-10-21~', b: '2024-10-20/2024-10-23' }, '2024-10-20/2024-10-21~'],
    ];
    for (const [dates, edtf] of cases) {
      const report = firstReport(reportedIn(...Object.keys(dates)), articles(dates));
      expect(report?.edtf).toBe(edtf);
      const parsed = parseEdtf(edtf);
      expect(
        parsed.ok && { start: parsed.value.start, end: parsed.value.end, uncertain: parsed.value.uncertain },
      ).toEqual(report && { start: report.span.start, end: report.span.end, uncertain: report.span.uncertain });
    }
  });

  it('of two articles of the same day, is as sure as the surer one', () => {
    const report = firstReport(reportedIn('unsure', 'sure'), articles({ sure: '2024-10-22', unsure: '2024-10-22?' }));
    expect(report).toMatchObject({ edtf: '2024-10-22', articles: ['sure', 'unsure'] });
  });

  it('has an unknown start when a source has no date: it may have come first', () => {
    const report = firstReport(reportedIn('dated', 'undated'), articles({ dated: '2024-10-25', undated: undefined }));
    expect(report).toMatchObject({ edtf: '/2024-10-25', earliest: -Infinity, latest: endOf('2024-10-25') });
    expect(report?.span.openStart).toBe('unknown');
    expect(report?.articles).toEqual(['undated', 'dated']);
    expect(report && firstReportText(report)).toBe('by 25 Oct 2024');
  });

  it('is unknown for an event without sources, or whose sources have no dates', () => {
    expect(firstReport(reportedIn(), articles({}))).toBeUndefined();
    expect(firstReport(reportedIn('a', 'gone'), articles({ a: undefined }))).toBeUndefined();
  });

  it(
    'never comes after any source’s publication, nor before the earliest possible one (property)',
    PROPERTY_TEST,
    () => {
      const days = ['2024-10-20', '2024-10-21', '2024-10-22', '2024-10-23', '2024-10-24', '2024-10-25'];
      const dateArb = fc.oneof(
        fc.constantFrom(...days),
        fc.constantFrom(...days).map((d) => `${d}?`),
        fc
          .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
          .map(([a, b]) => `${days[Math.min(a, b)]}/${days[Math.max(a, b)]}`),
        fc.constant(undefined),
      );
      fc.assert(
        fc.property(fc.array(dateArb, { minLength: 1, maxLength: 5 }), (dates) => {
          const given = articles(Object.fromEntries(dates.map((date, i) => [`a${i}`, date])));
          const report = firstReport(reportedIn(...given.keys()), given);
          const known = [...given.values()].map(publicationOf);
          const latest = Math.min(...known.map((p) => p.latest));
          if (!Number.isFinite(latest)) return report === undefined;
          const candidates = known.filter((p) => p.earliest <= latest);
          expect(report?.latest).toBe(latest);
          expect(report?.earliest).toBe(Math.min(...candidates.map((p) => p.earliest)));
          expect(report?.articles).toHaveLength(candidates.length);
          const parsed = report && parseEdtf(report.edtf);
          expect(parsed?.ok).toBe(true);
          if (parsed?.ok) expect(parsed.value.end).toBe(latest);
          return true;
        }),
        runs(500),
      );
    },
  );
});

describe('reportedFirst', () => {
  it('lists for each article the events it certainly reported first, and those it may have', () => {
    const source = (article: string) => ({ article, quote: `${article}: quoted words` });
    const result = validateDataset({
      title: 'Fixture',
      description: 'Fixture.',
      articles: [
        { id: 'a', title: 'A', url: 'https://example.org/a', published: '2024-10-22' },
        { id: 'b', title: 'B', url: 'https://example.org/b', published: '2024-10-24' },
        { id: 'c', title: 'C', url: 'https://example.org/c', published: '2024-10-23/2024-10-25' },
      ],
      events: [
        { id: 'e1', title: 'One', date: '2024-10-01', dateBasis: 'x', sources: [source('b'), source('a')] },
        { id: 'e2', title: 'Two', date: '2024-10-02', dateBasis: 'x', sources: [source('b'), source('c')] },
        { id: 'e3', title: 'Three', date: '2024-10-03', dateBasis: 'x', sources: [source('b')] },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const firsts = reportedFirst(indexDataset(result.dataset));
    const ids = (id: string) => ({
      first: firsts.get(id)?.first.map((e) => e.id) ?? [],
      maybe: firsts.get(id)?.maybe.map((e) => e.id) ?? [],
    });
    expect(ids('a')).toEqual({ first: ['e1'], maybe: [] });
    // b (24 October) and c (23–25 October): either may have come first.
    expect(ids('b')).toEqual({ first: ['e3'], maybe: ['e2'] });
    expect(ids('c')).toEqual({ first: [], maybe: ['e2'] });
  });
});
