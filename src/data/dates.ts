/**
 * EDTF dates (ISO 8601-2), level 1 in full: parsing with the `edtf` package and readable formatting with Intl.
 * Days, months, years and times of day; approximate (`~`), uncertain (`?`) and both (`%`); unspecified digits
 * (`2024-10-XX`, `198X`); seasons (`2024-21`); years before the common era (`-0489`, astronomical numbering, so
 * that is 490 BCE) and letter-prefixed years (`Y-12000`); intervals with open (`..`) or unknown (empty) ends.
 * All times are UTC.
 */
import edtf, { parse, type EdtfValue } from 'edtf';
import { DAY_MS } from './time.js';

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

/**
 * The years a date may fall in: a browser's dates reach about 271,821 BCE to 275,760 CE; the margin leaves room
 * to draw around the first and last events.
 */
export const MIN_YEAR = -269_999;
export const MAX_YEAR = 270_000;
const RANGE_TEXT = `the years a browser can place (${(1 - MIN_YEAR).toLocaleString('en')} BCE to ${MAX_YEAR.toLocaleString('en')} CE)`;
const MIN_MS = utcYear(MIN_YEAR);
const MAX_MS = utcYear(MAX_YEAR + 1) - 1;

/** The first millisecond of a year (astronomical numbering: 0 is 1 BCE), which `Date.UTC` maps for 0 to 99. */
function utcYear(year: number, month = 0, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** Parsed dates by input: the edtf grammar is slow, and datasets repeat dates (validation parses, then indexing). */
const parsedCache = new Map<string, DateParse>();
const CACHE_LIMIT = 50_000;

/** Parses an EDTF date or interval; never throws. Results are cached and must not be changed. */
export function parseEdtf(input: string): DateParse {
  if (typeof input !== 'string') return parseUncached(input);
  const cached = parsedCache.get(input);
  if (cached) return cached;
  const result = parseUncached(input);
  if (parsedCache.size >= CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(input, result);
  return result;
}

/** One end of an interval, or a whole date, as the drawing and the formatting need it. */
interface Point {
  min: number;
  max: number;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  unspecified: boolean;
  season?: number;
}

const PRECISION: Record<number, DatePrecision> = { 0: 'time', 1: 'year', 2: 'month', 3: 'day' };

/**
 * Seasons as months [first, last] (0-11; past 11 runs into the next year). EDTF leaves their bounds open; the
 * edtf package maps spring to January-March. Here: meteorological seasons of the northern hemisphere for 21-24
 * and 25-28, of the southern for 29-32, then quarters, quadrimesters and semesters.
 */
const SEASON_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
  21: [2, 4],
  22: [5, 7],
  23: [8, 10],
  24: [11, 13],
  25: [2, 4],
  26: [5, 7],
  27: [8, 10],
  28: [11, 13],
  29: [8, 10],
  30: [11, 13],
  31: [2, 4],
  32: [5, 7],
  33: [0, 2],
  34: [3, 5],
  35: [6, 8],
  36: [9, 11],
  37: [0, 3],
  38: [4, 7],
  39: [8, 11],
  40: [0, 5],
  41: [6, 11],
};

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

/** Bits of edtf's `unspecified` mask, one per digit of YYYYMMDD. */
const UNSPECIFIED_DAY = 0b11000000;
const UNSPECIFIED_MONTH = 0b00110000;
const UNSPECIFIED_DECADE = 0b00001000;
const UNSPECIFIED_CENTURY = 0b00000100;

const flag = (part: { value: number } | undefined): boolean => (part?.value ?? 0) !== 0;

/** A date, a season or a year of the edtf package as a point, or a message saying why it cannot be one. */
function toPoint(value: EdtfValue, type: string): Point | string {
  const { min, max } = value;
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max)) {
    return `beyond ${RANGE_TEXT}`;
  }
  if (min < MIN_MS || max > MAX_MS) return `beyond ${RANGE_TEXT}`;
  const approximate = flag(value.approximate);
  const uncertain = flag(value.uncertain);
  if (type === 'Season') {
    const season = value.season ?? 0;
    const months = SEASON_MONTHS[season];
    const year = value.year ?? new Date(min).getUTCFullYear();
    if (!months) return `season ${season} is not one EDTF defines (21 to 41)`;
    return {
      min: utcYear(year, months[0]),
      max: utcYear(year, months[1] + 1) - 1,
      precision: 'season',
      approximate,
      uncertain,
      unspecified: false,
      season,
    };
  }
  if (type === 'Decade' || type === 'Century') {
    return {
      min,
      max,
      precision: type === 'Decade' ? 'decade' : 'century',
      approximate,
      uncertain,
      unspecified: false,
    };
  }
  if (type === 'Year') return { min, max, precision: 'year', approximate, uncertain, unspecified: false };
  const mask = value.unspecified?.value ?? 0;
  let precision = PRECISION[value.precision ?? 3] ?? 'day';
  if (mask & UNSPECIFIED_CENTURY) precision = 'century';
  else if (mask & UNSPECIFIED_DECADE) precision = 'decade';
  else if (mask & UNSPECIFIED_MONTH) precision = 'year';
  else if (mask & UNSPECIFIED_DAY) precision = 'month';
  return { min, max, precision, approximate, uncertain, unspecified: mask !== 0 };
}

const POINT_TYPES = new Set(['Date', 'Season', 'Year', 'Decade', 'Century']);

function parseUncached(input: string): DateParse {
  const invalid = (why: string): DateParse => ({ ok: false, message: `invalid date "${input}": ${why}` });
  if (typeof input !== 'string' || input.trim() !== input || input === '') {
    return invalid('not an EDTF string');
  }
  let parsed: EdtfValue, type: string;
  try {
    // The parse tree's `type` is reliable; the objects' own `type` is a class name a minifier may rename.
    type = parse(input).type;
    parsed = edtf(input);
  } catch {
    return invalid('not a valid EDTF date');
  }
  if (POINT_TYPES.has(type)) {
    const point = toPoint(parsed, type);
    if (typeof point === 'string') return invalid(point);
    return { ok: true, value: { edtf: input, ...spanOf(point, point), interval: false } };
  }
  if (type !== 'Interval') {
    return invalid(`EDTF ${type.toLowerCase()}s (one of, all of) are not supported; use a date or an interval`);
  }
  /** An end: a point, how it is missing, or why it cannot be placed. */
  type End = { point: Point } | { missing: OpenEnd } | { problem: string };
  const toEnd = (end: EdtfValue | number | null | undefined): End => {
    if (end === null || end === undefined) return { missing: 'unknown' };
    if (typeof end === 'number') return { missing: 'open' };
    const point = toPoint(end, end.season === undefined ? 'Date' : 'Season');
    return typeof point === 'string' ? { problem: point } : { point };
  };
  const [lower, upper] = [toEnd(parsed.lower), toEnd(parsed.upper)];
  for (const end of [lower, upper]) if ('problem' in end) return invalid(end.problem);
  const known = [lower, upper].flatMap((end) => ('point' in end ? [end.point] : []));
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return invalid('an interval needs at least one known end');
  if (first.min > last.max) return invalid('the interval ends before it starts');
  return {
    ok: true,
    value: {
      edtf: input,
      ...spanOf(first, last),
      interval: true,
      ...('missing' in lower ? { openStart: lower.missing } : {}),
      ...('missing' in upper ? { openEnd: upper.missing } : {}),
    },
  };
}

function spanOf(first: Point, last: Point): Omit<DateSpan, 'edtf' | 'interval'> {
  return {
    start: first.min,
    end: last.max,
    precision: first.precision,
    ...(last.precision === first.precision ? {} : { endPrecision: last.precision }),
    approximate: first.approximate || last.approximate,
    uncertain: first.uncertain || last.uncertain,
    ...(first.unspecified || last.unspecified ? { unspecified: true } : {}),
    ...(first.season === undefined ? {} : { season: first.season }),
    ...(first.approximate === last.approximate && first.uncertain === last.uncertain
      ? {}
      : {
          ends: {
            start: { approximate: first.approximate, uncertain: first.uncertain },
            end: { approximate: last.approximate, uncertain: last.uncertain },
          },
        }),
  };
}

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
  /** BCP 47 locale; defaults to British English (day month year, unambiguous). */
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
export function yearText(year: number, locale = 'en-GB'): string {
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
  const parts = formatter(locale, point.precision, style, era).formatToParts(point.min);
  const text = parts.map((part) => eraText(part, locale)).join('');
  return plainSpaces(point.precision === 'time' ? `${text} UTC` : text);
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
    const parts = formatter(locale, span.precision, style, era).formatRangeToParts(span.start, span.end);
    const text = plainSpaces(parts.map((part) => eraText(part, locale)).join(''));
    return span.precision === 'time' ? `${text} UTC` : text;
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
  const about = approximate ? `about ${text}` : text;
  return uncertain ? `${about} (uncertain)` : about;
}

/** What the unspecified digits leave unknown: "day unknown". */
function unspecifiedText(span: DateSpan): string {
  if (!span.unspecified) return '';
  if (span.precision === 'month') return ', day unknown';
  if (span.precision === 'year') return ', month and day unknown';
  return '';
}

/**
 * A readable date that keeps the qualifiers: "22 Oct 2024", "about Oct 2024", "22 Oct 2024 (uncertain)",
 * "27–28 Oct 2024", "Sept – Dec 2022", "490 BCE", "spring 2024", "1980s", "Oct 2024, day unknown",
 * "until 18 Oct 2024", "from 17 Oct 2024 on", "17 Oct 2024 – end unknown".
 */
export function formatDateSpan(span: DateSpan, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const style = options.style ?? 'short';
  let text = formatKnown(span, locale, style) + unspecifiedText(span);
  const open = span.openStart ?? span.openEnd;
  // The qualifiers belong to the known date: "from about 430 BCE on", "until 18 Oct 2024 (uncertain)".
  if (open || !span.ends) text = qualified(text, span);
  if (span.openStart === 'open') text = `until ${text}`;
  else if (span.openStart === 'unknown') text = `start unknown – ${text}`;
  if (span.openEnd === 'open') text = `from ${text} on`;
  else if (span.openEnd === 'unknown') text = `${text} – end unknown`;
  return text;
}

/** A moment as a day readers can read: "22 Oct 2024", "12 Sept 490 BCE". */
export function formatDay(ms: number | Date, options: FormatOptions = {}): string {
  const time = typeof ms === 'number' ? ms : ms.getTime();
  return formatPoint({ min: time, precision: 'day' }, options.locale ?? 'en-GB', options.style ?? 'short');
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
