/**
 * EDTF dates (ISO 8601-2), level 1 in full: what a parsed date is (`DateSpan`, parsed in `edtf-parse.ts`) and readable
 * formatting with Intl.
 * Days, months, years and times of day; approximate (`~`), uncertain (`?`) and both (`%`); unspecified digits
 * (`2024-10-XX`, `198X`); seasons (`2024-21`); years before the common era (`-0489`, astronomical numbering, so
 * that is 490 BCE) and letter-prefixed years (`Y-12000`); intervals with open (`..`) or unknown (empty) ends.
 * All times are UTC.
 */
import { DAY_MS } from './time.js';
import { utcYear, type Point } from './edtf-parse.js';
import { msg, str } from '@lit/localize';
import { intlLocale } from '../i18n/intl-locale.js';

export { MAX_YEAR, MIN_YEAR, parseEdtf } from './edtf-parse.js';

export type DatePrecision = 'time' | 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** A span of time shown on screen (the timeline's window, the overview's brush). */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/** How sure one end of an interval is. */
export interface Qualifiers {
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/** How an interval's end is missing: `open` (`..`, it goes on) or `unknown` (empty: it ends, no one says when). */
export type OpenEnd = 'open' | 'unknown';

/** A parsed EDTF date: the span of time it may denote, and how sure it is. */
export interface DateSpan {
  /** The EDTF string as written in the data. */
  readonly edtf: string;
  /**
   * First millisecond the date may denote (UTC). For an interval whose start is open or unknown, the first
   * millisecond of its known end: what can be drawn and sorted.
   */
  readonly start: number;
  /** Last millisecond the date may denote (UTC); for an open or unknown end, the last of the known start. */
  readonly end: number;
  /** Precision of the (lower bound of the) date, after unspecified digits: `2024-10-XX` is a month. */
  readonly precision: DatePrecision;
  /** Precision of the upper bound of an interval; the same as `precision` otherwise. */
  readonly endPrecision?: DatePrecision;
  /** `~`: the date is approximately right. */
  readonly approximate: boolean;
  /** `?`: the source is not sure of the date. */
  readonly uncertain: boolean;
  /**
   * For an interval whose two ends are not qualified alike (`-0459~/-0453`), which end is approximate or uncertain;
   * `approximate` and `uncertain` above then say whether either is.
   */
  readonly ends?: { readonly start: Qualifiers; readonly end: Qualifiers };
  /** `a/b`: the date lies somewhere between two dates. */
  readonly interval: boolean;
  /** Digits given as X: `2024-10-XX` is some day in October 2024, not October as a whole. */
  readonly unspecified?: boolean;
  /** The season or quarter of a season date (21 to 41). */
  readonly season?: number;
  /** A start that is open (`../2024`) or unknown (`/2024`). */
  readonly openStart?: OpenEnd;
  /** An end that is open (`2024/..`) or unknown (`2024/`). */
  readonly openEnd?: OpenEnd;
}

export type DateParse = { ok: true; value: DateSpan } | { ok: false; message: string };

const SEASON_NAMES: Readonly<Record<number, string>> = {
  21: 'spring',
  22: 'summer',
  23: 'autumn',
  24: 'winter',
  25: 'spring (north)',
  26: 'summer (north)',
  27: 'autumn (north)',
  28: 'winter (north)',
  29: 'spring (south)',
  30: 'summer (south)',
  31: 'autumn (south)',
  32: 'winter (south)',
  33: 'Q1',
  34: 'Q2',
  35: 'Q3',
  36: 'Q4',
  37: 'first third of',
  38: 'second third of',
  39: 'last third of',
  40: 'first half of',
  41: 'second half of',
};

/** True when the date is one known day (or moment): drawn as a point, not a fuzzy range. */
export function isExactDay(span: DateSpan): boolean {
  return (
    (span.precision === 'day' || span.precision === 'time') &&
    !span.interval &&
    !span.approximate &&
    !span.uncertain &&
    !span.unspecified
  );
}

/** Number of whole days the span covers. */
export function spanDays(span: DateSpan): number {
  return Math.round((span.end + 1 - span.start) / DAY_MS);
}

export interface FormatOptions {
  /** BCP 47 locale; defaults to the interface's (British English, day month year, unless another is chosen). */
  locale?: string;
  /** `short`: "22 Oct 2024"; `long`: "22 October 2024". */
  style?: 'short' | 'long';
}

/** Intl formatters are costly to create; there are only a few kinds. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision, style: 'short' | 'long', era: boolean) {
  const key = `${locale}|${precision}|${style}|${era}`;
  let format = formatters.get(key);
  if (!format) {
    const month = style === 'long' ? 'long' : 'short';
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision === 'month' || precision === 'day' || precision === 'time') options.month = month;
    if (precision === 'day' || precision === 'time') options.day = 'numeric';
    if (precision === 'time') Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    if (era) options.era = 'short';
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * Intl's text for each date and range already written, by formatter and instant(s): the views write the same dates
 * again and again (every excerpt its article's), and each call costs far more than a look-up. Emptied when full.
 */
const written = new Map<string, string>();
const WRITTEN_MAX = 20_000;

function intlText(key: string, write: () => string): string {
  let text = written.get(key);
  if (text === undefined) {
    text = write();
    if (written.size >= WRITTEN_MAX) written.clear();
    written.set(key, text);
  }
  return text;
}

/**
 * Makes the interface language's first date formatter now: the first loads ICU's date data (about 14 ms in Chromium,
 * 50 on a slow phone), a cost better paid in a turn of its own than inside the first frame's.
 */
export function prepareDateFormatting(locale = intlLocale()): void {
  formatter(locale, 'day', 'short', false).format(0);
}

/** Intl's era names, in English written BCE and CE (the form schools and museums use). */
function eraText(part: Intl.DateTimeFormatPart, locale: string): string {
  if (part.type !== 'era' || !/^en\b/i.test(locale)) return part.value;
  return part.value === 'BC' ? 'BCE' : part.value === 'AD' ? 'CE' : part.value;
}

/** Intl puts thin spaces around range dashes and before units; plain spaces keep the text predictable. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

/** Years before 1000 CE get their era: "490 BCE", "79 CE". */
const needsEra = (ms: number) => new Date(ms).getUTCFullYear() < 1000;

/** A year as a reader says it: "490 BCE", "2024". */
export function yearText(year: number, locale = intlLocale()): string {
  return formatPoint({ min: utcYear(year), precision: 'year' }, locale, 'short', year < 1000);
}

function formatPoint(
  point: Pick<Point, 'min' | 'precision'> & { season?: number | undefined },
  locale: string,
  style: 'short' | 'long',
  era = needsEra(point.min),
): string {
  const year = new Date(point.min).getUTCFullYear();
  if (point.precision === 'decade' || point.precision === 'century') {
    // "1980s", "1900s"; BCE decades are rare enough to be written as their first year's span.
    const step = point.precision === 'decade' ? 10 : 100;
    const first = Math.floor(year / step) * step;
    return first > 0 ? `${first}s` : `${yearText(first, locale)} – ${yearText(first + step - 1, locale)}`;
  }
  if (point.precision === 'season') {
    const name = SEASON_NAMES[point.season ?? 0] ?? '';
    return `${name} ${formatPoint({ min: point.min, precision: 'year' }, locale, style, era)}`;
  }
  return intlText(`${locale}|${point.precision}|${style}|${era}|${point.min}`, () => {
    const parts = formatter(locale, point.precision, style, era).formatToParts(point.min);
    const text = parts.map((part) => eraText(part, locale)).join('');
    return plainSpaces(point.precision === 'time' ? `${text} UTC` : text);
  });
}

const INTL_PRECISIONS = new Set<DatePrecision>(['time', 'day', 'month', 'year']);

/** The known part of a span: a date, or a range of two. */
function formatKnown(span: DateSpan, locale: string, style: 'short' | 'long'): string {
  const era = needsEra(span.start);
  if (!span.interval || span.openStart || span.openEnd) {
    // One point: the date itself, or the known end of an open interval.
    const point = span.openStart
      ? { min: span.end, precision: span.endPrecision ?? span.precision }
      : { min: span.start, precision: span.precision, season: span.season };
    return formatPoint(point, locale, style, era);
  }
  const endPrecision = span.endPrecision ?? span.precision;
  if (endPrecision === span.precision && INTL_PRECISIONS.has(span.precision) && !span.ends) {
    return intlText(`${locale}|${span.precision}|${style}|${era}|${span.start}|${span.end}`, () => {
      const parts = formatter(locale, span.precision, style, era).formatRangeToParts(span.start, span.end);
      const text = plainSpaces(parts.map((part) => eraText(part, locale)).join(''));
      return span.precision === 'time' ? `${text} UTC` : text;
    });
  }
  const first = formatPoint({ min: span.start, precision: span.precision, season: span.season }, locale, style, era);
  const last = formatPoint({ min: span.end, precision: endPrecision }, locale, style, era);
  // Ends qualified differently say so each: "about 460 BCE – 454 BCE".
  const ends = span.ends;
  if (ends) return `${qualified(first, ends.start)} – ${qualified(last, ends.end)}`;
  return `${first} – ${last}`;
}

/** "about 460 BCE", "460 BCE (uncertain)". */
function qualified(text: string, { approximate, uncertain }: Qualifiers): string {
  const about = approximate ? msg(str`about ${text}`) : text;
  return uncertain ? msg(str`${about} (uncertain)`) : about;
}

/** What the unspecified digits leave unknown: "day unknown". */
function unspecifiedText(span: DateSpan): string {
  if (!span.unspecified) return '';
  if (span.precision === 'month') return msg(', day unknown');
  if (span.precision === 'year') return msg(', month and day unknown');
  return '';
}

/**
 * A readable date that keeps the qualifiers: "22 Oct 2024", "about Oct 2024", "22 Oct 2024 (uncertain)",
 * "27–28 Oct 2024", "Sept – Dec 2022", "490 BCE", "spring 2024", "1980s", "Oct 2024, day unknown",
 * "until 18 Oct 2024", "from 17 Oct 2024 on", "17 Oct 2024 – end unknown".
 */
export function formatDateSpan(span: DateSpan, options: FormatOptions = {}): string {
  const locale = options.locale ?? intlLocale();
  const style = options.style ?? 'short';
  let text = formatKnown(span, locale, style) + unspecifiedText(span);
  const open = span.openStart ?? span.openEnd;
  // The qualifiers belong to the known date: "from about 430 BCE on", "until 18 Oct 2024 (uncertain)".
  if (open || !span.ends) text = qualified(text, span);
  if (span.openStart === 'open') text = msg(str`until ${text}`);
  else if (span.openStart === 'unknown') text = msg(str`start unknown – ${text}`);
  if (span.openEnd === 'open') text = msg(str`from ${text} on`);
  else if (span.openEnd === 'unknown') text = msg(str`${text} – end unknown`);
  return text;
}

/** A moment as a day readers can read: "22 Oct 2024", "12 Sept 490 BCE". */
export function formatDay(ms: number | Date, options: FormatOptions = {}): string {
  const time = typeof ms === 'number' ? ms : ms.getTime();
  return formatPoint({ min: time, precision: 'day' }, options.locale ?? intlLocale(), options.style ?? 'short');
}

/** A window of whole days as readers see it: "20 – 24 Oct 2024" (the end is exclusive). */
export function formatWindow(window: { start: number; end: number }, options: FormatOptions = {}): string {
  return formatDateSpan(
    {
      edtf: '',
      start: window.start,
      end: Math.max(window.start, window.end - 1),
      precision: 'day',
      approximate: false,
      uncertain: false,
      interval: true,
    },
    options,
  );
}
