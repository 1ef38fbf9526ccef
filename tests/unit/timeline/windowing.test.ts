import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';
import { placeOf, toItem } from '../../../src/timeline/items.js';
import {
  AGGREGATE_ABOVE,
  BIN_GAP_PX,
  BIN_UNITS,
  LOAD_CAP,
  MIN_BIN_PX,
  SpanIndex,
  aggregate,
  aggregateLabel,
  aggregates,
  binUnit,
  loadRange,
  periodText,
  plan,
  revealWindow,
  stillServes,
  type Aggregate,
  type Placed,
  type Range,
} from '../../../src/timeline/windowing.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const day = (n: number) => T0 + n * DAY;

/** A seeded spread of points and spans (some long), in five lanes. */
function spread(count: number, seed = 7): Placed[] {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const start = day(Math.floor(random() * 365)) + DAY / 2;
    const roll = random();
    const end = roll < 0.6 ? start : roll < 0.95 ? start + Math.ceil(random() * 5) * DAY : start + 120 * DAY;
    return { id: `e${i}`, lane: `lane-${i % 5}`, start, end };
  });
}

const overlapsBrute = (items: Placed[], range: Range) =>
  items.filter((item) => item.end >= range.start && item.start <= range.end);

describe('SpanIndex', () => {
  const items = spread(2000);
  const spans = new SpanIndex(items);

  it('finds exactly the items that overlap a range, long spans included, in start order', () => {
    for (const [from, to] of [
      [0, 1],
      [40, 47],
      [100, 100.2],
      [-30, 2],
      [300, 500],
      [-100, -50],
    ] as const) {
      const range = { start: day(from), end: day(to) };
      const found = spans.overlapping(range);
      expect(new Set(found.map((item) => item.id))).toEqual(
        new Set(overlapsBrute(items, range).map((item) => item.id)),
      );
      expect(spans.count(range)).toBe(found.length);
      expect(found.every((item, i) => i === 0 || found[i - 1]!.start <= item.start)).toBe(true);
    }
  });

  it('knows its bounds, and is empty without items', () => {
    expect(spans.bounds()).toEqual({
      start: Math.min(...items.map((i) => i.start)),
      end: Math.max(...items.map((i) => i.end)),
    });
    const empty = new SpanIndex();
    expect(empty.bounds()).toBeUndefined();
    expect(empty.overlapping({ start: -Infinity, end: Infinity })).toEqual([]);
  });
});

describe('loadRange', () => {
  const window = { start: day(100), end: day(130) };

  it('loads everything when there are few events', () => {
    expect(loadRange(new SpanIndex(spread(LOAD_CAP)), window)).toEqual({ start: -Infinity, end: Infinity });
  });

  it('loads the window and one window-width either side', () => {
    expect(loadRange(new SpanIndex(spread(2000)), window, 2000 - 1)).toEqual({ start: day(70), end: day(160) });
  });

  it('narrows the margins while they hold too many events, never the window itself', () => {
    const spans = new SpanIndex(spread(5000));
    const range = loadRange(spans, window, 900);
    expect(spans.count(range) <= 900 || (range.start === window.start && range.end === window.end)).toBe(true);
    expect(range.start).toBeLessThanOrEqual(window.start);
    expect(range.end).toBeGreaterThanOrEqual(window.end);
    expect(loadRange(spans, window, 1)).toEqual(window);
  });
});

describe('binUnit', () => {
  it('chooses the finest calendar unit at least MIN_BIN_PX wide', () => {
    const width = (days: number) => ({ start: day(0), end: day(days) });
    expect(binUnit(width(10), 1000).id).toBe('day');
    expect(binUnit(width(60), 1000).id).toBe('week');
    expect(binUnit(width(400), 1000).id).toBe('month');
    expect(binUnit(width(800), 700).id).toBe('quarter');
    expect(binUnit(width(4000), 700).id).toBe('year');
    for (const days of [3, 30, 300, 3000]) {
      const unit = binUnit(width(days), 800);
      expect((unit.approx / (days * DAY)) * 800).toBeGreaterThanOrEqual(MIN_BIN_PX);
    }
  });

  it('aligns periods to the calendar: days, Monday weeks, months, quarters, years', () => {
    const time = Date.UTC(2024, 9, 23, 15); // Wednesday 23 October 2024
    const start = (id: string) => new Date(BIN_UNITS.find((u) => u.id === id)!.floor(time)).toISOString().slice(0, 10);
    expect(['day', 'week', 'month', 'quarter', 'year', 'decade'].map(start)).toEqual([
      '2024-10-23',
      '2024-10-21',
      '2024-10-01',
      '2024-10-01',
      '2024-01-01',
      '2020-01-01',
    ]);
    const month = BIN_UNITS.find((u) => u.id === 'month')!;
    expect(new Date(month.next(Date.UTC(2024, 11, 1))).toISOString().slice(0, 10)).toBe('2025-01-01');
  });
});

describe('aggregate', () => {
  const items = spread(3000);
  const spans = new SpanIndex(items);
  const week = BIN_UNITS.find((u) => u.id === 'week')!;
  const range = { start: day(60), end: day(120) };
  const msPerPx = (60 * DAY) / 800;

  it('counts each event once, in the period of its middle, per lane', () => {
    const found = aggregate(spans, range, week, { msPerPx });
    const first = week.floor(range.start);
    const last = week.next(week.floor(range.end));
    const expected = items.filter((item) => {
      const middle = (item.start + item.end) / 2;
      return middle >= first && middle < last;
    }).length;
    expect(found.reduce((sum, a) => sum + a.count, 0)).toBe(expected);
    expect(new Set(found.map((a) => a.id)).size).toBe(found.length);
    const one = found[0]!;
    const inside = items.filter(
      (i) =>
        i.lane === one.lane && (i.start + i.end) / 2 >= one.period.start && (i.start + i.end) / 2 <= one.period.end,
    );
    expect(one.count).toBe(inside.length);
  });

  it('draws the busiest periods darkest', () => {
    const found = aggregate(spans, range, week, { msPerPx });
    const most = Math.max(...found.map((a) => a.count));
    expect(found.filter((a) => a.count === most).every((a) => a.density === 4)).toBe(true);
    const crowded = new SpanIndex([
      ...Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, lane: 'a', start: day(70.5), end: day(70.5) })),
      { id: 'b', lane: 'b', start: day(70.5), end: day(70.5) },
    ]);
    const densities = aggregate(crowded, range, week, { msPerPx }).map((a) => [a.lane, a.density]);
    expect(densities).toEqual([
      ['a', 4],
      ['b', 1],
    ]);
  });

  it('draws each period a few pixels short on both sides, so neighbours never touch', () => {
    for (const a of aggregate(spans, range, week, { msPerPx })) {
      expect(a.start - a.period.start).toBeCloseTo(BIN_GAP_PX * msPerPx);
      expect(a.period.end + 1 - a.end).toBeCloseTo(BIN_GAP_PX * msPerPx);
      expect(a.density).toBeGreaterThanOrEqual(1);
      expect(a.density).toBeLessThanOrEqual(4);
    }
  });

  it('keeps the same ids for the same periods when the range moves', () => {
    const ids = (r: Range) => new Set(aggregate(spans, r, week, { msPerPx }).map((a) => a.id));
    const before = ids(range);
    const after = ids({ start: range.start + 7 * DAY, end: range.end + 7 * DAY });
    const shared = [...before].filter((id) => after.has(id));
    expect(shared.length).toBeGreaterThan(before.size / 2);
  });

  it('orders by period, then lane as given', () => {
    const found = aggregate(spans, range, week, { msPerPx, laneOrder: ['lane-4', 'lane-0'] });
    const firstPeriod = found.filter((a) => a.period.start === found[0]!.period.start).map((a) => a.lane);
    expect(firstPeriod.slice(0, 2)).toEqual(['lane-4', 'lane-0']);
  });
});

describe('plan', () => {
  const spans = new SpanIndex(spread(10_000));
  const options = { widthPx: 800 };

  it('shows aggregates when the window holds too many events, events otherwise', () => {
    const wide = { start: day(0), end: day(365) };
    const narrow = { start: day(100), end: day(103) + DAY / 2 };
    expect(spans.count(wide)).toBeGreaterThan(AGGREGATE_ABOVE);
    const zoomedOut = plan(spans, wide, options);
    expect(zoomedOut.mode).toBe('aggregate');
    expect(zoomedOut.mode === 'aggregate' && zoomedOut.aggregates.length).toBeLessThan(600);
    const sparse = new SpanIndex(spread(2000));
    const zoomedIn = plan(sparse, narrow, options);
    expect(zoomedIn.mode).toBe('events');
    expect(zoomedIn.mode === 'events' && zoomedIn.items.length).toBeLessThanOrEqual(LOAD_CAP);
  });

  it('always shows single events in a window of a few days, however many', () => {
    const crowded = new SpanIndex(
      Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, lane: 'a', start: day(10.5), end: day(10.5) })),
    );
    expect(aggregates(crowded, { start: day(9), end: day(12) })).toBe(false);
    expect(aggregates(crowded, { start: day(5), end: day(15) })).toBe(true);
  });

  it('keeps a plan while it still serves the window', () => {
    const window = { start: day(100), end: day(104) };
    const sparse = new SpanIndex(spread(2000));
    const current = plan(sparse, window, options);
    expect(stillServes(current, sparse, { start: day(101), end: day(105) }, options)).toBe(true);
    expect(stillServes(current, sparse, { start: day(0), end: day(365) }, options)).toBe(false);
    const zoomedOut = plan(spans, { start: day(0), end: day(365) }, options);
    expect(stillServes(zoomedOut, spans, { start: day(30), end: day(395) }, options)).toBe(true);
    expect(stillServes(zoomedOut, spans, { start: day(0), end: day(60) }, options)).toBe(false);
  });

  it('reveals an item in a window of the same width, narrower where that is too crowded', () => {
    const sparse = new SpanIndex(spread(500));
    const item = sparse.items[250]!;
    const window = { start: day(0), end: day(20) };
    const same = revealWindow(sparse, item, window);
    expect(same.end - same.start).toBe(20 * DAY);
    expect((same.start + same.end) / 2).toBe((item.start + item.end) / 2);
    const dense = spans.items[5000]!;
    const narrowed = revealWindow(spans, dense, { start: day(0), end: day(200) });
    expect(aggregates(spans, narrowed)).toBe(false);
    expect(narrowed.start).toBeLessThanOrEqual(dense.end);
    expect(narrowed.end).toBeGreaterThanOrEqual(dense.start);
  });
});

describe('aggregate texts', () => {
  it('names the period and the lane', () => {
    const october = { start: Date.UTC(2024, 9, 1), end: Date.UTC(2024, 10, 1) - 1 };
    expect(periodText('month', october)).toBe('October 2024');
    expect(periodText('quarter', { start: october.start, end: Date.UTC(2025, 0, 1) - 1 })).toBe(
      'October – December 2024',
    );
    expect(periodText('week', { start: Date.UTC(2024, 9, 21), end: Date.UTC(2024, 9, 28) - 1 })).toBe(
      'week of 21 October 2024',
    );
    expect(periodText('day', { start: Date.UTC(2024, 9, 22), end: Date.UTC(2024, 9, 23) - 1 })).toBe('22 October 2024');
    expect(periodText('year', { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) - 1 })).toBe('2024');
    const item: Aggregate = {
      id: 'x',
      lane: 'ukraine',
      unit: 'month',
      period: october,
      start: 0,
      end: 0,
      count: 143,
      density: 2,
    };
    expect(aggregateLabel(item, 'Ukraine')).toBe('143 events, October 2024, Ukraine. Zoom in to see them.');
    expect(aggregateLabel({ ...item, count: 1 }, '')).toBe('1 event, October 2024. Zoom in to see it.');
  });
});

describe('with a generated dataset', () => {
  const generated = generateDataset({ events: 2000, seed: 3 });
  const result = validateDataset(generated.dataset);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const index = indexDataset(result.dataset, generated.texts);

  it('places events where their item models are drawn', () => {
    for (const event of index.events.slice(0, 300)) {
      const placed = placeOf(index, event, 'groups');
      const item = toItem(index, event, 'groups');
      expect([placed.start, placed.end, placed.lane]).toEqual([
        item.start.getTime(),
        (item.end ?? item.start).getTime(),
        item.lane,
      ]);
    }
  });

  it('zoomed out, aggregates; zoomed in on a week, hands over only the events near it', () => {
    const spans = new SpanIndex(index.events.map((event) => placeOf(index, event, 'groups')));
    const all = spans.bounds()!;
    expect(plan(spans, all, { widthPx: 800 }).mode).toBe('aggregate');
    const middle = spans.items[1000]!.start;
    const week = { start: middle - 3.5 * DAY, end: middle + 3.5 * DAY };
    const zoomed = plan(spans, week, { widthPx: 800 });
    if (zoomed.mode === 'events') {
      expect(zoomed.items.length).toBeLessThanOrEqual(LOAD_CAP);
      expect(zoomed.items.length).toBeLessThan(spans.size);
    } else {
      expect(zoomed.unit.id).toBe('day');
    }
  });
});
