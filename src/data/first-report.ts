/**
 * The second clock: when the public first learned of an event. An event's `date` says when it happened; its first
 * report is derived, never typed in: the earliest publication date among its sources (`articles[].published`),
 * keeping that date's uncertainty. Pure.
 *
 * A publication date may be a span (`2024-10-23/2024-10-27`: some day in that week) or qualified
 * (`2024-10-22?`). The first report of an event reported by several articles lies between the earliest day any of
 * them may have appeared and the earliest day by which one of them certainly had: `2024-10-22/2024-10-27` for one
 * article of 22–31 October and one of 23–27 October. An article without a date could have come first at any time:
 * the first report then has an unknown start (`/2024-10-27`). See docs/decisions/0019-two-clocks-and-as-of.md.
 */
import { formatDateSpan, parseEdtf, type DateSpan, type FormatOptions } from './dates.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Article, TimelineEvent } from './types.js';
import { msg, str } from '@lit/localize';

/** When an article may have appeared. */
export interface Publication {
  /** The first millisecond it may have appeared; -Infinity when that is not known (no date, or an open start). */
  readonly earliest: number;
  /** The last millisecond by which it had appeared; Infinity when that is not known. */
  readonly latest: number;
  /** The date as parsed, when the article has one. */
  readonly span: DateSpan | undefined;
}

const UNKNOWN: Publication = { earliest: -Infinity, latest: Infinity, span: undefined };

const publications = new WeakMap<Pick<Article, 'published'>, Publication>();

/** When an article may have appeared, from its `published` date (none, or an invalid one: any time). */
export function publicationOf(article: Pick<Article, 'published'>): Publication {
  const known = publications.get(article);
  if (known) return known;
  const parsed = article.published === undefined ? undefined : parseEdtf(article.published);
  const span = parsed?.ok ? parsed.value : undefined;
  const publication = span
    ? {
        earliest: span.openStart ? -Infinity : span.start,
        latest: span.openEnd ? Infinity : span.end,
        span,
      }
    : UNKNOWN;
  publications.set(article, publication);
  return publication;
}

/** When an event was first reported. */
export interface FirstReport {
  /** The date as EDTF, with the uncertainty of the dates it comes from: `2024-10-22?`, `2024-10-22/2024-10-27`. */
  readonly edtf: string;
  /** The date as a span, to format and draw like any other (`formatDateSpan`). */
  readonly span: DateSpan;
  /** The first millisecond it may have been; -Infinity when a source has no known date. */
  readonly earliest: number;
  /** The last millisecond by which the event had certainly been reported. */
  readonly latest: number;
  /**
   * The sources that may be the first report (their publication may be the earliest), in order of publication:
   * one article when it is certainly first, several when their dates leave it open.
   */
  readonly articles: readonly string[];
}

/** The lower (`0`) or upper (`1`) end of a date as written: what stands on that side of its `/`. */
function endText(span: DateSpan, side: 0 | 1): string {
  return span.interval ? (span.edtf.split('/')[side] ?? span.edtf) : span.edtf;
}

/** The day of a moment as EDTF writes it: `2024-10-22`, `-0489-09-12`. */
function isoDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const digits = String(Math.abs(year)).padStart(4, '0');
  return `${year < 0 ? '-' : ''}${digits}-${date.toISOString().slice(5, 10)}`;
}

/** Fewer qualifiers first: of two articles of the same day, the first report is as sure as the surer one. */
const doubt = (span: DateSpan | undefined): number => (span ? Number(span.uncertain) + Number(span.approximate) : 2);

interface Dated {
  id: string;
  publication: Publication;
}

/**
 * When an event was first reported: the earliest publication among its sources. `undefined` when it has no source,
 * or none of its sources has a known date (it could have been reported at any time).
 */
export function firstReport(
  event: Pick<TimelineEvent, 'sources'>,
  articles: ReadonlyMap<string, Article>,
): FirstReport | undefined {
  const sources: Dated[] = [];
  for (const id of new Set(event.sources.map((source) => source.article))) {
    const article = articles.get(id);
    sources.push({ id, publication: article ? publicationOf(article) : UNKNOWN });
  }
  // The bound by which one of them had certainly appeared, and the article that gives it.
  const byLatest = [...sources].sort(
    (a, b) =>
      a.publication.latest - b.publication.latest ||
      doubt(a.publication.span) - doubt(b.publication.span) ||
      a.id.localeCompare(b.id),
  );
  const high = byLatest[0];
  if (!high?.publication.span || !Number.isFinite(high.publication.latest)) return undefined;
  // Every source that may have appeared by then may be the first; the earliest of them gives the lower bound.
  const candidates = sources
    .filter((source) => source.publication.earliest <= high.publication.latest)
    .sort(
      (a, b) =>
        a.publication.earliest - b.publication.earliest ||
        doubt(a.publication.span) - doubt(b.publication.span) ||
        a.id.localeCompare(b.id),
    );
  const low = candidates[0] ?? high;
  const ids = candidates.map((candidate) => candidate.id);
  const highSpan = high.publication.span;
  const lowSpan = low.publication.span;
  const { earliest } = low.publication;
  const latest = high.publication.latest;
  // One article gives both bounds (no other may have come before it): its date as written.
  if (low === high || lowSpan?.edtf === highSpan.edtf || earliest >= highSpan.start) {
    return { edtf: highSpan.edtf, span: highSpan, earliest, latest, articles: ids };
  }
  const upper = endText(highSpan, 1);
  const lower = lowSpan && Number.isFinite(earliest) ? endText(lowSpan, 0) : '';
  // Two ends the grammar does not pair (rare: e.g. a year and a season) are written as days, without qualifiers.
  const lowerDay = lower === '' ? '' : isoDay(earliest);
  for (const edtf of [`${lower}/${upper}`, `${lowerDay}/${isoDay(latest)}`]) {
    const parsed = parseEdtf(edtf);
    if (parsed.ok) return { edtf, span: parsed.value, earliest, latest, articles: ids };
  }
  return { edtf: highSpan.edtf, span: highSpan, earliest, latest, articles: ids };
}

const reports = new WeakMap<DatasetIndex, Map<string, FirstReport | undefined>>();

/** An event's first report, once per index (`firstReport` over the index's articles). */
export function firstReportOf(index: DatasetIndex, event: TimelineEvent): FirstReport | undefined {
  let known = reports.get(index);
  if (!known) {
    known = new Map<string, FirstReport | undefined>();
    reports.set(index, known);
  }
  if (!known.has(event.id)) known.set(event.id, firstReport(event, index.article));
  return known.get(event.id);
}

/**
 * A first report in words: "22 Oct 2024 (uncertain)", "22–27 Oct 2024"; with an undated source, "by 27 Oct 2024"
 * (it may have come earlier).
 */
export function firstReportText(report: FirstReport, options: FormatOptions = {}): string {
  if (report.span.openStart !== 'unknown') return formatDateSpan(report.span, options);
  const upper = parseEdtf(report.edtf.slice(report.edtf.indexOf('/') + 1));
  return upper.ok ? msg(str`by ${formatDateSpan(upper.value, options)}`) : formatDateSpan(report.span, options);
}

/** What an article reported first: the events it certainly reported first, and those it may have. */
export interface ReportedFirst {
  /** Events no other source can have reported before it. */
  readonly first: readonly TimelineEvent[];
  /** Events it may have reported first: the dates of it and another source leave open which came first. */
  readonly maybe: readonly TimelineEvent[];
}

const firsts = new WeakMap<DatasetIndex, ReadonlyMap<string, ReportedFirst>>();

/** For each article of the index, what it reported first, the events in the index's order. Once per index. */
export function reportedFirst(index: DatasetIndex): ReadonlyMap<string, ReportedFirst> {
  const known = firsts.get(index);
  if (known) return known;
  const byArticle = new Map<string, { first: TimelineEvent[]; maybe: TimelineEvent[] }>();
  const entry = (id: string) => {
    let found = byArticle.get(id);
    if (!found) {
      found = { first: [], maybe: [] };
      byArticle.set(id, found);
    }
    return found;
  };
  for (const event of index.events) {
    const report = firstReportOf(index, event);
    if (!report) continue;
    const only = report.articles.length === 1;
    for (const id of report.articles) (only ? entry(id).first : entry(id).maybe).push(event);
  }
  firsts.set(index, byArticle);
  return byArticle;
}
