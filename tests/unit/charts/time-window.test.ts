import { describe, expect, it } from 'vitest';
import { clampWindow, panWindow, WEEK_MS, zoomWindow } from '../../../src/charts/time-window.js';
import type { TimeWindow } from '../../../src/data/dates.js';

const w = (start: string, end: string): TimeWindow => ({ start: new Date(start), end: new Date(end) });
const text = (window: TimeWindow) =>
  `${window.start.toISOString().slice(0, 10)}/${window.end.toISOString().slice(0, 10)}`;
const BOUNDS = w('2024-05-27', '2024-12-02');

describe('time-window', () => {
  it('panWindow(…) moves a window by a week and stops at the bounds, keeping its length', () => {
    expect(text(panWindow(w('2024-10-14', '2024-10-28'), WEEK_MS, BOUNDS))).toBe('2024-10-21/2024-11-04');
    expect(text(panWindow(w('2024-11-18', '2024-12-02'), WEEK_MS, BOUNDS))).toBe('2024-11-18/2024-12-02');
    expect(text(panWindow(w('2024-05-30', '2024-06-13'), -WEEK_MS, BOUNDS))).toBe('2024-05-27/2024-06-10');
  });

  it('zoomWindow(…) narrows and widens about the centre, in whole days', () => {
    expect(text(zoomWindow(w('2024-10-14', '2024-10-28'), 0.5, BOUNDS))).toBe('2024-10-18/2024-10-25');
    expect(text(zoomWindow(w('2024-10-14', '2024-10-28'), 2, BOUNDS))).toBe('2024-10-07/2024-11-04');
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
