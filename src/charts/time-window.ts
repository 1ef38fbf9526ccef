/** Window arithmetic for the overview's keyboard brush: move and resize a window inside fixed bounds. */
import type { TimeWindow } from '../data/dates.js';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** The narrowest window the keys make. */
const MIN_MS = 2 * DAY_MS;

/** `window` shifted to lie inside `bounds`, keeping its length (cut to the bounds when longer). */
export function clampWindow(window: TimeWindow, bounds: TimeWindow): TimeWindow {
  const length = Math.min(window.end.getTime() - window.start.getTime(), bounds.end.getTime() - bounds.start.getTime());
  const start = Math.min(Math.max(window.start.getTime(), bounds.start.getTime()), bounds.end.getTime() - length);
  return { start: new Date(start), end: new Date(start + length) };
}

/** `window` moved by `ms` (negative: earlier), stopping at the bounds. */
export function panWindow(window: TimeWindow, ms: number, bounds: TimeWindow): TimeWindow {
  return clampWindow(
    { start: new Date(window.start.getTime() + ms), end: new Date(window.end.getTime() + ms) },
    bounds,
  );
}

/**
 * `window` scaled about its centre by `factor` (below 1 narrows), never narrower than two days nor wider than the
 * bounds, and rounded to whole UTC days.
 */
export function zoomWindow(window: TimeWindow, factor: number, bounds: TimeWindow): TimeWindow {
  const centre = (window.start.getTime() + window.end.getTime()) / 2;
  const full = bounds.end.getTime() - bounds.start.getTime();
  const length = Math.round(((window.end.getTime() - window.start.getTime()) * factor) / DAY_MS) * DAY_MS;
  const clamped = Math.min(Math.max(length, MIN_MS), full);
  const start = Math.round((centre - clamped / 2) / DAY_MS) * DAY_MS;
  return clampWindow({ start: new Date(start), end: new Date(start + clamped) }, bounds);
}
