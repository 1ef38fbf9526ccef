/**
 * The overview strip: events per week over the whole chronology, with a brush on the weekly panel that chooses
 * the window the timeline shows. Background events from years before get a compact segment of their own at the
 * left, so one 2014 event does not squeeze the weeks that matter into a sliver.
 */
import {
  brushX,
  create,
  max,
  min,
  pointer,
  scaleLinear,
  scaleUtc,
  utcDay,
  utcMonth,
  utcYear,
  type BrushBehavior,
  type D3BrushEvent,
  type ScaleTime,
  type Selection,
} from 'd3';
import type { TimeWindow } from '../data/dates.js';
import { textWidth } from './text.js';
import { DAY_MS, WEEK_MS, clampWindow } from './time-window.js';
import {
  describeDensity,
  midpoint,
  overviewDomain,
  weeklyDensity,
  type OverviewEvent,
  type WeekBin,
} from './weekly-density.js';

export interface OverviewOptions {
  /** Width in px; the chart is drawn at this size, so text is drawn at its real size. */
  width: number;
  /** Height in px (default 110). */
  height?: number;
  /** Events that set the scale, so that filtering does not rescale the strip (default: the events drawn). */
  scaleEvents?: readonly OverviewEvent[];
  /** The window the brush shows at first. */
  window?: TimeWindow | undefined;
  /** Called with the window the reader brushed; never for `window` or `moveBrush`. */
  onBrush?: (window: TimeWindow) => void;
  /** Also call `onBrush` while the brush is dragged, not only when it is let go. */
  live?: boolean;
  /** BCP 47 locale of month names and dates (default en-GB). */
  locale?: string;
}

interface BrushState {
  brush: BrushBehavior<undefined>;
  group: Selection<SVGGElement, undefined, null, undefined>;
  x: ScaleTime<number, number>;
  bounds: TimeWindow;
  current: TimeWindow | undefined;
}

/** The brush of each chart, for `moveBrush`; weak, so a discarded chart is collected with it. */
const brushes = new WeakMap<SVGSVGElement, BrushState>();

/** Sets the brush of a chart made by `overviewChart` to `window` (none clears it) without calling `onBrush`. */
export function moveBrush(svg: SVGSVGElement, window: TimeWindow | undefined): void {
  const state = brushes.get(svg);
  if (!state) return;
  state.current = window;
  let pixels: [number, number] | null = null;
  if (window) {
    const start = Math.max(window.start.getTime(), state.bounds.start.getTime());
    const end = Math.min(window.end.getTime(), state.bounds.end.getTime());
    if (end - start > 0) pixels = [state.x(start), state.x(end)];
  }
  // A programmatic move has no sourceEvent, which is how the listener tells it from the reader's gestures.
  state.group.call(state.brush.move, pixels);
}

/** The window `moveBrush` or the reader last set on the chart. */
export function brushWindow(svg: SVGSVGElement): TimeWindow | undefined {
  return brushes.get(svg)?.current;
}

const STYLE = `
.st-overview { font-family: var(--st-font, system-ui, sans-serif); overflow: visible; }
.st-overview text { fill: var(--st-text-muted); font-size: 12px; }
.st-overview .busiest { fill: var(--st-text); font-weight: 600; }
.st-overview .dated { fill: var(--st-accent); }
.st-overview .rough { fill: var(--st-accent); fill-opacity: 0.3; }
.st-overview .axis, .st-overview .tick { stroke: var(--st-border); }
.st-overview .earlier-bg { fill: var(--st-surface); }
.st-overview .earlier-event { stroke: var(--st-text-muted); stroke-width: 2; }
.st-overview .selection { fill: var(--st-accent); fill-opacity: 0.12; stroke: var(--st-accent); stroke-width: 1.5; }
.st-overview .handle { fill: var(--st-accent); fill-opacity: 0.7; }
`;

/**
 * The chart's stylesheet, for the shadow root it is drawn in to adopt: a `<style>` inside the SVG would be an inline
 * style, which the page's security policy refuses (docs/decisions/0011-custom-data-and-csp.md).
 */
export const OVERVIEW_STYLE = STYLE;

/** A density strip of events per week, brushable; see `OverviewOptions`. */
export function overviewChart(events: readonly OverviewEvent[], options: OverviewOptions): SVGSVGElement {
  const { width, height = 110, locale = 'en-GB' } = options;
  const svg = create('svg')
    .attr('class', 'st-overview')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img');
  const node = svg.node();
  const domain = overviewDomain(options.scaleEvents ?? events);
  if (!node) throw new Error('could not create an svg element');
  const summary = domain ? describeDensity(events, domain, locale) : 'Event density: no events to show.';
  svg.attr('aria-label', summary);
  // A short tooltip: the summary is the name already, and a title is read as the description.
  svg.append('title').text('Events per week');
  if (!domain) return node;

  const pad = 8;
  const top = 18;
  const bottom = height - 34;
  const segment = domain.earlier.length > 0 ? (width < 480 ? 60 : 76) : 0;
  const gap = segment > 0 ? 18 : 0;
  const isEarlier = (e: OverviewEvent) => e.background === true && e.start < domain.main.start;
  const bins = weeklyDensity(
    events.filter((e) => !isEarlier(e)),
    domain.main,
  );
  const x = scaleUtc()
    .domain([domain.main.start, domain.main.end])
    .range([pad + segment + gap, width - pad]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.dated.length + b.rough) ?? 0)])
    .range([bottom, top]);

  const weeks = svg.append('g').attr('class', 'weeks');
  for (const week of bins) {
    const g = weeks
      .append('g')
      .attr('class', 'week')
      .attr('data-start', week.start.toISOString())
      .attr('data-dated', week.dated.length)
      .attr('data-rough', week.rough.toFixed(2));
    const x0 = x(week.start) + 0.5;
    const barWidth = Math.max(0, x(week.end) - x(week.start) - 1);
    const dated = week.dated.length;
    g.append('rect')
      .attr('class', 'dated')
      .attr('x', x0)
      .attr('width', barWidth)
      .attr('y', y(dated))
      .attr('height', bottom - y(dated));
    g.append('rect')
      .attr('class', 'rough')
      .attr('x', x0)
      .attr('width', barWidth)
      .attr('y', y(dated + week.rough))
      .attr('height', y(dated) - y(dated + week.rough));
  }
  const busiest = bins.reduce<WeekBin | undefined>(
    (a, b) => (!a || b.dated.length > a.dated.length ? b : a),
    undefined,
  );
  if (busiest && busiest.dated.length > 0) {
    svg
      .append('text')
      .attr('class', 'busiest')
      .attr('aria-hidden', 'true')
      .attr('x', (x(busiest.start) + x(busiest.end)) / 2)
      .attr('y', y(busiest.dated.length + busiest.rough) - 4)
      .attr('text-anchor', 'middle')
      .text(busiest.dated.length);
  }
  drawAxis(svg, x, bottom, locale);
  if (segment > 0) drawEarlier(svg, events.filter(isEarlier), domain.earlier, [pad, pad + segment], [top, bottom]);

  const group = svg.append('g').attr('class', 'brush');
  const state: BrushState = { brush: brushX<undefined>(), group, x, bounds: domain.main, current: undefined };
  state.brush
    .extent([
      [x.range()[0] ?? 0, 2],
      [x.range()[1] ?? width, bottom],
    ])
    .on('brush end', (event: D3BrushEvent<undefined>) => {
      onGesture(node, state, event, options);
    });
  group.call(state.brush);
  brushes.set(node, state);
  moveBrush(node, options.window);
  return node;
}

function onGesture(svg: SVGSVGElement, state: BrushState, event: D3BrushEvent<undefined>, options: OverviewOptions) {
  // Moves made by moveBrush (and the snapping below) have no source event: never reported.
  if (!event.sourceEvent) return;
  const selection = event.selection as [number, number] | null;
  if (event.type === 'brush') {
    if (options.live && selection) options.onBrush?.(toWindow(state, selection));
    return;
  }
  let next: TimeWindow;
  if (selection) {
    next = toWindow(state, selection);
  } else {
    // A click without a drag centres the window on the clicked day, so no dragging is needed (WCAG 2.5.7).
    const [px] = pointer(event.sourceEvent, state.group.node());
    if (!Number.isFinite(px)) return;
    const current = state.current;
    const length = current ? current.end.getTime() - current.start.getTime() : WEEK_MS;
    const start = utcDay.offset(utcDay.floor(state.x.invert(px)), -Math.floor(length / DAY_MS / 2));
    next = clampWindow({ start, end: new Date(start.getTime() + length) }, state.bounds);
  }
  moveBrush(svg, next);
  options.onBrush?.(next);
}

/** The brushed pixels as whole UTC days, at least one. */
function toWindow(state: BrushState, [x0, x1]: [number, number]): TimeWindow {
  const start = utcDay.round(state.x.invert(x0));
  const end = utcDay.round(state.x.invert(x1));
  return { start, end: end > start ? end : new Date(start.getTime() + DAY_MS) };
}

type Svg = Selection<SVGSVGElement, undefined, null, undefined>;

/** Month ticks, month names centred in each month, and the year under the first month shown of each year. */
function drawAxis(svg: Svg, x: ScaleTime<number, number>, bottom: number, locale: string) {
  const [start, end] = x.domain() as [Date, Date];
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const axis = svg.append('g').attr('class', 'x-axis').attr('aria-hidden', 'true');
  axis
    .append('line')
    .attr('class', 'axis')
    .attr('x1', x(start))
    .attr('x2', x(end))
    .attr('y1', bottom + 0.5)
    .attr('y2', bottom + 0.5);
  const yearsShown = new Set<number>();
  for (const first of utcMonth.range(utcMonth.floor(start), end)) {
    const from = Math.max(first.getTime(), start.getTime());
    const to = Math.min(utcMonth.offset(first, 1).getTime(), end.getTime());
    if (first >= start) {
      axis
        .append('line')
        .attr('class', 'tick')
        .attr('x1', x(first))
        .attr('x2', x(first))
        .attr('y1', bottom)
        .attr('y2', bottom + 6);
    }
    const label = month.format(first);
    if (x(to) - x(from) < textWidth(label, 12) + 4 || to - from < 14 * DAY_MS) continue;
    axis
      .append('text')
      .attr('class', 'month')
      .attr('x', (x(from) + x(to)) / 2)
      .attr('y', bottom + 17)
      .attr('text-anchor', 'middle')
      .text(label);
    const year = first.getUTCFullYear();
    if (yearsShown.has(year)) continue;
    yearsShown.add(year);
    axis
      .append('text')
      .attr('class', 'year')
      .attr('x', x(from))
      .attr('y', bottom + 31)
      .text(year);
  }
}

/** The compact segment of background events: a tick per event on a scale of whole years. */
function drawEarlier(
  svg: Svg,
  shown: readonly OverviewEvent[],
  all: readonly OverviewEvent[],
  [left, right]: [number, number],
  [top, bottom]: [number, number],
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
  for (const event of shown) {
    const at = Math.round(sx(midpoint(event))) + 0.5;
    g.append('line')
      .attr('class', 'earlier-event')
      .attr('data-id', event.id)
      .attr('x1', at)
      .attr('x2', at)
      .attr('y1', bottom)
      .attr('y2', top + (bottom - top) * 0.35);
  }
  g.append('line')
    .attr('class', 'axis')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', bottom + 0.5)
    .attr('y2', bottom + 0.5);
  // The break between the segment and the weekly panel: the scale is not continuous.
  g.append('path')
    .attr('class', 'axis')
    .attr('d', `M${right + 5},${bottom + 5}l4,-10M${right + 10},${bottom + 5}l4,-10`)
    .attr('fill', 'none');
  const first = from.getUTCFullYear();
  const last = to.getUTCFullYear() - 1;
  g.append('text')
    .attr('class', 'earlier-label')
    .attr('aria-hidden', 'true')
    .attr('x', (left + right) / 2)
    .attr('y', bottom + 17)
    .attr('text-anchor', 'middle')
    .text(first === last ? `${first}` : `${first}–${last}`);
}
