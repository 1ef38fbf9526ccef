/**
 * Time constants and ranges shared by the data layer, the timeline and the charts. Times are UTC milliseconds.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
/** An average Gregorian year, for scales and rough lengths (never for calendar arithmetic). */
export const YEAR_MS = 365.2425 * DAY_MS;

/**
 * A span of time in UTC milliseconds, both ends included, as a date's span is (`DateSpan`: first and last
 * millisecond): a moment has `start === end`. A `TimeWindow` (the Dates a view shows) is half-open instead.
 */
export interface TimeRange {
  start: number;
  end: number;
}

/** Whether two ranges share at least one millisecond (ends included, so a moment on an edge counts). */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The earliest start and the latest end of `ranges`, or undefined when there are none. */
export function boundsOf(ranges: Iterable<TimeRange>): TimeRange | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const range of ranges) {
    start = Math.min(start, range.start);
    end = Math.max(end, range.end);
  }
  return start <= end ? { start, end } : undefined;
}
