import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';
import { placeOf, toItem } from '../../../src/timeline/items.js';
import type { TimeRange } from '../../../src/data/time.js';
import { KEY_WEIGHT } from '../../../src/timeline/placement.js';
import { labelWidth } from '../../../src/timeline/sizes.js';
import {
  LOAD_CAP,
  SpanIndex,
  loadRange,
  plan,
  revealWindow,
  stillServes,
  type Placed,
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

const overlapsBrute = (items: Placed[], range: TimeRange) =>
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

describe('plan', () => {
  const spans = new SpanIndex(spread(10_000));
  const lanes = ['lane-0', 'lane-1', 'lane-2', 'lane-3', 'lane-4'];
  const options = { widthPx: 800, heightPx: 480, laneOrder: lanes };

  it('plan(spans, window, options) titles some events of a crowded window and gathers the rest', () => {
    const wide = { start: day(0), end: day(365) };
    const zoomedOut = plan(spans, wide, options);
    const { titled, markers } = zoomedOut.placement;
    expect(titled.length).toBeGreaterThanOrEqual(10);
    expect(titled.length + markers.reduce((sum, m) => sum + m.ids.length, 0)).toBe(spans.count(zoomedOut.range));
    expect(zoomedOut.placement.labelPx).toBe(labelWidth((365 * DAY) / 800));
  });

  it('considers the window and its margins, at most LOAD_CAP events when there are more', () => {
    const sparse = new SpanIndex(spread(2000));
    const week = { start: day(100), end: day(107) };
    const zoomedIn = plan(sparse, week, options);
    expect(zoomedIn.range.start).toBeLessThanOrEqual(week.start);
    expect(zoomedIn.range.end).toBeGreaterThanOrEqual(week.end);
    const considered = zoomedIn.placement.titled.length + zoomedIn.placement.markers.flatMap((m) => m.ids).length;
    expect(considered).toBe(sparse.count(zoomedIn.range));
    expect(considered).toBeLessThanOrEqual(Math.max(LOAD_CAP, sparse.count(week)));
  });

  it('titles pinned events first', () => {
    const week = { start: day(100), end: day(107) };
    const id = spans.overlapping(week)[0]!.id;
    const pinned = plan(spans, week, { ...options, pinned: [id] });
    expect(pinned.placement.titled[0]!.id).toBe(id);
  });

  it('keeps a plan while it still serves the window: panning a little, not zooming out or resizing', () => {
    const sparse = new SpanIndex(spread(2000));
    const window = { start: day(100), end: day(104) };
    const current = plan(sparse, window, options);
    expect(stillServes(current, { start: day(100.2), end: day(104.2) }, options)).toBe(true);
    expect(stillServes(current, { start: day(99), end: day(103) }, options)).toBe(true);
    expect(stillServes(current, { start: day(0), end: day(365) }, options)).toBe(false);
    expect(stillServes(current, { start: day(100), end: day(104.5) }, options)).toBe(false);
    expect(stillServes(current, window, { ...options, heightPx: 300 })).toBe(false);
    expect(stillServes(current, window, { ...options, widthPx: 900 })).toBe(false);
    // Past what was considered.
    expect(stillServes(current, { start: day(200), end: day(204) }, options)).toBe(false);
  });

  it('stops serving once a range’s label, sliding with the left edge, would leave its room', () => {
    const range: Placed = { id: 'r', lane: 'lane-0', start: day(95), end: day(103) };
    const current = plan(new SpanIndex([range]), { start: day(100), end: day(104) }, options);
    const safe = current.placement.safeUntil;
    expect(safe).toBeGreaterThan(day(100));
    expect(stillServes(current, { start: safe - 1, end: safe - 1 + 4 * DAY }, options)).toBe(true);
    expect(stillServes(current, { start: safe + DAY / 4, end: safe + DAY / 4 + 4 * DAY }, options)).toBe(false);
  });

  it('reveals an item in a window of the same width, centred on it; wider for a long span', () => {
    const item = spans.items[250]!;
    const window = { start: day(0), end: day(20) };
    const same = revealWindow(item, window);
    expect(same.end - same.start).toBe(20 * DAY);
    expect((same.start + same.end) / 2).toBe((item.start + item.end) / 2);
    const long: Placed = { id: 'l', lane: 'a', start: day(0), end: day(100) };
    const wider = revealWindow(long, window);
    expect(wider.end - wider.start).toBeCloseTo(110 * DAY, -3);
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

  it('weighs key events above any number of sources', () => {
    const keyed = structuredClone(generated.dataset) as { events: { key?: boolean }[] };
    keyed.events[0]!.key = true;
    const valid = validateDataset(keyed);
    if (!valid.ok) throw new Error('invalid');
    const keyedIndex = indexDataset(valid.dataset, generated.texts);
    const event = keyedIndex.event.get('event-0')!;
    const placed = placeOf(keyedIndex, event, 'groups');
    expect(placed.weight).toBe(KEY_WEIGHT + new Set(event.sources.map((s) => s.article)).size);
    expect(placeOf(index, index.event.get('event-1')!, 'groups').weight).toBeLessThan(KEY_WEIGHT);
  });
});
