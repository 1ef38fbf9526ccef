/**
 * A still picture of the timeline's window, for export: one lane per group, each event in the window as a dot (an
 * exact day) or a dashed bar (any other date), titled beside its mark. Titles that would collide go to rows below;
 * a lane shows at most `maxRows` rows and counts the rest ("+3 more"). Drawn from the data, not copied from the
 * screen, so it is the same at any screen size and needs no timeline loaded. Pure: data and options in, an SVG out.
 */
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { eventGroup, type DatasetIndex } from '../data/dataset-index.js';
import { isExactDay, yearText, type TimeWindow } from '../data/dates.js';
import { DAY_MS, YEAR_MS } from '../data/time.js';
import type { TimelineEvent } from '../data/types.js';
import { chartFrame, frameHeight, frameStyle, type Svg } from './frame.js';
import { msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';
import { textWidth } from './text.js';

export interface SnapshotOptions {
  /** Width in px. */
  width: number;
  /** BCP 47 locale of the axis labels (the interface language). */
  locale: string;
  /** Most rows of titles in one lane before the rest are counted. */
  maxRows?: number;
}

/** The words the picture carries, in the interface language. */
const SNAPSHOT_TEXT = {
  get label() {
    return msg('The timeline’s window: events by lane');
  },
  more: (count: number) => msg(str`+${numberText(count)} more`),
  get empty() {
    return msg('No event in this window.');
  },
};

/** The picture's sizes, in px. */
const SIZE = {
  /** Titles' font size. */
  font: 13,
  /** Width of the lane labels' column, left of the time scale. */
  laneLabel: 150,
  /** Height of the axis labels above the first lane. */
  axis: 34,
  /** Height of one row of titles. */
  row: 24,
  /** Space above and below a lane's rows. */
  lanePad: 8,
  /** Least space between one title's end and the next mark in its row. */
  gap: 10,
  /** Widest a title may be before it is cut. */
  titleMax: 260,
} as const;

/** Status marks, as in the timeline's key. */
const STATUS_MARK: Readonly<Record<TimelineEvent['status'], string>> = {
  happened: '',
  claimed: '◐ ',
  expected: '',
  denied: '⊘ ',
};

export const SNAPSHOT_STYLE = `${frameStyle('st-snapshot')}
.st-snapshot { font-size: ${SIZE.font}px; }
.st-snapshot .tick { fill: var(--st-text-muted); font-size: 12px; }
.st-snapshot .lane-rule { stroke: var(--st-border); }
.st-snapshot .lane-label { font-weight: 600; }
.st-snapshot .mark { fill: var(--group, var(--st-accent)); stroke: var(--group, var(--st-accent)); }
.st-snapshot .span { fill: var(--group, var(--st-accent)); fill-opacity: 0.18; stroke-dasharray: 4 3; }
.st-snapshot .expected text, .st-snapshot text.expected { font-style: italic; }
.st-snapshot .more { fill: var(--st-text-muted); }
`;

interface Placed {
  event: TimelineEvent;
  x0: number;
  x1: number;
  exact: boolean;
  title: string;
  row: number;
}

/** A title cut with an ellipsis to fit `max` px. */
function fit(text: string, max: number): string {
  if (textWidth(text, SIZE.font) <= max) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, SIZE.font) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

interface Tick {
  at: Date;
  text: string;
}

/** Every `step`th day, month or year in the window, labelled by `text`. */
function everyNth(
  interval: CountableTimeInterval,
  step: number,
  window: TimeWindow,
  text: (at: Date) => string,
): Tick[] {
  return (interval.every(step)?.range(window.start, window.end) ?? []).map((at) => ({ at, text: text(at) }));
}

/** Tick labels in the reader's language: days, months or years, as the window's length asks. */
function ticks(window: TimeWindow, width: number, locale: string): Tick[] {
  const span = window.end.getTime() - window.start.getTime();
  const room = Math.max(2, Math.floor(width / 90));
  const utc = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    return (at: Date) => format.format(at);
  };
  if (span <= 45 * DAY_MS) {
    const step = Math.max(1, Math.ceil(span / DAY_MS / room));
    return everyNth(utcDay, step, window, utc({ day: 'numeric', month: 'short' }));
  }
  if (span <= 4 * YEAR_MS) {
    const step = [1, 2, 3, 6, 12].find((n) => span / (n * 30 * DAY_MS) <= room) ?? 12;
    return everyNth(utcMonth, step, window, utc({ month: 'short', year: 'numeric' }));
  }
  const years = span / YEAR_MS;
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((n) => years / n <= room) ?? 1000;
  return everyNth(utcYear, step, window, (at) => yearText(at.getUTCFullYear(), locale));
}

/** Events in `window`, lane by lane, as an SVG `width` px wide (its height follows from the rows). */
export function timelineSnapshot(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  window: TimeWindow,
  options: SnapshotOptions,
): SVGSVGElement {
  const { width, locale } = options;
  const maxRows = options.maxRows ?? 6;
  const x = scaleUtc()
    .domain([window.start, window.end])
    .range([SIZE.laneLabel, width - 8]);
  const from = window.start.getTime();
  const to = window.end.getTime();
  const inWindow = events.filter((event) => {
    const span = index.date.get(event.id);
    return span !== undefined && span.start < to && span.end >= from;
  });
  const svg = chartFrame({ className: 'st-snapshot', width, role: 'img', label: SNAPSHOT_TEXT.label });
  let y = SIZE.axis;
  const lanes = index.groups.filter((group) => inWindow.some((event) => eventGroup(index, event) === group.id));
  for (const group of lanes) {
    const placed = place(
      index,
      inWindow.filter((event) => eventGroup(index, event) === group.id),
      x,
      width,
    );
    const shown = placed.filter((p) => p.row < maxRows);
    const rows = Math.max(1, ...shown.map((p) => p.row + 1)) + (shown.length < placed.length ? 1 : 0);
    const lane = svg.append('g').attr('class', `lane group-${group.id}`);
    lane.append('line').attr('class', 'lane-rule').attr('x1', 0).attr('x2', width).attr('y1', y).attr('y2', y);
    lane
      .append('text')
      .attr('class', 'lane-label')
      .attr('x', 4)
      .attr('y', y + SIZE.lanePad + 14)
      .text(fit(group.label, SIZE.laneLabel - 12));
    lane
      .selectAll('g.event')
      .data(shown)
      .join('g')
      .attr('class', (p) => `event ${p.event.status}`)
      .each(function draw(p) {
        const g = select(this);
        const top = y + SIZE.lanePad + p.row * SIZE.row;
        if (p.exact)
          g.append('circle')
            .attr('class', 'mark')
            .attr('cx', p.x0)
            .attr('cy', top + 9)
            .attr('r', 5);
        else {
          g.append('rect')
            .attr('class', 'mark span')
            .attr('x', p.x0)
            .attr('y', top + 2)
            .attr('width', Math.max(4, p.x1 - p.x0))
            .attr('height', 14)
            .attr('rx', 3);
        }
        g.append('text')
          .attr('x', p.exact ? p.x0 + 9 : p.x0 + 4)
          .attr('y', top + 14)
          .text(p.title);
      });
    if (shown.length < placed.length) {
      lane
        .append('text')
        .attr('class', 'more')
        .attr('x', SIZE.laneLabel + 4)
        .attr('y', y + SIZE.lanePad + maxRows * SIZE.row + 13)
        .text(SNAPSHOT_TEXT.more(placed.length - shown.length));
    }
    y += rows * SIZE.row + 2 * SIZE.lanePad;
  }
  if (lanes.length === 0) {
    svg
      .append('text')
      .attr('x', SIZE.laneLabel)
      .attr('y', y + 24)
      .text(SNAPSHOT_TEXT.empty);
    y += 40;
  }
  drawAxis(svg, x, window, width, locale, y);
  return frameHeight(svg, Math.ceil(y));
}

function drawAxis(svg: Svg, x: (d: Date) => number, window: TimeWindow, width: number, locale: string, bottom: number) {
  const axis = svg.insert('g', ':first-child').attr('class', 'axis').attr('aria-hidden', 'true');
  axis
    .selectAll('g')
    .data(ticks(window, width - SIZE.laneLabel, locale))
    .join('g')
    .each(function tick(t) {
      const g = select(this);
      g.append('line')
        .attr('class', 'grid')
        .attr('x1', x(t.at))
        .attr('x2', x(t.at))
        .attr('y1', SIZE.axis - 6)
        .attr('y2', bottom);
      g.append('text')
        .attr('class', 'tick')
        .attr('x', x(t.at) + 3)
        .attr('y', SIZE.axis - 12)
        .text(t.text);
    });
}

/** Each event's mark and title, in the first row where it collides with nothing before it. */
function place(index: DatasetIndex, events: readonly TimelineEvent[], x: (d: Date) => number, width: number): Placed[] {
  const ends: number[] = [];
  return events.map((event) => {
    const span = index.date.get(event.id);
    const exact = span !== undefined && isExactDay(span);
    const left = x(new Date(span?.start ?? 0));
    const right = x(new Date((span?.end ?? 0) + 1));
    const x0 = Math.max(SIZE.laneLabel, left);
    const x1 = Math.min(width - 8, right);
    const room = Math.min(SIZE.titleMax, width - 8 - x0 - (exact ? 9 : 4));
    const title = fit(`${STATUS_MARK[event.status]}${event.title}`, Math.max(40, room));
    const extent = Math.max(x1, x0 + (exact ? 9 : 4) + textWidth(title, SIZE.font)) + SIZE.gap;
    const start = exact ? x0 - 6 : x0;
    let row = ends.findIndex((end) => end <= start);
    if (row === -1) row = ends.length;
    ends[row] = extent;
    return { event, x0, x1, exact, title, row };
  });
}
