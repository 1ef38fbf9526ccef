/**
 * The window a timeline opens on when its dataset names none: the densest period, at the zoom that shows the most
 * titles. Pure: it tries a few lengths (a week to a century), finds for each the stretch of that length that holds
 * the most events, plans it (`placement.ts`) as the drawing would, and keeps the length whose plan shows the most
 * titles in view (then the fewest hidden behind "+N more", then the shortest), centred on what it shows.
 */
import { DAY_MS, YEAR_MS, type TimeRange } from '../data/time.js';
import { runToEnd } from '../data/steps.js';
import { labelWidth, metricsFor, type Metrics } from './sizes.js';
import { plan, type SpanIndex } from './windowing.js';

/** The lengths tried: a week, two weeks, a month, a quarter, a year, a decade, a century. */
export const WINDOW_LENGTHS: readonly number[] = [
  7 * DAY_MS,
  14 * DAY_MS,
  YEAR_MS / 12,
  YEAR_MS / 4,
  YEAR_MS,
  10 * YEAR_MS,
  100 * YEAR_MS,
];

export interface FirstWindowOptions {
  /** Width of the drawing (px). */
  widthPx: number;
  /** Height the lanes may take (px). */
  heightPx: number;
  /** Every lane, in order. */
  laneOrder: readonly string[];
  metrics?: Metrics;
  emPx?: number;
}

/** What a window shows: titles wholly in view, and events in view that are only counted in markers. */
export interface WindowScore {
  window: TimeRange;
  titles: number;
  hidden: number;
}

/**
 * The stretch of `length` that holds the most events (by their middles), centred on them and on `tail` more after
 * the last (the room its title takes).
 */
export function densest(spans: SpanIndex, length: number, tail = 0, middles = middlesOf(spans)): TimeRange | undefined {
  let best = -1;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < middles.length; i++) {
    const start = middles[i] as number;
    while (j < middles.length && (middles[j] as number) < start + length) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  if (best < 0) return undefined;
  const first = middles[best] as number;
  const last = middles[best + bestCount - 1] as number;
  // Centred on the events it holds, so that the space left over is shared by both sides.
  const middle = (first + last + Math.min(tail, length - (last - first))) / 2;
  return { start: middle - length / 2, end: middle + length / 2 };
}

/** The middles of the events, in order. */
function middlesOf(spans: SpanIndex): number[] {
  return spans.items.map((item) => (item.start + item.end) / 2).sort((a, b) => a - b);
}

/** Plans a window as the drawing would and counts what it shows. */
export function score(spans: SpanIndex, window: TimeRange, options: FirstWindowOptions): WindowScore {
  const made = plan(spans, window, {
    widthPx: options.widthPx,
    heightPx: options.heightPx,
    laneOrder: options.laneOrder,
    metrics: options.metrics ?? metricsFor(),
    ...(options.emPx === undefined ? {} : { emPx: options.emPx }),
  });
  const { placement } = made;
  const byId = new Map(spans.overlapping(made.range).map((item) => [item.id, item]));
  const inView = (start: number, end: number) => start >= window.start && end <= window.end;
  let titles = 0;
  for (const titled of placement.titled) {
    const item = byId.get(titled.id);
    if (!item) continue;
    // The label, not only the day, must be in view.
    const left = Math.max(item.start, window.start);
    if (inView(left, left + titled.widthPx * placement.msPerPx)) titles++;
  }
  let hidden = 0;
  for (const marker of placement.markers) {
    if (marker.end > window.start && marker.start < window.end) hidden += marker.ids.length;
  }
  return { window, titles, hidden };
}

/** The densest window at the length that shows the most titles; undefined without events. */
export function firstWindow(spans: SpanIndex, options: FirstWindowOptions): TimeRange | undefined {
  return runToEnd(windowSearch(spans, options));
}

/**
 * `firstWindow`, pausing (yielding) after each length it tries, so that a page can try them in turns: for 10,000
 * events each is a plan of up to `LOAD_CAP` of them.
 */
export function* windowSearch(spans: SpanIndex, options: FirstWindowOptions): Generator<void, TimeRange | undefined> {
  let best: WindowScore | undefined;
  const bounds = spans.bounds();
  if (!bounds) return undefined;
  const middles = middlesOf(spans);
  for (const length of WINDOW_LENGTHS) {
    const labelMs = labelWidth(length / options.widthPx, options.emPx) * (length / options.widthPx);
    const window = densest(spans, length, labelMs, middles);
    if (!window) continue;
    yield;
    const found = score(spans, window, options);
    if (!best || found.titles > best.titles || (found.titles === best.titles && found.hidden < best.hidden)) {
      best = found;
    }
    // Longer windows cannot show more once every event fits in this one.
    if (window.start <= bounds.start && window.end >= bounds.end) break;
  }
  return best?.window;
}
