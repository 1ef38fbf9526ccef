/**
 * EDTF dates (ISO 8601-2): parsing with the `edtf` package and readable formatting
 * with Intl. All times are UTC; the dataset speaks in whole days.
 */
import edtf, { parse } from 'edtf';

export type DatePrecision = 'year' | 'month' | 'day';

/** A span of time shown on screen (the timeline's window, the overview's brush). */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/** A parsed EDTF date: the span of time it may denote, and how sure it is. */
export interface DateSpan {
  /** The EDTF string as written in the data. */
  readonly edtf: string;
  /** First millisecond the date may denote (UTC). */
  readonly start: number;
  /** Last millisecond the date may denote (UTC). */
  readonly end: number;
  /** Precision of the (lower bound of the) date. */
  readonly precision: DatePrecision;
  /** `~`: the date is approximately right. */
  readonly approximate: boolean;
  /** `?`: the source is not sure of the date. */
  readonly uncertain: boolean;
  /** `a/b`: the date lies somewhere between two dates. */
  readonly interval: boolean;
}

export type DateParse = { ok: true; value: DateSpan } | { ok: false; message: string };

const PRECISION: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };

/** Parsed dates by input: the edtf grammar is slow, and datasets repeat dates (validation parses, then indexing). */
const parsedCache = new Map<string, DateParse>();
const CACHE_LIMIT = 50_000;

/** Parses an EDTF date or closed interval; never throws. Results are cached and must not be changed. */
export function parseEdtf(input: string): DateParse {
  if (typeof input !== 'string') return parseUncached(input);
  const cached = parsedCache.get(input);
  if (cached) return cached;
  const result = parseUncached(input);
  if (parsedCache.size >= CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(input, result);
  return result;
}

function parseUncached(input: string): DateParse {
  const invalid = (why: string): DateParse => ({ ok: false, message: `invalid date "${input}": ${why}` });
  if (typeof input !== 'string' || input.trim() !== input || input === '') {
    return invalid('not an EDTF string');
  }
  let parsed, type;
  try {
    // The parse tree's `type` is reliable; the objects' own `type` is a class name a minifier may rename.
    type = parse(input).type;
    parsed = edtf(input);
  } catch {
    return invalid('not a valid EDTF date');
  }
  if (type !== 'Date' && type !== 'Interval') {
    return invalid(`EDTF ${type.toLowerCase()}s are not supported; use a date or a closed interval`);
  }
  const interval = type === 'Interval';
  const lower = interval ? parsed.lower : parsed;
  const upper = interval ? parsed.upper : parsed;
  if (!lower || !upper || !Number.isFinite(lower.min) || !Number.isFinite(upper.max)) {
    return invalid('open or unknown interval ends are not supported');
  }
  const parts = [lower, upper];
  if (parsed.min > parsed.max) return invalid('the interval ends before it starts');
  return {
    ok: true,
    value: {
      edtf: input,
      start: parsed.min,
      end: parsed.max,
      precision: PRECISION[lower.precision ?? 3] ?? 'day',
      approximate: parts.some((p) => (p.approximate?.value ?? 0) !== 0),
      uncertain: parts.some((p) => (p.uncertain?.value ?? 0) !== 0),
      interval,
    },
  };
}

/** True when the date is one known day: drawn as a point, not a fuzzy range. */
export function isExactDay(span: DateSpan): boolean {
  return span.precision === 'day' && !span.interval && !span.approximate && !span.uncertain;
}

const DAY_MS = 86_400_000;

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

function intlOptions(precision: DatePrecision, style: 'short' | 'long'): Intl.DateTimeFormatOptions {
  const month = style === 'long' ? 'long' : 'short';
  if (precision === 'year') return { timeZone: 'UTC', year: 'numeric' };
  if (precision === 'month') return { timeZone: 'UTC', year: 'numeric', month };
  return { timeZone: 'UTC', year: 'numeric', month, day: 'numeric' };
}

/** Intl formatters are costly to create; there are only a few kinds. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: DatePrecision, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, intlOptions(precision, style));
    formatters.set(key, format);
  }
  return format;
}

/**
 * A readable date that keeps the qualifiers: "22 Oct 2024", "about Oct 2024",
 * "22 Oct 2024 (uncertain)", "27–28 Oct 2024", "Sept – Dec 2022".
 */
export function formatDateSpan(span: DateSpan, options: FormatOptions = {}): string {
  const format = formatter(options.locale ?? 'en-GB', span.precision, options.style ?? 'short');
  let text: string;
  if (span.interval) {
    // The upper bound's precision decides where the range ends: end-of-month for months.
    const endAnchor = span.precision === 'day' ? span.end : span.end - DAY_MS + 1;
    text = format.formatRange(span.start, endAnchor);
  } else {
    text = format.format(span.start);
  }
  // Intl puts thin spaces around range dashes; plain spaces keep the text predictable.
  text = text.replace(/[\u2009\u202f]/g, ' ');
  if (span.approximate) text = `about ${text}`;
  if (span.uncertain) text = `${text} (uncertain)`;
  return text;
}
