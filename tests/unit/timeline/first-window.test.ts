import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { DAY_MS, YEAR_MS } from '../../../src/data/time.js';
import { validateDataset } from '../../../src/data/validate.js';
import { densest, firstWindow, score, WINDOW_LENGTHS } from '../../../src/timeline/first-window.js';
import { initialWindow, placeOf, prepareInitialWindow, toLanes } from '../../../src/timeline/items.js';
import { SpanIndex, type Placed } from '../../../src/timeline/windowing.js';

const T0 = Date.UTC(2020, 0, 1);
const size = { widthPx: 1100, heightPx: 480 };
const point = (id: string, time: number, lane = 'a'): Placed => ({ id, lane, start: time, end: time });

describe('densest', () => {
  it('densest(spans, length) finds the stretch of that length holding the most events, centred on them', () => {
    const background = Array.from({ length: 50 }, (_, i) => point(`b${i}`, T0 + i * 20 * DAY_MS));
    const burst = Array.from({ length: 30 }, (_, i) => point(`u${i}`, T0 + 400 * DAY_MS + (i % 5) * DAY_MS));
    const spans = new SpanIndex([...background, ...burst]);
    const week = densest(spans, 7 * DAY_MS)!;
    expect(week.end - week.start).toBe(7 * DAY_MS);
    expect(spans.count(week)).toBeGreaterThanOrEqual(30);
    expect((week.start + week.end) / 2).toBe(T0 + 402 * DAY_MS);
    expect(densest(new SpanIndex(), DAY_MS)).toBeUndefined();
  });
});

describe('firstWindow', () => {
  it('zooms in on a burst of news, where a short window shows the most titles', () => {
    const background = Array.from({ length: 40 }, (_, i) => point(`b${i}`, T0 + i * 30 * DAY_MS, `l${i % 3}`));
    const burst = Array.from({ length: 60 }, (_, i) =>
      point(`u${i}`, T0 + 500 * DAY_MS + (i % 10) * DAY_MS, `l${i % 3}`),
    );
    const spans = new SpanIndex([...background, ...burst]);
    const window = firstWindow(spans, { ...size, laneOrder: ['l0', 'l1', 'l2'] })!;
    expect(window.end - window.start).toBeLessThanOrEqual(YEAR_MS / 12 + 1);
    expect(window.start).toBeLessThanOrEqual(T0 + 505 * DAY_MS);
    expect(window.end).toBeGreaterThanOrEqual(T0 + 505 * DAY_MS);
  });

  it('zooms out over a sparse story, until every event has its title', () => {
    const spans = new SpanIndex(Array.from({ length: 12 }, (_, i) => point(`s${i}`, T0 + i * 0.7 * YEAR_MS)));
    const window = firstWindow(spans, { ...size, laneOrder: ['a'] })!;
    expect(WINDOW_LENGTHS).toContain(window.end - window.start);
    expect(score(spans, window, { ...size, laneOrder: ['a'] }).titles).toBe(12);
    expect(window.end - window.start).toBe(10 * YEAR_MS);
  });

  it('opens 10,000 generated events on a window with at least ten titles', () => {
    const generated = generateDataset({ events: 10_000, seed: 1 });
    const result = validateDataset(generated.dataset);
    if (!result.ok) throw new Error('invalid');
    const index = indexDataset(result.dataset, generated.texts);
    const spans = new SpanIndex(index.events.map((event) => placeOf(index, event, 'groups')));
    const options = { ...size, laneOrder: toLanes(index, 'groups').map((lane) => lane.id) };
    const started = performance.now();
    const window = firstWindow(spans, options)!;
    console.log(
      `firstWindow(): 10,000 events in ${(performance.now() - started).toFixed(0)} ms: ` +
        `${((window.end - window.start) / DAY_MS).toFixed(0)} days, ${JSON.stringify(score(spans, window, options))}`,
    );
    expect(score(spans, window, options).titles).toBeGreaterThanOrEqual(10);
  });

  it('has nothing to open on without events', () => {
    expect(firstWindow(new SpanIndex(), { ...size, laneOrder: [] })).toBeUndefined();
  });
});

describe('prepareInitialWindow', () => {
  it('finds the opening window in turns (one per length tried), which initialWindow then returns as found', async () => {
    const generated = generateDataset({ events: 300, articles: 5, seed: 5 });
    const valid = validateDataset(generated.dataset);
    if (!valid.ok) throw new Error('the generated dataset is invalid');
    const turns = indexDataset(valid.dataset);
    const once = indexDataset(valid.dataset);
    let pauses = 0;
    await prepareInitialWindow(turns, () => {
      pauses += 1;
      return Promise.resolve();
    });
    // The spans, then each length tried (at least the week).
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(initialWindow(turns)).toEqual(initialWindow(once));
    // Found once: asked again, it neither pauses nor changes.
    const found = initialWindow(turns);
    await prepareInitialWindow(turns, () => {
      pauses += 100;
      return Promise.resolve();
    });
    expect(pauses).toBeLessThan(100);
    expect(initialWindow(turns)).toBe(found);
  });
});
