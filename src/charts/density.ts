/**
 * The numbers behind the overview strip: the panel, events per bin (a week, month, year, decade or century, chosen
 * by `chooseUnit` from the dataset's span) and the summary in words. Pure.
 * Events dated within a bin's length count in the bin of their midpoint; looser dates ("about October" on a weekly
 * strip, "499–493 BCE" on a yearly one) are spread evenly over their span, so events known only roughly do not
 * pile up in one bar.
 */
import { bin, bisectRight, max, min } from 'd3-array';
import { formatDateSpan, yearText, type TimeWindow } from '../data/dates.js';
import { binText, chooseUnit, type BinUnit } from './bin-units.js';
import { msg, str } from '@lit/localize';
import { eventCount } from '../i18n/words.js';
import { unitWords } from './unit-words.js';

export interface OverviewEvent {
  readonly id: string;
  readonly start: Date;
  /** Last moment the event may denote (inclusive, like the data layer's date spans). */
  readonly end: Date;
  /** Background from before the period the dataset is about. */
  readonly background?: boolean | undefined;
}

export interface OverviewDomain {
  /** The panel of bins: whole bins (whole months of weeks, Monday to Monday, for the weekly strip). */
  main: TimeWindow;
  /** What the bins are. */
  unit: BinUnit;
  /** Background events that start before `main`. */
  earlier: readonly OverviewEvent[];
}

/** One bar of the strip. */
export interface Bin {
  start: Date;
  /** The next bin's start (exclusive). */
  end: Date;
  /** Ids of events dated within a bin's length, counted in the bin of their midpoint. */
  dated: string[];
  /** Events dated more loosely, each spread evenly over its span: their share of this bin. */
  rough: number;
}

export interface Density {
  unit: BinUnit;
  bins: Bin[];
}

const spanMs = (e: OverviewEvent) => e.end.getTime() + 1 - e.start.getTime();
const isDated = (e: OverviewEvent, unit: BinUnit) => spanMs(e) <= unit.longest;
/** Middle of an event's span. */
export const midpoint = (e: OverviewEvent) => new Date((e.start.getTime() + e.end.getTime()) / 2);

/** The panel of the strip, its unit and the background events that fall before it; undefined without events. */
export function overviewDomain(events: readonly OverviewEvent[]): OverviewDomain | undefined {
  const current = events.filter((e) => !e.background);
  const basis = current.length > 0 ? current : events;
  const first = min(basis, (e) => e.start);
  const last = max(basis, (e) => e.end);
  if (!first || !last) return undefined;
  const { unit, main } = chooseUnit(first, last);
  return { main, unit, earlier: events.filter((e) => e.background && e.start < main.start) };
}

/** Events per bin over `main`: dated events binned by their midpoint, rough ones spread over their span. */
export function density(
  events: readonly OverviewEvent[],
  { main, unit }: Pick<OverviewDomain, 'main' | 'unit'>,
): Density {
  const starts = unit.interval.range(main.start, main.end);
  // Binned by numbers (ms), not Dates: the same bins, without a conversion at each comparison.
  const times = starts.map((start) => start.getTime());
  const binned = bin<OverviewEvent, number>()
    .value((e) => midpoint(e).getTime())
    .domain([main.start.getTime(), main.end.getTime()])
    .thresholds(times.slice(1))(events.filter((e) => isDated(e, unit)));
  const rough = events.filter((e) => !isDated(e, unit));
  // Each loosely dated event is shared among the bins it overlaps only (found by bisection), in the events' order:
  // the same sums as adding every event's share to every bin, without the work of bins × events.
  const endMs = main.end.getTime();
  const roughSums = new Float64Array(starts.length);
  for (const e of rough) {
    const from = e.start.getTime();
    const to = e.end.getTime() + 1;
    for (let i = Math.max(0, bisectRight(times, from) - 1); i < times.length && (times[i] as number) < to; i++) {
      const share = Math.max(0, Math.min(times[i + 1] ?? endMs, to) - Math.max(times[i] as number, from)) / spanMs(e);
      roughSums[i] = (roughSums[i] as number) + share;
    }
  }
  const bins = starts.map((start, i) => ({
    start,
    end: starts[i + 1] ?? main.end,
    dated: (binned[i] ?? []).map((e) => e.id),
    rough: roughSums[i] as number,
  }));
  return { unit, bins };
}

/** The bin with the most dated events (the first of equals), if any has one. */
export function busiestBin(bins: readonly Bin[]): Bin | undefined {
  const busiest = bins.reduce<Bin | undefined>((a, b) => (!a || b.dated.length > a.dated.length ? b : a), undefined);
  return busiest && busiest.dated.length > 0 ? busiest : undefined;
}

/** "June to November 2024" on a strip of weeks or months, "499 to 430 BCE" on one of years or longer. */
function periodText(first: Date, last: Date, unit: BinUnit, locale: string): string {
  const precision = unit.name === 'week' || unit.name === 'month' ? 'month' : 'year';
  const span = { start: first.getTime(), end: last.getTime(), precision } as const;
  return formatDateSpan(
    { edtf: '', ...span, approximate: false, uncertain: false, interval: true },
    { locale, style: 'long' },
  ).replace(/\s*[–-]\s*/, msg(' to '));
}

/** The chart in words, for its accessible name: range, busiest bin, loosely dated and earlier events. */
export function describeDensity(events: readonly OverviewEvent[], domain: OverviewDomain, locale: string): string {
  const earlier = events.filter((e) => e.background === true && e.start < domain.main.start);
  const before = new Set(earlier);
  const main = events.filter((e) => !before.has(e));
  const first = min(main, (e) => e.start);
  const last = max(main, (e) => e.end);
  if (!first || !last) return msg('Event density: no events in this period.');
  const { unit } = domain;
  const parts = [msg(str`Event density, ${periodText(first, last, unit, locale)}: ${eventCount(main.length)}`)];
  const busiest = busiestBin(density(main, domain).bins);
  if (busiest) {
    const when = binText(unit, busiest.start, locale);
    const most = eventCount(busiest.dated.length);
    parts[0] = `${parts[0] ?? ''}${msg(str`, ${unitWords(unit.name).busiest} ${when} with ${most}`)}`;
  }
  const rough = main.filter((e) => !isDated(e, unit)).length;
  if (rough > 0) {
    const loose = eventCount(rough);
    parts.push(
      rough === 1
        ? msg(str`${loose} dated only loosely, spread over its span`)
        : msg(str`${loose} dated only loosely, spread over their span`),
    );
  }
  if (earlier.length > 0) {
    const years = [...new Set(earlier.map((e) => e.start.getUTCFullYear()))].sort((a, b) => a - b);
    const text = years.map((year) => yearText(year, locale)).join(', ');
    parts.push(msg(str`earlier background: ${eventCount(earlier.length)} (${text})`));
  }
  return `${parts.join('; ')}.`;
}
