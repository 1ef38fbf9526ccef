import { describe, expect, it } from 'vitest';
import { utcMonth, utcYear } from 'd3-time';
import { clampWindow, shiftWindow, zoomWindow, type TimeStep } from '../../../src/charts/time-window.js';
import { DAY_MS, WEEK_MS } from '../../../src/data/time.js';
import type { TimeWindow } from '../../../src/data/dates.js';

const w = (start: string, end: string): TimeWindow => ({ start: new Date(start), end: new Date(end) });
const text = (window: TimeWindow) =>
  `${window.start.toISOString().slice(0, 10)}/${window.end.toISOString().slice(0, 10)}`;
const BOUNDS = w('2024-05-27', '2024-12-02');
const week: TimeStep = (date, count) => new Date(date.getTime() + count * WEEK_MS);
const month: TimeStep = (date, count) => utcMonth.offset(date, count);
const year: TimeStep = (date, count) => utcYear.offset(date, count);

/** 1 January of `n` BCE (astronomical year 1 - n). */
function bce(n: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(1 - n, 0, 1);
  return date;
}

describe('time-window', () => {
  it('shiftWindow(…) moves a window by a week and stops at the bounds, keeping its length', () => {
    expect(text(shiftWindow(w('2024-10-14', '2024-10-28'), week, 1, BOUNDS))).toBe('2024-10-21/2024-11-04');
    expect(text(shiftWindow(w('2024-11-18', '2024-12-02'), week, 1, BOUNDS))).toBe('2024-11-18/2024-12-02');
    expect(text(shiftWindow(w('2024-05-30', '2024-06-13'), week, -1, BOUNDS))).toBe('2024-05-27/2024-06-10');
  });

  it('shiftWindow(…) moves by calendar months, so a window on the first of a month stays on firsts', () => {
    const y2024 = w('2024-01-01', '2025-01-01');
    expect(text(shiftWindow(w('2024-01-01', '2024-02-01'), month, 1, y2024))).toBe('2024-02-01/2024-03-01');
    // Two months on would pass the end: the window goes flush with it, two months long as before.
    expect(text(shiftWindow(w('2024-10-01', '2024-12-01'), month, 2, y2024))).toBe('2024-11-01/2025-01-01');
  });

  it('shiftWindow(…) moves by years before the common era', () => {
    // 481 to 479 BCE, one year on: 480 to 478 BCE; at the end of 499–430 BCE, it stops.
    const bounds = { start: bce(499), end: bce(429) };
    const next = shiftWindow({ start: bce(481), end: bce(479) }, year, 1, bounds);
    expect([next.start.getUTCFullYear(), next.end.getUTCFullYear()]).toEqual([-479, -477]);
    const last = shiftWindow({ start: bce(431), end: bce(429) }, year, 1, bounds);
    expect([last.start.getUTCFullYear(), last.end.getUTCFullYear()]).toEqual([-430, -428]);
  });

  it('zoomWindow(…) narrows and widens about the centre, in whole days', () => {
    expect(text(zoomWindow(w('2024-10-14', '2024-10-28'), 0.5, BOUNDS))).toBe('2024-10-18/2024-10-25');
    expect(text(zoomWindow(w('2024-10-14', '2024-10-28'), 2, BOUNDS))).toBe('2024-10-07/2024-11-04');
  });

  it('zoomWindow(…) never goes under the narrowest window given, and narrowing never widens', () => {
    const oneYear = 365 * DAY_MS;
    const decade = w('2010-01-01', '2020-01-01');
    expect(text(zoomWindow(w('2014-01-01', '2016-01-01'), 0.5, decade, oneYear))).toBe('2014-07-03/2015-07-03');
    expect(text(zoomWindow(w('2014-07-03', '2015-07-03'), 0.5, decade, oneYear))).toBe('2014-07-03/2015-07-03');
    // A week on a strip of years stays a week when narrowed, and widens to a year.
    expect(text(zoomWindow(w('2014-07-07', '2014-07-14'), 0.5, decade, oneYear))).toBe('2014-07-07/2014-07-14');
    expect(text(zoomWindow(w('2014-07-07', '2014-07-14'), 2, decade, oneYear))).toBe('2014-01-09/2015-01-09');
  });

  it('zoomWindow(…) never goes under two days nor past the bounds', () => {
    expect(text(zoomWindow(w('2024-10-21', '2024-10-23'), 0.5, BOUNDS))).toBe('2024-10-21/2024-10-23');
    expect(text(zoomWindow(w('2024-06-01', '2024-11-01'), 2, BOUNDS))).toBe('2024-05-27/2024-12-02');
    expect(text(zoomWindow(w('2024-05-27', '2024-06-10'), 2, BOUNDS))).toBe('2024-05-27/2024-06-24');
  });

  it('clampWindow(…) shifts a window into the bounds and cuts one longer than them', () => {
    expect(text(clampWindow(w('2024-05-01', '2024-05-15'), BOUNDS))).toBe('2024-05-27/2024-06-10');
    expect(text(clampWindow(w('2014-01-01', '2025-01-01'), BOUNDS))).toBe('2024-05-27/2024-12-02');
  });
});
