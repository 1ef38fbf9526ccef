/**
 * What the timeline hands to vis-timeline for a window: the events in and near it, placed in rows with their
 * titles or gathered into "+N more" markers (`placement.ts`). Pure: no DOM and no vis-timeline here, so it is
 * unit-tested in Node; `VisTimelineController` applies the result incrementally.
 */
import type { TimeWindow } from '../data/dates.js';
import { overlaps, type TimeRange } from '../data/time.js';
import { place, type Placement } from './placement.js';
import { labelWidth, metricsFor, type Metrics } from './sizes.js';

/** An event's place on the time axis: all windowing and placement need, without its texts. */
export interface Placed extends TimeRange {
  id: string;
  /** The lane it is drawn in (a group, or the single lane). */
  lane: string;
  /** First millisecond drawn (midday for a known day). */
  start: number;
  /** Last millisecond drawn; equal to `start` for a point. */
  end: number;
  /**
   * How much it matters when there is room for only some titles: `KEY_WEIGHT` (placement.ts) for a key event, plus
   * its number of distinct sources. 0 when not given.
   */
  weight?: number;
}

/** At most this many events are considered around the window (the window's own always are). */
export const LOAD_CAP = 900;

/**
 * Events sorted by start, queried by time range in O(log n + k): a prefix maximum of the ends bounds where the
 * events that overlap a range can begin, so long spans (a month, a year) are found without scanning them all.
 */
export class SpanIndex<T extends Placed = Placed> {
  /** Sorted by start, then end. */
  readonly items: readonly T[];
  private readonly maxEnd: Float64Array;

  constructor(items: readonly T[] = []) {
    const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.items = sorted;
    this.maxEnd = new Float64Array(sorted.length);
    let max = -Infinity;
    sorted.forEach((item, i) => {
      max = Math.max(max, item.end);
      this.maxEnd[i] = max;
    });
  }

  get size(): number {
    return this.items.length;
  }

  /** The earliest start and latest end, or undefined when empty. */
  bounds(): TimeRange | undefined {
    const first = this.items[0];
    if (!first) return undefined;
    return { start: first.start, end: this.maxEnd[this.maxEnd.length - 1] ?? first.end };
  }

  /** Positions [from, to) that may overlap `range`; every overlapping item is among them. */
  private candidates(range: TimeRange): [number, number] {
    return [lowerBound(this.maxEnd.length, (i) => (this.maxEnd[i] ?? 0) >= range.start), this.upper(range.end)];
  }

  /** The first position whose item starts after `time`. */
  private upper(time: number): number {
    return lowerBound(this.items.length, (i) => (this.items[i]?.start ?? 0) > time);
  }

  /** Items that overlap the range, in start order. */
  overlapping(range: TimeRange): T[] {
    const [from, to] = this.candidates(range);
    const found: T[] = [];
    for (let i = from; i < to; i++) {
      const item = this.items[i];
      if (item && overlaps(item, range)) found.push(item);
    }
    return found;
  }

  /** How many items overlap the range. */
  count(range: TimeRange): number {
    const [from, to] = this.candidates(range);
    let count = 0;
    for (let i = from; i < to; i++) {
      const item = this.items[i];
      if (item && overlaps(item, range)) count++;
    }
    return count;
  }
}

/** The first i in [0, length) for which `test` holds, given that it holds for every i after it; else length. */
function lowerBound(length: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** What to hand to vis-timeline for one window. */
export interface Plan {
  /** The span whose events were considered (unbounded when every event was). */
  range: TimeRange;
  /** The window it was made for. */
  visible: TimeRange;
  widthPx: number;
  heightPx: number;
  /** Titled events in their rows, and "+N more" markers. */
  placement: Placement;
}

export interface PlanOptions {
  /** Width of the drawing, in pixels. */
  widthPx: number;
  /** Height the lanes may take, in pixels. */
  heightPx: number;
  /** Every lane, in order. */
  laneOrder: readonly string[];
  /** Sizes of rows and markers; `metricsFor()` by default. */
  metrics?: Metrics;
  /** Size of a title's font (px), for its width at a zoom level. */
  emPx?: number;
  /** The width of one event's title (px), at most the width for the zoom level. */
  widthOf?: (item: Placed, labelPx: number) => number;
  /** Events that must be titled (the selection, the keyboard's): placed before any other if they would not be. */
  pinned?: readonly (string | undefined)[];
  loadCap?: number;
}

/**
 * The span of events to load around a window: the window and one window-width either side, narrowed (to half, a
 * quarter, none) while that holds more than `cap` events. Everything when there are no more than `cap` events.
 */
export function loadRange(spans: SpanIndex, visible: TimeRange, cap = LOAD_CAP): TimeRange {
  if (spans.size <= cap) return { start: -Infinity, end: Infinity };
  const width = visible.end - visible.start;
  for (const margin of [1, 0.5, 0.25]) {
    const range = { start: visible.start - margin * width, end: visible.end + margin * width };
    if (spans.count(range) <= cap) return range;
  }
  return visible;
}

/** The events in and near `visible`, placed: titles in rows, the rest in "+N more" markers. */
export function plan(spans: SpanIndex, visible: TimeRange, options: PlanOptions): Plan {
  const range = loadRange(spans, visible, options.loadCap);
  const widthPx = Math.max(1, options.widthPx);
  const labelPx = labelWidth((visible.end - visible.start) / widthPx, options.emPx);
  const widthOf = options.widthOf;
  const items = spans.overlapping(range);
  const input = {
    items,
    visible,
    lanes: options.laneOrder,
    widthPx,
    heightPx: options.heightPx,
    metrics: options.metrics ?? metricsFor(),
    labelPx,
    ...(widthOf ? { widthOf: (item: Placed) => widthOf(item, labelPx) } : {}),
  };
  let placement = place(input);
  // Pinned events go first only when they would not be titled anyway: a pinned event that has its row keeps it, so
  // selecting or focusing a title never reshuffles the others.
  const titled = new Set(placement.titled.map((title) => title.id));
  const considered = new Set(items.map((item) => item.id));
  const missing = (options.pinned ?? []).filter((id) => id !== undefined && considered.has(id) && !titled.has(id));
  if (missing.length > 0) placement = place({ ...input, pinned: missing });
  return { range, visible, widthPx, heightPx: options.heightPx, placement };
}

/** How much a window may zoom out (ms per pixel) before a plan's gaps could close. */
const ZOOM_OUT_SLACK = 1.02;

/**
 * Whether a plan made earlier still serves `visible` (so that nothing needs to change while panning or zooming a
 * little): the same drawing size and title width, no zooming out beyond the gaps kept, the considered span still
 * covers the window, and no range's label has slid (with the window's left edge) out of the room kept for it.
 */
export function stillServes(current: Plan, visible: TimeRange, options: PlanOptions): boolean {
  const widthPx = Math.max(1, options.widthPx);
  const msPerPx = (visible.end - visible.start) / widthPx;
  const { placement } = current;
  return (
    Math.abs(widthPx - current.widthPx) < 1 &&
    Math.abs(options.heightPx - current.heightPx) < 1 &&
    msPerPx <= placement.msPerPx * ZOOM_OUT_SLACK &&
    labelWidth(msPerPx, options.emPx) === placement.labelPx &&
    current.range.start <= visible.start &&
    current.range.end >= visible.end &&
    visible.start <= placement.safeUntil
  );
}

/** A window of the same width centred on an item (wider for a long span). */
export function revealWindow(item: Placed, visible: TimeRange): TimeRange {
  const middle = (item.start + item.end) / 2;
  const width = Math.max(visible.end - visible.start, (item.end - item.start) * 1.1);
  return { start: middle - width / 2, end: middle + width / 2 };
}

/** The milliseconds a window spans, as the windowing works with them (its end included). */
export function rangeOf(window: TimeWindow): TimeRange {
  return { start: window.start.getTime(), end: window.end.getTime() };
}

/** The window that shows a range whole (a window's end is the first millisecond after it). */
export function windowOf(range: TimeRange): TimeWindow {
  return { start: new Date(range.start), end: new Date(range.end + 1) };
}

/** A box on screen (a DOMRect fits). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Whether `item` lies wholly inside `view`: down the lanes exactly, across with a pixel's slack (vis-timeline places
 * items at fractional pixels).
 */
export function whollyInside(item: Box, view: Box): boolean {
  return (
    item.top >= view.top && item.bottom <= view.bottom && item.left >= view.left - 1 && item.right <= view.right + 1
  );
}
