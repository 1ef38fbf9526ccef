import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/data/time.js';
import { KEY_WEIGHT, place, type PlacementInput } from '../../../src/timeline/placement.js';
import { metricsFor } from '../../../src/timeline/sizes.js';
import type { Placed } from '../../../src/timeline/windowing.js';

// The window's edges as boundaries (placement-boxes.ts): no title and no "+N more" marker is cut by them.
const T0 = Date.UTC(2024, 9, 1);
const WIDTH = 1100;
const SPAN = 30 * DAY_MS;
const msPerPx = SPAN / WIDTH;
const px = (time: number) => (time - T0) / msPerPx;
const at = (x: number) => T0 + x * msPerPx;
const m = metricsFor();
const LABEL = 160;
const CONTENT = LABEL + m.padPx;

function input(items: readonly Placed[], changes: Partial<PlacementInput> = {}): PlacementInput {
  return {
    items,
    visible: { start: T0, end: T0 + SPAN },
    lanes: ['a', 'b'],
    widthPx: WIDTH,
    heightPx: 400,
    metrics: m,
    labelPx: LABEL,
    ...changes,
  };
}

/** Where a titled event's label is drawn (px from the window's start), as timeline-styles.ts draws it. */
function labelOf(item: Placed, title: { flip?: true; shiftPx?: number }): [number, number] {
  if (item.start === item.end) {
    const dot = px(item.start);
    return title.flip
      ? [dot - m.dotPx / 2 - CONTENT, dot - m.dotPx / 2]
      : [dot + m.dotPx / 2, dot + m.dotPx / 2 + CONTENT];
  }
  // A range that ended before the window has its label moved out of sight by vis-timeline.
  if (px(item.end) <= 0) return [-Infinity, -Infinity];
  const start = Math.min(Math.max(0, px(item.start)), px(item.end)) + (title.shiftPx ?? 0);
  return [start, start + CONTENT];
}

describe('place: the window’s edges', () => {
  it('draws the label of a point near the right edge on the left of its dot, inside the window', () => {
    const point = { id: 'p', lane: 'a', start: at(WIDTH - 40), end: at(WIDTH - 40), weight: KEY_WEIGHT };
    const title = place(input([point])).titled[0];
    expect(title?.flip).toBe(true);
    const [left, right] = labelOf(point, title!);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(WIDTH);
    // Its room is on that side: a neighbour there is kept apart.
    expect(title!.left).toBeCloseTo(WIDTH - 40 - m.dotPx / 2 - CONTENT, 6);
  });

  it('moves the label of a range that starts near the right edge left, to end inside the window', () => {
    const range = { id: 'r', lane: 'a', start: at(WIDTH - 100), end: at(WIDTH + 50) };
    const title = place(input([range])).titled[0]!;
    expect(title.shiftPx).toBeCloseTo(WIDTH - (WIDTH - 100 + CONTENT), 6);
    const [left, right] = labelOf(range, title);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeCloseTo(WIDTH, 6);
  });

  it('gathers a point whose label the left edge would cut, and draws its marker inside the window', () => {
    const before = { id: 'b', lane: 'a', start: at(-30), end: at(-30) };
    const result = place(input([before]));
    expect(result.titled).toEqual([]);
    expect(result.markers).toHaveLength(1);
    expect(px(result.markers[0]!.start)).toBeGreaterThanOrEqual(0);
  });

  it('moves a marker the right edge would cut inside the window, joining the one before it when they would touch', () => {
    // Two rows of room, three busy spots: one near the right edge.
    const crowd = (x: number, n: number, id: string): Placed[] =>
      Array.from({ length: n }, (_, i) => ({ id: `${id}${i}`, lane: 'a', start: at(x), end: at(x) }));
    const items = [...crowd(WIDTH - 20, 5, 'r'), ...crowd(WIDTH - 120, 5, 'q'), ...crowd(400, 5, 'm')];
    const result = place(input(items, { heightPx: 2 * m.rowPx + m.markerRowPx }));
    const visible = result.markers.filter((marker) => px(marker.end) > 0 && px(marker.start) < WIDTH);
    expect(visible.length).toBeGreaterThan(0);
    for (const marker of visible) {
      expect(px(marker.start)).toBeGreaterThanOrEqual(0);
      expect(px(marker.end)).toBeLessThanOrEqual(WIDTH + 1e-6);
    }
    const counted = result.titled.length + result.markers.reduce((sum, marker) => sum + marker.ids.length, 0);
    expect(counted).toBe(items.length);
  });

  it('never lets a label or a marker run past either edge, across a seeded spread of windows', () => {
    let state = 7;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 30; run++) {
      const items: Placed[] = Array.from({ length: 120 }, (_, i) => {
        const start = T0 + (random() * 1.6 - 0.3) * SPAN;
        const end = random() < 0.7 ? start : start + random() * 6 * DAY_MS;
        return { id: `e${i}`, lane: random() < 0.5 ? 'a' : 'b', start, end, weight: Math.floor(random() * 4) };
      });
      const byId = new Map(items.map((item) => [item.id, item]));
      const result = place(input(items));
      for (const title of result.titled) {
        const [left, right] = labelOf(byId.get(title.id)!, title);
        if (right <= 0 || left >= WIDTH) continue;
        expect(left, title.id).toBeGreaterThanOrEqual(-1e-6);
        expect(right, title.id).toBeLessThanOrEqual(WIDTH + 1e-6);
      }
      for (const marker of result.markers) {
        if (px(marker.end) <= 0 || px(marker.start) >= WIDTH) continue;
        expect(px(marker.start)).toBeGreaterThanOrEqual(-1e-6);
        expect(px(marker.end)).toBeLessThanOrEqual(WIDTH + 1e-6);
      }
    }
  });
});
