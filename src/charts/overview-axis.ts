/**
 * The overview's axis for each unit, and the compact segment of earlier background events.
 * Labels never overlap and never leave the strip: a row that does not fit keeps only every 2nd, 5th, 10th…
 * label, counted in numbers readers use (480, 470… BCE; Jan, Apr, Jul, Oct), and a last pass drops any label that
 * would still touch its neighbour or cross the panel's edge. Widths are `textWidth`'s estimates, which err wide.
 */
import { max, min } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { type Selection } from 'd3-selection';
import { utcMonth, utcYear } from 'd3-time';
import { yearText } from '../data/dates.js';
import { DAY_MS } from '../data/time.js';
import { binText, readersYear, type BinUnit } from './bin-units.js';
import { midpoint, type OverviewEvent } from './density.js';
import { textWidth } from './text.js';

export type Svg = Selection<SVGSVGElement, undefined, null, undefined>;
type Scale = ScaleTime<number, number>;

const FONT = 12;
/** Least room between two labels of a row, in px. */
const GAP = 6;

interface Label {
  text: string;
  x: number;
  anchor: 'start' | 'middle';
  /** 0: under the axis; 1: the line below (years under month names). */
  row: 0 | 1;
  cls: string;
  /** The number thinning counts in: the month (0–11), the year, decade or century as readers number it. */
  n: number;
  /** Start of what the label names. */
  date: Date;
}

const extent = (l: Label): [number, number] => {
  const w = textWidth(l.text, FONT);
  return l.anchor === 'middle' ? [l.x - w / 2, l.x + w / 2] : [l.x, l.x + w];
};

/** Whether the labels of one row, in order, leave `GAP` between each two. */
const fits = (row: readonly Label[]) =>
  row.every((l, i) => i === 0 || extent(l)[0] >= extent(row[i - 1] as Label)[1] + GAP);

/** The labels whose number is a multiple of the first of `steps` that makes them fit; undefined if none does. */
function thin(labels: readonly Label[], steps: readonly number[]): Label[] | undefined {
  for (const step of steps) {
    const kept = labels.filter((l) => l.n % step === 0);
    if (fits(kept)) return kept;
  }
  return undefined;
}

/** 1, 2, 5, 10, 20, 50… up to a million: more than a browser's dates hold in years. */
const NICE = [1, 2, 5].flatMap((m) => [1, 10, 100, 1000, 10_000, 100_000].map((p) => m * p)).sort((a, b) => a - b);

/** The part of [from, to) inside the panel, or undefined. */
function visible(x: Scale, from: Date, to: Date): [Date, Date] | undefined {
  const [start, end] = x.domain() as [Date, Date];
  const a = from < start ? start : from;
  const b = to > end ? end : to;
  return b > a ? [a, b] : undefined;
}

/** Years named in the middle of the part of each year the panel shows. */
function yearLabels(x: Scale, locale: string): Label[] {
  const [start, end] = x.domain() as [Date, Date];
  return utcYear.range(utcYear.floor(start), end).flatMap((first) => {
    const part = visible(x, first, utcYear.offset(first, 1));
    if (!part) return [];
    const year = first.getUTCFullYear();
    const at = (x(part[0]) + x(part[1])) / 2;
    const n = readersYear(year);
    return [{ text: yearText(year, locale), x: at, anchor: 'middle', row: 0, cls: 'year', n, date: first }];
  });
}

/**
 * Weeks and months: month names in the middle of each month, the year under the first month named in each year;
 * when no month names fit, years alone. Ticks at the months' (or years') starts.
 */
function calendarAxis(x: Scale, locale: string): { labels: Label[]; ticks: number[] } {
  const [start, end] = x.domain() as [Date, Date];
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const months = utcMonth.range(utcMonth.floor(start), end);
  const named = months.flatMap((first): Label[] => {
    const part = visible(x, first, utcMonth.offset(first, 1));
    // The weekly panel starts and ends on Mondays: a sliver of a month at either end is not named.
    if (!part || part[1].getTime() - part[0].getTime() < 14 * DAY_MS) return [];
    const at = (x(part[0]) + x(part[1])) / 2;
    const n = first.getUTCMonth();
    return [{ text: format.format(first), x: at, anchor: 'middle', row: 0, cls: 'month', n, date: first }];
  });
  const shown = thin(named, [1, 2, 3, 6]);
  if (!shown) {
    const years = yearLabels(x, locale);
    return { labels: thin(years, NICE) ?? years, ticks: utcYear.range(utcYear.ceil(start), end).map(x) };
  }
  const years = new Map<number, Label>();
  for (const { date } of shown) {
    const year = date.getUTCFullYear();
    if (years.has(year)) continue;
    const at = x(date < start ? start : date);
    years.set(year, { text: yearText(year, locale), x: at, anchor: 'start', row: 1, cls: 'year', n: year, date });
  }
  return { labels: [...shown, ...years.values()], ticks: months.filter((m) => m >= start).map(x) };
}

/** Years, decades and centuries: each bin named under its middle, with a tick there (`ticks` undefined). */
function periodAxis(x: Scale, unit: BinUnit, locale: string): { labels: Label[]; ticks?: undefined } {
  const [start, end] = x.domain() as [Date, Date];
  const size = unit.name === 'century' ? 100 : unit.name === 'decade' ? 10 : 1;
  const labels = unit.interval.range(start, end).map((first): Label => {
    const next = unit.interval.offset(first, 1);
    const at = (x(first) + x(next > end ? end : next)) / 2;
    const year = first.getUTCFullYear();
    // Both spans beside the era would be number 0 ("99–1 BCE", "1–99 CE"), always kept together and colliding:
    // the one before the era counts as 1, so only the finest thinning keeps it.
    const n = Math.floor(readersYear(year) / size) || (year <= 0 ? 1 : 0);
    return { text: binText(unit, first, locale), x: at, anchor: 'middle', row: 0, cls: unit.name, n, date: first };
  });
  // Past a million years of steps, `place` drops whatever still collides.
  return { labels: thin(labels, NICE) ?? labels };
}

/** Labels of each row that fit between `left` and `right` and leave `GAP` to the one before. */
function place(labels: readonly Label[], [left, right]: [number, number]): Label[] {
  const placed: Label[] = [];
  for (const row of [0, 1]) {
    let end = -Infinity;
    for (const label of labels.filter((l) => l.row === row).sort((a, b) => a.x - b.x)) {
      const [a, b] = extent(label);
      if (a < left || b > right || a < end + GAP) continue;
      placed.push(label);
      end = b;
    }
  }
  return placed;
}

/** The panel's axis line, ticks and labels; labels stay within `bounds` (px). */
export function drawAxis(svg: Svg, x: Scale, bottom: number, unit: BinUnit, locale: string, bounds: [number, number]) {
  const [start, end] = x.domain() as [Date, Date];
  const axis = svg.append('g').attr('class', 'x-axis').attr('aria-hidden', 'true');
  axis
    .append('line')
    .attr('class', 'axis')
    .attr('x1', x(start))
    .attr('x2', x(end))
    .attr('y1', bottom + 0.5)
    .attr('y2', bottom + 0.5);
  const { labels, ticks } =
    unit.name === 'week' || unit.name === 'month' ? calendarAxis(x, locale) : periodAxis(x, unit, locale);
  const placed = place(labels, bounds);
  axis
    .selectAll('line.tick')
    .data(ticks ?? placed.map((l) => l.x))
    .join('line')
    .attr('class', 'tick')
    .attr('x1', (d) => d)
    .attr('x2', (d) => d)
    .attr('y1', bottom)
    .attr('y2', bottom + 6);
  axis
    .selectAll('text')
    .data(placed)
    .join('text')
    .attr('class', (d) => d.cls)
    .attr('x', (d) => d.x)
    .attr('y', (d) => bottom + 17 + 14 * d.row)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.text);
}

/** "2014–2023", "499–480 BCE", "12 BCE – 30 CE": one era is written once. */
function yearsText(first: number, last: number, locale: string): string {
  const [a, b] = [yearText(first, locale), yearText(last, locale)];
  if (first === last) return a;
  const era = (text: string) => text.replace(/\d+/, '');
  return era(a) === era(b) ? b.replace(/\d+/, (digits) => `${String(readersYear(first))}–${digits}`) : `${a} – ${b}`;
}

/** The compact segment of background events: a tick per event on a scale of whole years. */
export function drawEarlier(
  svg: Svg,
  shown: readonly OverviewEvent[],
  all: readonly OverviewEvent[],
  [left, right]: [number, number],
  [top, bottom]: [number, number],
  locale: string,
) {
  const from = utcYear.floor(min(all, (e) => e.start) ?? new Date(0));
  const to = utcYear.ceil(max(all, (e) => e.end) ?? new Date(0));
  const sx = scaleUtc()
    .domain([from, to])
    .range([left + 4, right - 4]);
  const g = svg.append('g').attr('class', 'earlier');
  g.append('rect')
    .attr('class', 'earlier-bg')
    .attr('x', left)
    .attr('y', top)
    .attr('width', right - left)
    .attr('height', bottom - top);
  g.selectAll('line.earlier-event')
    .data(shown)
    .join('line')
    .attr('class', 'earlier-event')
    .attr('x1', (e) => Math.round(sx(midpoint(e))) + 0.5)
    .attr('x2', (e) => Math.round(sx(midpoint(e))) + 0.5)
    .attr('y1', bottom)
    .attr('y2', top + (bottom - top) * 0.35);
  g.append('line')
    .attr('class', 'axis')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', bottom + 0.5)
    .attr('y2', bottom + 0.5);
  // The break between the segment and the panel: the scale is not continuous.
  g.append('path')
    .attr('class', 'axis')
    .attr('d', `M${right + 5},${bottom + 5}l4,-10M${right + 10},${bottom + 5}l4,-10`)
    .attr('fill', 'none');
  const first = from.getUTCFullYear();
  const last = to.getUTCFullYear() - 1;
  const whole = yearsText(first, last, locale);
  // Too wide for the segment and the gap after it ("499–480 BCE" on a phone): the two years on two lines.
  const lines =
    textWidth(whole, FONT) <= right - left + 14 ? [whole] : [`${yearText(first, locale)} –`, yearText(last, locale)];
  g.selectAll('text')
    .data(lines)
    .join('text')
    .attr('class', 'earlier-label')
    .attr('aria-hidden', 'true')
    .attr('x', (left + right) / 2)
    .attr('y', (_, i) => bottom + 17 + 14 * i)
    .attr('text-anchor', 'middle')
    .text((d) => d);
}
