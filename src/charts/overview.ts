/**
 * The overview strip: events per week, month, year, decade or century (whichever gives the dataset a readable
 * number of bars, `chooseUnit`) over the whole chronology, with a brush on the panel that chooses the window the
 * timeline shows. Background events from years before get a compact segment of their own at the left, so one 2014
 * event does not squeeze the weeks that matter into a sliver.
 */
import { max } from 'd3-array';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { pointer, type Selection } from 'd3-selection';
import { utcDay } from 'd3-time';
import type { TimeWindow } from '../data/dates.js';
import { DAY_MS } from '../data/time.js';
import type { BinUnit } from './bin-units.js';
import { busiestBin, density, describeDensity, overviewDomain, type OverviewEvent } from './density.js';
import { drawAxis, drawEarlier } from './overview-axis.js';
import { clampWindow } from './time-window.js';
import { chartFrame, frameHeight, frameStyle } from './frame.js';
import { intlLocale } from '../i18n/intl-locale.js';
import { msg } from '@lit/localize';
import { unitWords } from './unit-words.js';

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
  unit: BinUnit;
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

const STYLE = `${frameStyle('st-overview')}
.st-overview { overflow: visible; }
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

/** A density strip of events per bin (a week, a month… `chooseUnit`), brushable; see `OverviewOptions`. */
export function overviewChart(events: readonly OverviewEvent[], options: OverviewOptions): SVGSVGElement {
  const { width, height = 110, locale = intlLocale() } = options;
  const svg = chartFrame({ className: 'st-overview', width, role: 'img' });
  const node = frameHeight(svg, height);
  const domain = overviewDomain(options.scaleEvents ?? events);
  const summary = domain ? describeDensity(events, domain, locale) : msg('Event density: no events to show.');
  svg.attr('aria-label', summary);
  // A short tooltip: the summary is the name already, and a title is read as the description.
  svg.append('title').text(unitWords(domain?.unit.name ?? 'week').eventsPer);
  if (!domain) return node;

  const pad = 8;
  const top = 14;
  const bottom = height - 34;
  const segment = domain.earlier.length > 0 ? (width < 480 ? 60 : 76) : 0;
  const gap = segment > 0 ? 18 : 0;
  const isEarlier = (e: OverviewEvent) => e.background === true && e.start < domain.main.start;
  const { unit, bins } = density(
    events.filter((e) => !isEarlier(e)),
    domain,
  );
  const x = scaleUtc()
    .domain([domain.main.start, domain.main.end])
    .range([pad + segment + gap, width - pad]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.dated.length + b.rough) ?? 0)])
    .range([bottom, top]);

  // Bars a pixel apart while they are wide enough to stay visible once the pixel is taken.
  const gapPx = x(bins[0]?.end ?? 0) - x(bins[0]?.start ?? 0) >= 3 ? 1 : 0;
  const bars = svg
    .append('g')
    .attr('class', 'bins')
    .selectAll('g')
    .data(bins)
    .join('g')
    .attr('class', `bin ${unit.name}`)
    .attr('data-start', (b) => b.start.toISOString())
    .attr('data-dated', (b) => b.dated.length)
    .attr('data-rough', (b) => b.rough.toFixed(2));
  const barX = (b: (typeof bins)[number]) => x(b.start) + gapPx / 2;
  const barWidth = (b: (typeof bins)[number]) => Math.max(0, x(b.end) - x(b.start) - gapPx);
  bars
    .append('rect')
    .attr('class', 'dated')
    .attr('x', barX)
    .attr('width', barWidth)
    .attr('y', (b) => y(b.dated.length))
    .attr('height', (b) => bottom - y(b.dated.length));
  bars
    .append('rect')
    .attr('class', 'rough')
    .attr('x', barX)
    .attr('width', barWidth)
    .attr('y', (b) => y(b.dated.length + b.rough))
    .attr('height', (b) => y(b.dated.length) - y(b.dated.length + b.rough));
  const busiest = busiestBin(bins);
  if (busiest) {
    svg
      .append('text')
      .attr('class', 'busiest')
      .attr('aria-hidden', 'true')
      .attr('x', (x(busiest.start) + x(busiest.end)) / 2)
      .attr('y', y(busiest.dated.length + busiest.rough) - 4)
      .attr('text-anchor', 'middle')
      .text(busiest.dated.length);
  }
  // Labels may use the pad at either end, but not the break after the earlier segment.
  drawAxis(svg, x, bottom, unit, locale, [segment > 0 ? pad + segment + gap - 2 : 0, width]);
  if (segment > 0) {
    drawEarlier(svg, events.filter(isEarlier), domain.earlier, [pad, pad + segment], [top, bottom], locale);
  }

  const group = svg.append('g').attr('class', 'brush');
  const state: BrushState = { brush: brushX<undefined>(), group, x, bounds: domain.main, unit, current: undefined };
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
    // A click without a drag centres the window on the clicked day, so no dragging is needed (WCAG 2.5.7); without
    // a window yet, one bin long.
    const [px] = pointer(event.sourceEvent, state.group.node());
    if (!Number.isFinite(px)) return;
    const current = state.current;
    const day = utcDay.floor(state.x.invert(px));
    const length = current
      ? current.end.getTime() - current.start.getTime()
      : state.unit.offset(day, 1).getTime() - day.getTime();
    const start = utcDay.offset(day, -Math.floor(length / DAY_MS / 2));
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
