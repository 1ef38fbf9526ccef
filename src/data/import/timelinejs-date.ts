/**
 * TimelineJS dates and EDTF, both ways.
 *
 * TimelineJS gives a date as parts (`year`, `month`, `day`, `hour`, …), each a number or a string, maybe empty.
 * Its years are the ones its labels show: `-490` is displayed "490 BCE" (src/js/language/Language.js writes the
 * absolute value of a negative year with the suffix "BCE"), so -1 is 1 BCE and there is no year 0 a reader could
 * mean. EDTF numbers years astronomically (0 is 1 BCE), so TimelineJS year -490 is EDTF `-0489`, and year 0 is
 * refused rather than guessed. TimelineJS reads times in the reader's own time zone; a file gives none, so times
 * are taken as UTC and the date basis says so.
 */
import { parseEdtf } from '../dates.js';

/** A TimelineJS date object (`start_date`, `end_date`), as found in a file. */
export interface TimelineJsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  display_date?: unknown;
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Part = (typeof PARTS)[number];

/**
 * How a problem names the date (`start_date`, `the end date`) and each part (`start_date.month` in JSON,
 * `End Month` in a spreadsheet).
 */
export type PartNames = Record<Part | 'date', string>;

const RANGES: Record<Exclude<Part, 'year'>, [number, number, string]> = {
  month: [1, 12, 'a month (1 to 12)'],
  day: [1, 31, 'a day of the month (1 to 31)'],
  hour: [0, 23, 'an hour (0 to 23)'],
  minute: [0, 59, 'a minute (0 to 59)'],
  second: [0, 59, 'a second (0 to 59)'],
  millisecond: [0, 999, 'a millisecond (0 to 999)'],
};

export type ReadDate =
  | { kind: 'empty' }
  | { kind: 'problem'; message: string }
  /** What the file gave, for the date basis: `year -490 (year only; TimelineJS shows year -490 as 490 BCE)`. */
  | { kind: 'date'; edtf: string; words: string; time: boolean };

/** A part as a whole number, `undefined` when empty, or a message. */
function integer(value: unknown, name: string): number | undefined | { message: string } {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? value : { message: `${name} ${value} is not a whole number` };
  }
  if (typeof value !== 'string') return { message: `${name} is ${Array.isArray(value) ? 'an array' : typeof value}` };
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^-?\d{1,15}$/.test(text)) return { message: `${name} "${text.slice(0, 40)}" is not a whole number` };
  return Number(text);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** An astronomical year as EDTF: `-0489`, `2024`, `Y-12000` beyond four digits. */
export function edtfYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

/** Reads a TimelineJS date object. Never throws. */
export function readTimelineJsDate(date: TimelineJsDate, names: PartNames): ReadDate {
  const values: Partial<Record<Part, number>> = {};
  for (const part of PARTS) {
    const value = integer(date[part], names[part]);
    if (typeof value === 'object') return { kind: 'problem', message: value.message };
    if (value === undefined) continue;
    if (part !== 'year') {
      const [min, max, what] = RANGES[part];
      if (value < min || value > max) return { kind: 'problem', message: `${names[part]} ${value} is not ${what}` };
    }
    values[part] = value;
  }
  const { year, month, day, hour, minute, second, millisecond } = values;
  if (year === undefined) {
    if (Object.keys(values).length === 0) return { kind: 'empty' };
    return { kind: 'problem', message: `${names.year} is missing (every TimelineJS date needs a year)` };
  }
  if (year === 0) {
    return {
      kind: 'problem',
      message: `${names.year} is 0: TimelineJS counts -1 (1 BCE) then 1 (1 CE), so year 0 is not a year it can mean`,
    };
  }
  const astronomical = year < 0 ? year + 1 : year;
  const notes: string[] = [];
  const dropped = (what: string, why: string) => notes.push(`${what} not used: ${why}`);
  let edtf = edtfYear(astronomical);
  let words = `year ${year}`;
  let precision = 'year only';
  let time = false;
  const wide = Math.abs(astronomical) > 9999;
  if (month !== undefined && wide) dropped('month and day', 'EDTF writes a year of more than four digits alone');
  else if (month !== undefined) {
    edtf += `-${pad(month)}`;
    words += `, month ${month}`;
    precision = 'year and month';
    if (day !== undefined) {
      edtf += `-${pad(day)}`;
      words += `, day ${day}`;
      precision = 'day';
    }
  } else if (day !== undefined) dropped(names.day, `it is given without ${names.month}`);
  const timeGiven = [hour, minute, second, millisecond].some((part) => part !== undefined);
  if (timeGiven && (precision !== 'day' || hour === undefined)) {
    dropped('the time', precision !== 'day' ? 'it is given without a day' : `it is given without ${names.hour}`);
  } else if (timeGiven && hour !== undefined) {
    const ms = millisecond === undefined ? '' : `.${pad(millisecond, 3)}`;
    edtf += `T${pad(hour)}:${pad(minute ?? 0)}:${pad(second ?? 0)}${ms}Z`;
    words += `, time ${pad(hour)}:${pad(minute ?? 0)}${second === undefined ? '' : `:${pad(second)}${ms}`}`;
    precision = 'day and time';
    time = true;
  }
  if (year < 0) notes.push(`TimelineJS shows year ${year} as ${(-year).toLocaleString('en')} BCE`);
  words += ` (${[precision, ...notes].join('; ')})`;
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) {
    // The EDTF string is ours, not the author's: say what is wrong with the date they wrote.
    const why = parsed.message.replace(/^invalid date "[^"]*": /, '');
    const message = why === 'not a valid EDTF date' ? 'no such day in the calendar' : why;
    return { kind: 'problem', message: `${names.date} ${words}: ${message}` };
  }
  return { kind: 'date', edtf, words, time };
}

/** Parts of a TimelineJS date as strings, the way its documentation writes them. */
export type TimelineJsParts = Partial<Record<Part, string>>;

/** The TimelineJS year shown for an astronomical year: 2024 → 2024, -489 → -490 (490 BCE), 0 → -1 (1 BCE). */
export const timelineJsYear = (astronomical: number): number => (astronomical > 0 ? astronomical : astronomical - 1);

function partsAt(ms: number, precision: string): TimelineJsParts {
  const d = new Date(ms);
  const parts: TimelineJsParts = { year: String(timelineJsYear(d.getUTCFullYear())) };
  if (precision === 'year' || precision === 'decade' || precision === 'century') return parts;
  parts.month = String(d.getUTCMonth() + 1);
  if (precision === 'month' || precision === 'season') return parts;
  parts.day = String(d.getUTCDate());
  if (precision !== 'time') return parts;
  Object.assign(parts, { hour: String(d.getUTCHours()), minute: String(d.getUTCMinutes()) });
  if (d.getUTCSeconds() !== 0 || d.getUTCMilliseconds() !== 0) parts.second = String(d.getUTCSeconds());
  if (d.getUTCMilliseconds() !== 0) parts.millisecond = String(d.getUTCMilliseconds());
  return parts;
}

/**
 * An EDTF date as TimelineJS `start_date` and `end_date`: the span it covers, at its precision. Qualifiers
 * (`~`, `?`), unspecified digits and open ends have no TimelineJS form; `display_date` carries them in words.
 */
export function timelineJsDatesOf(edtf: string): { start: TimelineJsParts; end?: TimelineJsParts } | undefined {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return undefined;
  const span = parsed.value;
  const precision = span.precision === 'season' ? 'month' : span.precision;
  const endPrecision = span.endPrecision === 'season' ? 'month' : (span.endPrecision ?? precision);
  const start = partsAt(span.start, precision);
  const spread = span.interval ? !span.openStart && !span.openEnd : precision !== 'time' && precision !== 'day';
  if (!spread) return { start };
  const end = partsAt(span.end, endPrecision);
  return JSON.stringify(start) === JSON.stringify(end) ? { start } : { start, end };
}
