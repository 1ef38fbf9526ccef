/**
 * Parsing EDTF dates (see `dates.ts` for what they are): the common forms (a year, month or day of years 0 to 9999,
 * with one qualifier at the end, and intervals of them) by a pattern, every other form by the `edtf` package's
 * grammar, which is thorough and slow (about half a millisecond a date). Both give the same span for the same input
 * (a property test holds them to it), and every result is cached.
 */
import edtf, { parse, type EdtfValue } from 'edtf';
import type { DatePrecision, DateParse, DateSpan, OpenEnd } from './dates.js';
import { DAY_MS } from './time.js';

/**
 * The years a date may fall in: a browser's dates reach about 271,821 BCE to 275,760 CE; the margin leaves room
 * to draw around the first and last events.
 */
export const MIN_YEAR = -269_999;
export const MAX_YEAR = 270_000;
/**
 * The years a browser can place, in words. A function, not a constant: a page's first number formatting loads
 * its locale data (15 to 25 ms in Chromium), which no page should pay while its modules load.
 */
export const rangeText = (): string =>
  `the years a browser can place (${(1 - MIN_YEAR).toLocaleString('en')} BCE to ${MAX_YEAR.toLocaleString('en')} CE)`;
export const MIN_MS = utcYear(MIN_YEAR);
export const MAX_MS = utcYear(MAX_YEAR + 1) - 1;

/** The first millisecond of a year (astronomical numbering: 0 is 1 BCE), which `Date.UTC` maps for 0 to 99. */
export function utcYear(year: number, month = 0, day = 1): number {
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

/**
 * Forgets every date parsed so far: for the page's early screen, whose bundle parses common forms only until it has
 * loaded the grammar (src/first-screen/lazy-grammar.ts), after which dates refused before may parse.
 */
export function forgetParsedDates(): void {
  parsedCache.clear();
}

/** One end of an interval, or a whole date, as the drawing and the formatting need it. */
export interface Point {
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
export const SEASON_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
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
    return `beyond ${rangeText()}`;
  }
  if (min < MIN_MS || max > MAX_MS) return `beyond ${rangeText()}`;
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

/**
 * A year (1000 to 9999), month or day, with at most one qualifier after it: the forms datasets mostly use. Earlier
 * years go to the grammar, whose spans for years 0 to 99 differ (its day after 28 February 0 is 1 March).
 */
const PLAIN = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

/** One plain date as a point, or undefined when it is not one (a season, a day the month lacks, another form). */
function plainPoint(text: string): Point | undefined {
  const match = PLAIN.exec(text);
  if (!match) return undefined;
  const [, y = '', m, d, q] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m) - 1;
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 0 || month > 11)) return undefined;
  const approximate = q === '~' || q === '%';
  const uncertain = q === '?' || q === '%';
  const base = { approximate, uncertain, unspecified: false };
  if (month === undefined) return { min: utcYear(year), max: utcYear(year + 1) - 1, precision: 'year', ...base };
  if (day === undefined) {
    return { min: utcYear(year, month), max: utcYear(year, month + 1) - 1, precision: 'month', ...base };
  }
  const min = utcYear(year, month, day);
  // 2023-02-29 would roll over into March: not a day of that month.
  if (day < 1 || new Date(min).getUTCDate() !== day) return undefined;
  return { min, max: min + DAY_MS - 1, precision: 'day', ...base };
}

/**
 * The span of a plain date or an interval of plain dates (an end may be open, `..`, or unknown, empty), without the
 * grammar; undefined for any other input, which the grammar then reads (and explains when it is invalid).
 */
export function fastParse(input: string): DateSpan | undefined {
  const slash = input.indexOf('/');
  if (slash < 0) {
    const point = plainPoint(input);
    return point && { edtf: input, ...spanOf(point, point), interval: false };
  }
  type End = Point | OpenEnd;
  const end = (text: string): End | undefined => (text === '..' ? 'open' : text === '' ? 'unknown' : plainPoint(text));
  const lower = end(input.slice(0, slash));
  const upper = end(input.slice(slash + 1));
  if (lower === undefined || upper === undefined) return undefined;
  const first = typeof lower === 'string' ? upper : lower;
  const last = typeof upper === 'string' ? lower : upper;
  if (typeof first === 'string' || typeof last === 'string') return undefined;
  // The grammar takes an interval of two known ends only when the first starts before the second does ("2024/2024"
  // and "2024/2024-01" are refused): those it refuses, and reversed ones, are left to it and its message.
  if (typeof lower !== 'string' && typeof upper !== 'string' && lower.min >= upper.min) return undefined;
  return {
    edtf: input,
    ...spanOf(first, last),
    interval: true,
    ...(typeof lower === 'string' ? { openStart: lower } : {}),
    ...(typeof upper === 'string' ? { openEnd: upper } : {}),
  };
}

const POINT_TYPES = new Set(['Date', 'Season', 'Year', 'Decade', 'Century']);

function parseUncached(input: string): DateParse {
  const fast = typeof input === 'string' ? fastParse(input) : undefined;
  return fast ? { ok: true, value: fast } : grammarParse(input);
}

/** Parses with the edtf package's grammar only (exported for the test that holds `fastParse` to it). */
export function grammarParse(input: string): DateParse {
  const invalid = (why: string): DateParse => ({ ok: false, message: `invalid date "${input}": ${why}` });
  if (typeof input !== 'string' || input.trim() !== input || input === '') {
    return invalid('not an EDTF string');
  }
  let parsed: EdtfValue, type: string;
  try {
    // The parse tree's `type` is reliable; the objects' own `type` is a class name a minifier may rename. The tree
    // is parsed once: `edtf` builds its value from it.
    const tree = parse(input);
    type = tree.type;
    parsed = edtf(tree);
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

export function spanOf(first: Point, last: Point): Omit<DateSpan, 'edtf' | 'interval'> {
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
