/**
 * The numbers behind the overview strip: the weekly panel, events per week and the summary in words. Pure.
 * Events dated within a week count in the week of their midpoint; looser dates ("about October") are spread
 * evenly over their span, so nine events known only to the month do not pile up in one week.
 */
import { bin, max, min, utcMonday, utcMonth } from 'd3';
import type { TimeWindow } from '../data/dates.js';
import { DAY_MS, WEEK_MS } from './time-window.js';

export interface OverviewEvent {
  readonly id: string;
  readonly start: Date;
  /** Last moment the event may denote (inclusive, like the data layer's date spans). */
  readonly end: Date;
  /** Background from before the period the dataset is about. */
  readonly background?: boolean | undefined;
}

export interface OverviewDomain {
  /** The weekly panel: Monday to Monday, covering the whole first and last months. */
  main: TimeWindow;
  /** Background events that start before `main`. */
  earlier: readonly OverviewEvent[];
}

/** One week of the strip. */
export interface WeekBin {
  start: Date;
  /** The next Monday (exclusive). */
  end: Date;
  /** Ids of events dated within a week (a day, or a span of up to seven days), counted in the week of their midpoint. */
  dated: string[];
  /** Events dated more loosely ("about October"), each spread evenly over its span: their share of this week. */
  rough: number;
}

const spanMs = (e: OverviewEvent) => e.end.getTime() + 1 - e.start.getTime();
/** Middle of an event's span. */
export const midpoint = (e: OverviewEvent) => new Date((e.start.getTime() + e.end.getTime()) / 2);

/** The weekly panel of the strip and the background events that fall before it; undefined without events. */
export function overviewDomain(events: readonly OverviewEvent[]): OverviewDomain | undefined {
  const current = events.filter((e) => !e.background);
  const basis = current.length > 0 ? current : events;
  const first = min(basis, (e) => e.start);
  const last = max(basis, (e) => e.end);
  if (!first || !last) return undefined;
  const start = utcMonday.floor(utcMonth.floor(first));
  const end = utcMonday.ceil(utcMonth.ceil(new Date(last.getTime() + 1)));
  return { main: { start, end }, earlier: events.filter((e) => e.background && e.start < start) };
}

/** Events per week over `main`: dated events binned by their midpoint, rough ones spread over their span. */
export function weeklyDensity(events: readonly OverviewEvent[], main: TimeWindow): WeekBin[] {
  const weeks = utcMonday.range(main.start, main.end);
  const binned = bin<OverviewEvent, Date>().value(midpoint).domain([main.start, main.end]).thresholds(weeks.slice(1))(
    events.filter((e) => spanMs(e) <= WEEK_MS),
  );
  const rough = events.filter((e) => spanMs(e) > WEEK_MS);
  return weeks.map((start, i) => {
    const end = new Date(start.getTime() + WEEK_MS);
    const share = (e: OverviewEvent) =>
      Math.max(0, Math.min(end.getTime(), e.end.getTime() + 1) - Math.max(start.getTime(), e.start.getTime())) /
      spanMs(e);
    return {
      start,
      end,
      dated: (binned[i] ?? []).map((e) => e.id),
      rough: rough.reduce((sum, e) => sum + share(e), 0),
    };
  });
}

/** The chart in words, for its accessible name: range, busiest week, loosely dated and earlier events. */
export function describeDensity(events: readonly OverviewEvent[], domain: OverviewDomain, locale: string): string {
  const earlier = events.filter((e) => e.background === true && e.start < domain.main.start);
  const main = events.filter((e) => !earlier.includes(e));
  const first = min(main, (e) => e.start);
  const last = max(main, (e) => e.end);
  if (!first || !last) return 'Event density: no events in this period.';
  const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .formatRange(first, last)
    .replace(/\s*[–-]\s*/, ' to ')
    .replace(/[\u2009\u202f]/g, ' ');
  const bins = weeklyDensity(main, domain.main);
  const busiest = bins.reduce<WeekBin | undefined>(
    (a, b) => (!a || b.dated.length > a.dated.length ? b : a),
    undefined,
  );
  const parts = [`Event density, ${months}: ${plural(main.length, 'event')}`];
  if (busiest && busiest.dated.length > 0) {
    const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
      .formatRange(busiest.start, new Date(busiest.end.getTime() - DAY_MS))
      .replace(/[\u2009\u202f]/g, ' ')
      // ICU versions differ on spaces in "21–27 Oct"; keep them only between two dates ("28 Oct – 3 Nov").
      .replace(/^(\d+)\s*–\s*(\d+) /, '$1–$2 ');
    parts[0] = `${parts[0] ?? ''}, busiest week ${days} with ${plural(busiest.dated.length, 'event')}`;
  }
  const rough = main.filter((e) => spanMs(e) > WEEK_MS).length;
  if (rough > 0)
    parts.push(`${plural(rough, 'event')} dated only loosely, spread over ${rough === 1 ? 'its' : 'their'} span`);
  if (earlier.length > 0) {
    const years = [...new Set(earlier.map((e) => e.start.getUTCFullYear()))].sort();
    parts.push(`earlier background: ${plural(earlier.length, 'event')} (${years.join(', ')})`);
  }
  return `${parts.join('; ')}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
