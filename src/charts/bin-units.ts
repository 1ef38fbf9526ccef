/**
 * The units the overview strip counts events in, from weeks to centuries: the finest that gives a dataset at most
 * `MAX_BINS` bars, so one autumn gets weeks and seventy years BCE get years. Pure.
 *
 * Decades and centuries are the ones readers name: "the 490s BCE" is 499–490 BCE, astronomical years -498 to -489.
 * d3's `utcYear.every(10)` cuts astronomical years instead (-500 to -491, that is 501–492 BCE), which no label
 * could name, so those two units have an interval of their own.
 */
import { timeInterval, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatDateSpan, yearText, type TimeWindow } from '../data/dates.js';
import { DAY_MS, WEEK_MS, YEAR_MS } from '../data/time.js';
import { intlLocale } from '../i18n/intl-locale.js';

export type UnitName = 'week' | 'month' | 'year' | 'decade' | 'century';

export interface BinUnit {
  readonly name: UnitName;
  readonly plural: string;
  /** The bins' boundaries: Mondays, firsts of months, 1 January of years, decades and centuries as readers count. */
  readonly interval: TimeInterval;
  /** Moves a date by whole units, for the keys: calendar months and years, so a window on 1 January stays there. */
  readonly offset: (date: Date, count: number) => Date;
  /** The longest a bin gets (a leap year): an event no longer than this counts as dated within a bin. */
  readonly longest: number;
  /** The narrowest window the keys make: two days for weeks (a week is too coarse to read), else the shortest bin. */
  readonly narrowest: number;
  /** Average length, to count the bins of a span without listing them. */
  readonly average: number;
}

/** More bars than this are thinner than a few pixels on a phone, and a strip of them reads as a grey smear. */
export const MAX_BINS = 120;

/** Index of the `step`-year span (decade, century) holding astronomical `year`: 1–9 CE is 0, 9–1 BCE is -1. */
const spanIndex = (year: number, step: number) =>
  year >= 1 ? Math.floor(year / step) : -Math.floor((1 - year) / step) - 1;

/** First astronomical year of span `index`. There is no year 0 CE, so the spans next to the era have step - 1 years. */
const spanStart = (index: number, step: number) => (index >= 0 ? Math.max(1, index * step) : 2 + step * index);

/** Spans of `step` years as readers count them on both sides of the era; see the module's comment. */
export function readersYears(step: number): TimeInterval {
  return timeInterval(
    (date) => {
      date.setUTCFullYear(spanStart(spanIndex(date.getUTCFullYear(), step), step), 0, 1);
      date.setUTCHours(0, 0, 0, 0);
    },
    // Used by d3 on floored dates only (range, ceil): moves to the start of the span `count` spans on.
    (date, count) => {
      date.setUTCFullYear(spanStart(spanIndex(date.getUTCFullYear(), step) + count, step), 0, 1);
    },
  );
}

const years = (n: number) => (date: Date, count: number) => utcYear.offset(date, n * count);

export const UNITS: readonly BinUnit[] = [
  {
    name: 'week',
    plural: 'weeks',
    interval: utcMonday,
    offset: (date, count) => utcMonday.offset(date, count),
    longest: WEEK_MS,
    narrowest: 2 * DAY_MS,
    average: WEEK_MS,
  },
  {
    name: 'month',
    plural: 'months',
    interval: utcMonth,
    offset: (date, count) => utcMonth.offset(date, count),
    longest: 31 * DAY_MS,
    narrowest: 28 * DAY_MS,
    average: YEAR_MS / 12,
  },
  {
    name: 'year',
    plural: 'years',
    interval: utcYear,
    offset: years(1),
    longest: 366 * DAY_MS,
    narrowest: 365 * DAY_MS,
    average: YEAR_MS,
  },
  {
    name: 'decade',
    plural: 'decades',
    interval: readersYears(10),
    offset: years(10),
    longest: 3653 * DAY_MS,
    narrowest: 3652 * DAY_MS,
    average: 10 * YEAR_MS,
  },
  {
    name: 'century',
    plural: 'centuries',
    interval: readersYears(100),
    offset: years(100),
    longest: 36_525 * DAY_MS,
    narrowest: 36_524 * DAY_MS,
    average: 100 * YEAR_MS,
  },
];

/** The weekly panel covers whole months, which its axis names; the others end at their bins. */
function panelOf(unit: BinUnit, first: Date, last: Date): TimeWindow {
  const after = new Date(last.getTime() + 1);
  if (unit.name === 'week')
    return { start: utcMonday.floor(utcMonth.floor(first)), end: utcMonday.ceil(utcMonth.ceil(after)) };
  return { start: unit.interval.floor(first), end: unit.interval.ceil(after) };
}

/**
 * The finest unit whose panel over `first` to `last` (inclusive) has at most `MAX_BINS` bins, and that panel;
 * centuries past that, however many there are.
 */
export function chooseUnit(first: Date, last: Date): { unit: BinUnit; main: TimeWindow } {
  for (const unit of UNITS) {
    const main = panelOf(unit, first, last);
    if (Math.round((main.end.getTime() - main.start.getTime()) / unit.average) <= MAX_BINS) return { unit, main };
  }
  const century = UNITS[UNITS.length - 1] as BinUnit;
  return { unit: century, main: panelOf(century, first, last) };
}

/** A year as readers number it, for choosing which to label: 490 for 490 BCE, 2024 for 2024. */
export const readersYear = (year: number) => (year >= 1 ? year : 1 - year);

/** "490s BCE", "1980s", "400s CE", "1–9 CE": the span of `step` years starting at `start`. */
export function spanText(start: Date, step: number, locale = intlLocale()): string {
  const year = start.getUTCFullYear();
  const first = Math.floor(readersYear(year) / step) * step;
  // The spans next to the era have no "0s": 1–9 CE and 9–1 BCE.
  if (first === 0)
    return yearText(year >= 1 ? 1 : 0, locale).replace(/\d+/, year >= 1 ? `1–${step - 1}` : `${step - 1}–1`);
  return yearText(year >= 1 ? first : 1 - first, locale).replace(/\d+/, (digits) => `${digits}s`);
}

/** A bin in words, for the summary: "21–27 Oct", "Oct 2024", "479 BCE", "480s BCE", "400s BCE". */
export function binText(unit: BinUnit, start: Date, locale = intlLocale()): string {
  switch (unit.name) {
    case 'week':
      return (
        new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
          .formatRange(start, new Date(start.getTime() + WEEK_MS - DAY_MS))
          .replace(/[\u2009\u202f]/g, ' ')
          // ICU versions differ on spaces in "21–27 Oct"; keep them only between two dates ("28 Oct – 3 Nov").
          .replace(/^(\d+)\s*–\s*(\d+) /, '$1–$2 ')
      );
    case 'month': {
      const month = { start: start.getTime(), end: start.getTime(), precision: 'month' } as const;
      return formatDateSpan({ edtf: '', ...month, approximate: false, uncertain: false, interval: false }, { locale });
    }
    case 'year':
      return yearText(start.getUTCFullYear(), locale);
    case 'decade':
      return spanText(start, 10, locale);
    case 'century':
      return spanText(start, 100, locale);
  }
}
