/**
 * Time constants and ranges shared by the data layer, the timeline and the charts. Times are UTC milliseconds.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
/** An average Gregorian year, for scales and rough lengths (never for calendar arithmetic). */
export const YEAR_MS = 365.2425 * DAY_MS;
