/**
 * What the timeline hands to vis-timeline when there are many events: only the events in or near the visible
 * window, or, when the window holds too many to read, counts per lane and period ("aggregates"). Pure: no DOM
 * and no vis-timeline here, so it is unit-tested in Node; `VisTimelineController` applies the result incrementally.
 */
import { formatDateSpan, type TimeWindow } from '../data/dates.js';
import { DAY_MS, WEEK_MS, YEAR_MS, overlaps, type TimeRange } from '../data/time.js';

/** The former name of `TimeRange`, still imported by tests/unit/timeline/windowing.test.ts; new code says TimeRange. */
export type Range = TimeRange;

/** An event's place on the time axis: all windowing and aggregation need, without its texts. */
export interface Placed extends TimeRange {
  id: string;
  /** The lane it is drawn in (a group, or the single lane). */
  lane: string;
  /** First millisecond drawn (midday for a known day). */
  start: number;
  /** Last millisecond drawn; equal to `start` for a point. */
  end: number;
  /**
   * How much it matters when there is room for only some titles: `KEY_WEIGHT` for a key event of the dataset, plus
   * its number of distinct sources. 0 when not given.
   */
  weight?: number;
}

/** The weight of being a key event: more than any number of sources. */
export const KEY_WEIGHT = 1_000_000;

/** Above this many events in the window, the timeline shows aggregates instead of events. */
export const AGGREGATE_ABOVE = 200;
/** At most this many events are handed to vis-timeline (the window's own are always handed over). */
export const LOAD_CAP = 900;
/** A window this narrow (or narrower) always shows single events, however many: there is no finer grouping. */
export const MIN_AGGREGATE_WIDTH = 4 * DAY_MS;
/** Aggregates are at least this wide on screen, so that a count fits in them. */
export const MIN_BIN_PX = 44;
/** Screen pixels left free on each side of an aggregate, so that neighbours never touch (vis-timeline stacks those). */
export const BIN_GAP_PX = 5;

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

/** A period events are counted by: calendar units in UTC, so periods stay put while panning. */
export interface BinUnit {
  id: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
  /** Typical length, to choose a unit for a zoom level. */
  approx: number;
  /** Start of the period that holds `time`. */
  floor(time: number): number;
  /** Start of the period after the one that starts at `start`. */
  next(start: number): number;
}

/** 1970-01-05, a Monday: weeks start on Mondays, as on the axis. */
const MONDAY = 4 * DAY_MS;
const months = (step: number) => ({
  floor: (time: number) => {
    const date = new Date(time);
    const month = date.getUTCMonth();
    return Date.UTC(date.getUTCFullYear(), month - (month % step), 1);
  },
  next: (start: number) => {
    const date = new Date(start);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1);
  },
});
const years = (step: number) => ({
  floor: (time: number) => {
    const year = new Date(time).getUTCFullYear();
    return Date.UTC(year - (((year % step) + step) % step), 0, 1);
  },
  next: (start: number) => Date.UTC(new Date(start).getUTCFullYear() + step, 0, 1),
});

export const BIN_UNITS: readonly BinUnit[] = [
  { id: 'day', approx: DAY_MS, floor: (t) => Math.floor(t / DAY_MS) * DAY_MS, next: (s) => s + DAY_MS },
  {
    id: 'week',
    approx: WEEK_MS,
    floor: (t) => Math.floor((t - MONDAY) / WEEK_MS) * WEEK_MS + MONDAY,
    next: (s) => s + WEEK_MS,
  },
  { id: 'month', approx: YEAR_MS / 12, ...months(1) },
  { id: 'quarter', approx: YEAR_MS / 4, ...months(3) },
  { id: 'year', approx: YEAR_MS, ...years(1) },
  { id: 'decade', approx: 10 * YEAR_MS, ...years(10) },
];

/** The finest unit whose periods are at least `MIN_BIN_PX` wide when `visible` spans `widthPx` pixels. */
export function binUnit(visible: TimeRange, widthPx: number): BinUnit {
  const msPerPx = (visible.end - visible.start) / Math.max(1, widthPx);
  const fits = BIN_UNITS.find((unit) => unit.approx / msPerPx >= MIN_BIN_PX);
  return fits ?? (BIN_UNITS[BIN_UNITS.length - 1] as BinUnit);
}

/** Events of one lane and one period, drawn as one item with their count. */
export interface Aggregate {
  /** `agg:<unit>:<lane>:<period start>:<count>`; event ids never contain ":". */
  id: string;
  lane: string;
  unit: BinUnit['id'];
  /** The period. */
  period: TimeRange;
  /** What is drawn: the period less a few pixels on each side. */
  start: number;
  end: number;
  count: number;
  /** 1 (few) to 4 (about the most in view), on a square-root scale: how dark it is drawn. */
  density: 1 | 2 | 3 | 4;
}

/**
 * Counts per lane and period of the events whose middle falls in a period that overlaps `range`. Each event is
 * counted once; periods are whole, so a count never depends on where the range ends. Ordered by period, then lane
 * as in `laneOrder`.
 */
export function aggregate(
  spans: SpanIndex,
  range: TimeRange,
  unit: BinUnit,
  options: { msPerPx: number; laneOrder?: readonly string[] },
): Aggregate[] {
  const first = unit.floor(range.start);
  const last = unit.next(unit.floor(range.end));
  const counts = new Map<string, { lane: string; start: number; count: number }>();
  for (const item of spans.overlapping({ start: first, end: last })) {
    const middle = (item.start + item.end) / 2;
    if (middle < first || middle >= last) continue;
    const start = unit.floor(middle);
    const key = `${item.lane}:${start}`;
    const bin = counts.get(key);
    if (bin) bin.count++;
    else counts.set(key, { lane: item.lane, start, count: 1 });
  }
  const most = Math.max(1, ...[...counts.values()].map((bin) => bin.count));
  const inset = Math.min(BIN_GAP_PX * options.msPerPx, unit.approx * 0.1);
  const order = options.laneOrder ?? [];
  const rank = (lane: string) => (order.includes(lane) ? order.indexOf(lane) : order.length);
  return [...counts.values()]
    .sort((a, b) => a.start - b.start || rank(a.lane) - rank(b.lane) || a.lane.localeCompare(b.lane))
    .map(({ lane, start, count }) => {
      const end = unit.next(start);
      const level = Math.sqrt(count / most) - 1e-9;
      return {
        id: `agg:${unit.id}:${lane}:${start}:${count}`,
        lane,
        unit: unit.id,
        period: { start, end: end - 1 },
        start: start + inset,
        end: end - inset,
        count,
        density: (1 + Math.min(3, Math.floor(level * 4))) as Aggregate['density'],
      };
    });
}

/** What to hand to vis-timeline for one window. */
export type Plan =
  | {
      mode: 'events';
      /** The span whose events are loaded (unbounded when every event is). */
      range: TimeRange;
      items: Placed[];
    }
  | { mode: 'aggregate'; range: TimeRange; unit: BinUnit; aggregates: Aggregate[] };

export interface PlanOptions {
  /** Width of the drawing, in pixels. */
  widthPx: number;
  laneOrder?: readonly string[];
  aggregateAbove?: number;
  loadCap?: number;
}

/** Whether a window shows aggregates: more than `aggregateAbove` events in it, and wider than a few days. */
export function aggregates(spans: SpanIndex, visible: TimeRange, aggregateAbove = AGGREGATE_ABOVE): boolean {
  return visible.end - visible.start > MIN_AGGREGATE_WIDTH && spans.count(visible) > aggregateAbove;
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

/** What to show for `visible`: the events in and near it, or the aggregates of the periods in and near it. */
export function plan(spans: SpanIndex, visible: TimeRange, options: PlanOptions): Plan {
  if (aggregates(spans, visible, options.aggregateAbove)) {
    const unit = binUnit(visible, options.widthPx);
    const width = visible.end - visible.start;
    const range = { start: visible.start - width, end: visible.end + width };
    const msPerPx = width / Math.max(1, options.widthPx);
    const found = aggregate(spans, range, unit, {
      msPerPx,
      ...(options.laneOrder ? { laneOrder: options.laneOrder } : {}),
    });
    return { mode: 'aggregate', range, unit, aggregates: found };
  }
  const range = loadRange(spans, visible, options.loadCap);
  return { mode: 'events', range, items: spans.overlapping(range) };
}

/**
 * Whether a plan made earlier still serves `visible` (so that nothing needs to change while panning or zooming a
 * little): same mode, same unit, and the loaded span still covers the window.
 */
export function stillServes(current: Plan, spans: SpanIndex, visible: TimeRange, options: PlanOptions): boolean {
  const aggregated = aggregates(spans, visible, options.aggregateAbove);
  if (aggregated !== (current.mode === 'aggregate')) return false;
  if (current.mode === 'aggregate' && binUnit(visible, options.widthPx).id !== current.unit.id) return false;
  return current.range.start <= visible.start && current.range.end >= visible.end;
}

/** A window of the same width centred on an item (wider for a long span), narrowed by halves until it shows single events. */
export function revealWindow(
  spans: SpanIndex,
  item: Placed,
  visible: TimeRange,
  aggregateAbove = AGGREGATE_ABOVE,
): TimeRange {
  const middle = (item.start + item.end) / 2;
  let width = Math.max(visible.end - visible.start, (item.end - item.start) * 1.1);
  let window = { start: middle - width / 2, end: middle + width / 2 };
  // Ends at the latest once the window is MIN_AGGREGATE_WIDTH or narrower (no narrower than half that).
  while (aggregates(spans, window, aggregateAbove)) {
    width /= 2;
    window = { start: middle - width / 2, end: middle + width / 2 };
  }
  return window;
}

const UNIT_WORDS: Record<BinUnit['id'], string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'decade',
};

/** The period of an aggregate in words: "22 October 2024", "week of 21 October 2024", "October 2024", "2024". */
export function periodText(unit: BinUnit['id'], period: TimeRange): string {
  const span = (precision: 'day' | 'month' | 'year', interval: boolean) =>
    formatDateSpan(
      { edtf: '', start: period.start, end: period.end, precision, approximate: false, uncertain: false, interval },
      { style: 'long' },
    );
  switch (unit) {
    case 'day':
      return span('day', false);
    case 'week':
      return `week of ${formatDateSpan(
        {
          edtf: '',
          start: period.start,
          end: period.start,
          precision: 'day',
          approximate: false,
          uncertain: false,
          interval: false,
        },
        { style: 'long' },
      )}`;
    case 'month':
      return span('month', false);
    case 'quarter':
      return span('month', true);
    case 'year':
      return span('year', false);
    case 'decade':
      return span('year', true);
  }
}

/** Accessible name of an aggregate: "143 events, week of 21 October 2024, Athens. Zoom in to see them." */
export function aggregateLabel(item: Aggregate, laneLabel: string): string {
  const events = item.count === 1 ? '1 event' : `${item.count} events`;
  const lane = laneLabel === '' ? '' : `, ${laneLabel}`;
  return `${events}, ${periodText(item.unit, item.period)}${lane}. Zoom in to see ${item.count === 1 ? 'it' : 'them'}.`;
}

/** "grouped by week", for the status line. */
export function unitText(unit: BinUnit['id']): string {
  return `grouped by ${UNIT_WORDS[unit]}`;
}

/** The milliseconds a window spans, as the windowing works with them (its end included). */
export function rangeOf(window: TimeWindow): TimeRange {
  return { start: window.start.getTime(), end: window.end.getTime() };
}

/** The window that shows a range whole (a window's end is the first millisecond after it). */
export function windowOf(range: TimeRange): TimeWindow {
  return { start: new Date(range.start), end: new Date(range.end + 1) };
}
