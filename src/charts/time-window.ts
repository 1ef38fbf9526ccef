/** Window arithmetic for the overview's keyboard brush: move and resize a window inside fixed bounds. */
import type { TimeWindow } from '../data/dates.js';
import { DAY_MS } from '../data/time.js';

/**
 * Moves a date by `count` steps: a d3 interval's `offset` (`utcMonth.offset`) steps by calendar units, so a
 * window starting on the first of a month still does after a step, which a fixed length in ms would not keep.
 */
export type TimeStep = (date: Date, count: number) => Date;

/** `window` shifted to lie inside `bounds`, keeping its length (cut to the bounds when longer). */
export function clampWindow(window: TimeWindow, bounds: TimeWindow): TimeWindow {
  const length = Math.min(window.end.getTime() - window.start.getTime(), bounds.end.getTime() - bounds.start.getTime());
  const start = Math.min(Math.max(window.start.getTime(), bounds.start.getTime()), bounds.end.getTime() - length);
  return { start: new Date(start), end: new Date(start + length) };
}

/**
 * `window` moved by `count` steps (negative: earlier), both ends, stopping flush with the bounds at its length.
 * (The timeline's `panWindow` moves by a fraction of the window instead; the names keep the two apart.)
 */
export function shiftWindow(window: TimeWindow, step: TimeStep, count: number, bounds: TimeWindow): TimeWindow {
  const moved = { start: step(window.start, count), end: step(window.end, count) };
  // Calendar steps change a window's length (a leap year more or less): past a bound, the window as it was goes
  // flush with it, so two years stay two years from 1 January to 1 January.
  const length = window.end.getTime() - window.start.getTime();
  if (moved.end > bounds.end)
    return clampWindow({ start: new Date(bounds.end.getTime() - length), end: bounds.end }, bounds);
  if (moved.start < bounds.start)
    return clampWindow({ start: bounds.start, end: new Date(bounds.start.getTime() + length) }, bounds);
  return moved;
}

/**
 * `window` scaled about its centre by `factor` (below 1 narrows), never narrower than `narrowest` ms (default two
 * days) nor wider than the bounds, and rounded to whole UTC days. A window already narrower stays as it is when
 * narrowed: narrowing never widens.
 */
export function zoomWindow(window: TimeWindow, factor: number, bounds: TimeWindow, narrowest = 2 * DAY_MS): TimeWindow {
  const centre = (window.start.getTime() + window.end.getTime()) / 2;
  const full = bounds.end.getTime() - bounds.start.getTime();
  const current = window.end.getTime() - window.start.getTime();
  const length = Math.round((current * factor) / DAY_MS) * DAY_MS;
  const least = Math.ceil(narrowest / DAY_MS) * DAY_MS;
  const clamped = Math.min(Math.max(length, factor < 1 ? Math.min(least, current) : least), full);
  const start = Math.round((centre - clamped / 2) / DAY_MS) * DAY_MS;
  return clampWindow({ start: new Date(start), end: new Date(start + clamped) }, bounds);
}
