import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/data/time.js';
import { KEY_WEIGHT, byPriority, place, type Placement, type PlacementInput } from '../../../src/timeline/placement.js';
import { countCharacters, labelWidth, markerWidth, metricsFor, type Metrics } from '../../../src/timeline/sizes.js';
import fc from 'fast-check';
import { PROPERTY_TEST, runs } from '../../support/properties.js';
import { LANGUAGES, PSEUDO_RTL, intlLocaleOf, type Language } from '../../../src/i18n/languages.js';
import { SpanIndex, type Placed } from '../../../src/timeline/windowing.js';

const T0 = Date.UTC(2024, 9, 1);
const day = (n: number) => T0 + n * DAY_MS + DAY_MS / 2;
const m = metricsFor();
const LANES = ['a', 'b', 'c', 'd', 'e'];

/** A seeded spread of points and short and long spans, bunched in a few busy days, in five lanes. */
function spread(count: number, days = 30, seed = 11): Placed[] {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const busy = random() < 0.6;
    const start = day(busy ? 10 + Math.floor(random() * 4) : Math.floor(random() * days));
    const roll = random();
    const end = roll < 0.7 ? start : roll < 0.95 ? start + Math.ceil(random() * 4) * DAY_MS : start + 40 * DAY_MS;
    const weight = (random() < 0.05 ? KEY_WEIGHT : 0) + 1 + Math.floor(random() * 4);
    return { id: `e${i}`, lane: LANES[i % 5] as string, start, end, weight };
  });
}

function input(items: readonly Placed[], changes: Partial<PlacementInput> = {}): PlacementInput {
  return {
    items,
    visible: { start: T0, end: T0 + 30 * DAY_MS },
    lanes: LANES,
    widthPx: 1100,
    heightPx: 520,
    metrics: m,
    labelPx: 160,
    ...changes,
  };
}

/** The height the lanes take: rows, the marker row where a lane has markers, never less than a lane's name. */
function height(placement: Placement, lanes: readonly string[], metrics: Metrics): number {
  return lanes.reduce((sum, lane) => {
    const rows = placement.rows.get(lane) ?? 0;
    const markers = placement.markers.some((marker) => marker.lane === lane && marker.row === undefined);
    return sum + Math.max(metrics.laneMinPx, rows * metrics.rowPx + (markers ? metrics.markerRowPx : 0));
  }, 0);
}

describe('place', () => {
  const items = spread(400);
  const placed = place(input(items));

  it('place(…) never lets two titles of a row come closer than the gap', () => {
    const rows = new Map<string, { left: number; right: number }[]>();
    for (const title of placed.titled) {
      const key = `${title.lane}:${title.row}`;
      rows.set(key, [...(rows.get(key) ?? []), title]);
    }
    expect(rows.size).toBeGreaterThan(5);
    for (const boxes of rows.values()) {
      boxes.sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.left - boxes[i - 1]!.right).toBeGreaterThanOrEqual(m.gapPx);
      }
    }
  });

  it('keeps every title’s room wide enough for its label, dot or bar', () => {
    const byId = new Map(items.map((item) => [item.id, item]));
    const px = (time: number) => ((time - T0) / (30 * DAY_MS)) * 1100;
    for (const title of placed.titled) {
      const item = byId.get(title.id)!;
      expect(title.widthPx).toBe(160);
      expect(title.right - title.left).toBeGreaterThanOrEqual(title.widthPx + m.padPx);
      expect(title.left).toBeLessThanOrEqual(px(item.start));
      expect(title.right).toBeGreaterThanOrEqual(px(item.end));
    }
  });

  it('uses no more rows than fit in the height, all lanes together', () => {
    expect(height(placed, LANES, m)).toBeLessThanOrEqual(520);
    for (const heightPx of [60, 200, 300, 800]) {
      const other = place(input(items, { heightPx }));
      // A lane is never shorter than its name: five names need 5 × laneMinPx whatever the height.
      expect(height(other, LANES, m)).toBeLessThanOrEqual(Math.max(heightPx, 5 * m.laneMinPx));
      for (const title of other.titled) expect(title.row).toBeLessThan(other.rows.get(title.lane)!);
    }
  });

  it('draws every event either with its title or in exactly one marker, and the counts add up', () => {
    const titled = placed.titled.map((t) => t.id);
    const gathered = placed.markers.flatMap((marker) => marker.ids);
    expect(titled.length + gathered.length).toBe(items.length);
    expect(new Set([...titled, ...gathered]).size).toBe(items.length);
    expect(placed.markers.length).toBeGreaterThan(0);
    for (const marker of placed.markers) {
      expect(marker.ids.length).toBeGreaterThan(0);
      expect(marker.id).toBe(`more:${marker.lane}:${Math.round(marker.start)}:${marker.ids.length}`);
      expect(marker.ids.every((id) => items.find((item) => item.id === id)!.lane === marker.lane)).toBe(true);
    }
  });

  it('puts a marker in a row of titles only where it has room, else in the lane’s row of markers', () => {
    const msPerPx = (30 * DAY_MS) / 1100;
    const inRows = placed.markers.filter((marker) => marker.row !== undefined);
    expect(inRows.length).toBeGreaterThan(0);
    for (const marker of inRows) {
      expect(marker.row).toBeLessThan(placed.rows.get(marker.lane)!);
      const left = (marker.start - T0) / msPerPx;
      const right = (marker.end - T0) / msPerPx;
      for (const title of placed.titled.filter((t) => t.lane === marker.lane && t.row === marker.row)) {
        expect(right + m.gapPx <= title.left || title.right + m.gapPx <= left).toBe(true);
      }
      for (const other of inRows.filter((o) => o !== marker && o.lane === marker.lane && o.row === marker.row)) {
        expect(other.end <= marker.start || marker.end <= other.start).toBe(true);
      }
    }
  });

  it('puts a lane’s markers where its events are, never touching each other', () => {
    const msPerPx = (30 * DAY_MS) / 1100;
    for (const lane of LANES) {
      const markers = placed.markers.filter((marker) => marker.lane === lane).sort((a, b) => a.start - b.start);
      for (let i = 1; i < markers.length; i++) {
        expect(markers[i]!.start - markers[i - 1]!.end).toBeGreaterThanOrEqual(m.gapPx * msPerPx - 1);
      }
      for (const marker of markers) {
        expect(marker.end - marker.start).toBeCloseTo(markerWidth(marker.ids.length, m) * msPerPx, 3);
        expect(marker.span.start).toBeLessThanOrEqual(marker.start + m.markerPx * msPerPx);
        expect(marker.span.end).toBeGreaterThanOrEqual(marker.start - 1);
      }
    }
  });

  it('titles key events first, then those with the most sources, then the earliest', () => {
    const same = (id: string, weight: number, at = day(5)): Placed => ({ id, lane: 'a', start: at, end: at, weight });
    const crowd = [
      same('plain', 1),
      same('sourced', 4),
      same('key', KEY_WEIGHT + 1),
      same('later', 4, day(5) + 1),
      same('early', 4, day(5) - 1),
    ];
    const one = place(input(crowd, { lanes: ['a'], heightPx: m.rowPx + m.markerRowPx }));
    expect(one.titled.map((t) => t.id)).toEqual(['key']);
    expect(one.markers.flatMap((marker) => marker.ids)).toHaveLength(4);
    const three = place(input(crowd, { lanes: ['a'], heightPx: 3 * m.rowPx + m.markerRowPx }));
    expect(three.titled.map((t) => [t.id, t.row])).toEqual([
      ['key', 0],
      ['early', 1],
      ['sourced', 2],
    ]);
    expect([...crowd].sort(byPriority).map((item) => item.id)).toEqual(['key', 'early', 'sourced', 'later', 'plain']);
  });

  it('places pinned events before any other, in the order given', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      lane: 'a',
      start: day(5),
      end: day(5),
      weight: 10 - i,
    }));
    const one = place(input(crowd, { lanes: ['a'], heightPx: m.rowPx + m.markerRowPx, pinned: ['p5', undefined] }));
    expect(one.titled.map((t) => t.id)).toEqual(['p5']);
    // Even when the height leaves no row at all, a pinned event gets one.
    const none = place(input(crowd, { lanes: ['a'], heightPx: 10, pinned: ['p4'] }));
    expect(none.titled.map((t) => t.id)).toEqual(['p4']);
  });

  it('gives rows to the lanes whose next row shows the most titles; lanes without events keep their name’s height', () => {
    const busy = Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, lane: 'a', start: day(10), end: day(10) }));
    const quiet = [{ id: 'q', lane: 'b', start: day(3), end: day(3) }];
    const result = place(input([...busy, ...quiet], { heightPx: 400 }));
    expect(result.rows.get('b')).toBe(1);
    expect(result.rows.get('c')).toBe(0);
    const left = 400 - 4 * m.laneMinPx - m.markerRowPx;
    expect(result.rows.get('a')).toBe(Math.floor(left / m.rowPx));
  });

  it('gives every lane its row of titles when the lanes, as vis-timeline draws them, just fit (the budget is exact)', () => {
    // Measured in Chromium: a row of titles is 35.94 px and 4 px between rows, a marker 17.81 px and 4; vis-timeline
    // rounds a lane's height up to a whole pixel. Five crowded lanes of one row and markers: 5 × 62 px.
    const drawn = (rows: number) => Math.ceil(rows * (35.94 + 4) + 17.81 + 4);
    const crowded = LANES.flatMap((lane) =>
      Array.from({ length: 40 }, (_, i) => ({
        id: `${lane}${i}`,
        lane,
        start: day(3 + (i % 20)),
        end: day(3 + (i % 20)),
      })),
    );
    const result = place(input(crowded, { heightPx: LANES.length * drawn(1) }));
    expect(LANES.map((lane) => result.rows.get(lane))).toEqual([1, 1, 1, 1, 1]);
    expect(height(result, LANES, m)).toBeLessThanOrEqual(LANES.length * drawn(1));
  });

  it('titles a lane’s only event even when the lanes’ names alone overflow the height (its row costs nothing)', () => {
    const one = (lane: string, at: number): Placed => ({ id: lane, lane, start: day(at), end: day(at) });
    const tiny = place(input([one('a', 3), one('b', 10), one('c', 20)], { lanes: ['a', 'b', 'c'], heightPx: 60 }));
    expect(tiny.titled.map((t) => t.id).sort()).toEqual(['a', 'b', 'c']);
    expect(tiny.markers).toEqual([]);
  });

  it('sizes each title as asked, up to the width for the zoom', () => {
    const items = [
      { id: 'short', lane: 'a', start: day(3), end: day(3) },
      { id: 'long', lane: 'a', start: day(20), end: day(20) },
    ];
    const sized = place(input(items, { widthOf: (item) => (item.id === 'short' ? 60 : 400) }));
    expect(Object.fromEntries(sized.titled.map((t) => [t.id, t.widthPx]))).toEqual({ short: 60, long: 160 });
  });

  it('keeps the label of a range that crosses the left edge in view, and says how far the window may pan', () => {
    const visible = { start: T0, end: T0 + 30 * DAY_MS };
    const crossing = { id: 'r', lane: 'a', start: T0 - 10 * DAY_MS, end: T0 + 2 * DAY_MS };
    const result = place(input([crossing], { visible }));
    const title = result.titled[0]!;
    const msPerPx = (30 * DAY_MS) / 1100;
    // The label sits at the left edge (0 px), and the room reaches past it.
    expect(title.right).toBeGreaterThanOrEqual(160 + m.padPx);
    // Panning later moves the label with the edge; past this start it would leave its room.
    expect(result.safeUntil).toBeCloseTo(T0 + (title.right - 160 - m.padPx) * msPerPx, 0);
    const points = place(input([{ id: 'p', lane: 'a', start: day(3), end: day(3) }]));
    expect(points.safeUntil).toBe(Infinity);
  });

  it('plans 10,000 events in a few milliseconds (measured, not asserted)', () => {
    // In start order, as the timeline's SpanIndex hands them over.
    const many = new SpanIndex(spread(10_000, 730)).items;
    const visible = { start: T0, end: T0 + 730 * DAY_MS };
    const times: number[] = [];
    let result: Placement | undefined;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      result = place(input(many, { visible, labelPx: labelWidth((730 * DAY_MS) / 1100) }));
      times.push(performance.now() - started);
    }
    console.log(
      `place(): 10,000 events, first run ${times[0]!.toFixed(1)} ms, then ${times
        .slice(1)
        .map((t) => t.toFixed(1))
        .join(', ')} ms; ${result!.titled.length} titled, ${result!.markers.length} markers`,
    );
    expect(result!.titled.length + result!.markers.reduce((sum, marker) => sum + marker.ids.length, 0)).toBe(10_000);
    expect(result!.titled.length).toBeGreaterThanOrEqual(10);
  });
});

describe('countCharacters', () => {
  it(
    'is the length of the count as each language of the app writes it, or more (a marker is never too narrow)',
    PROPERTY_TEST,
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000 }), (count) => {
          expect(countCharacters(count)).toBe(count.toLocaleString('en').length);
          for (const locale of [...LANGUAGES, PSEUDO_RTL as Language].map((language) => intlLocaleOf(language))) {
            expect(countCharacters(count)).toBeGreaterThanOrEqual(count.toLocaleString(locale).length);
          }
        }),
        runs(300),
      );
    },
  );
});

describe('markerWidth', () => {
  it('markerWidth(count, metrics) widens a marker by a digit for each digit past two', () => {
    expect(markerWidth(7, m)).toBe(m.markerPx);
    expect(markerWidth(99, m)).toBe(m.markerPx);
    expect(markerWidth(184, m)).toBe(m.markerPx + m.digitPx);
    expect(markerWidth(1234, m)).toBe(m.markerPx + 3 * m.digitPx);
  });
});

describe('labelWidth', () => {
  it('labelWidth(msPerPx) is 22em when days are wide, 16em when zoomed far out, in steps', () => {
    const width = (days: number) => labelWidth((days * DAY_MS) / 1000, 10);
    expect(width(7)).toBe(220);
    expect(width(60)).toBe(200);
    expect(width(200)).toBe(180);
    expect(width(3650)).toBe(160);
    expect(width(7)).toBe(width(14));
  });
});

describe('metricsFor', () => {
  it('metricsFor(rootPx) scales rows and markers with the root font size', () => {
    const big = metricsFor(32);
    expect(big.rowPx).toBe(2 * metricsFor(16).rowPx);
    expect(big.gapPx).toBe(metricsFor(16).gapPx);
  });
});
