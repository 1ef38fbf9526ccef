/**
 * A dataset as an iCalendar file (RFC 5545), one VEVENT per event, for a calendar program. Written here rather than
 * with a library: the small generators either need Node 22 or bring a validation library with them, and what a
 * timeline needs is a few properties, escaped and folded as the RFC says (tests parse the output with ical.js).
 *
 * - An exact day is an all-day event on that day; an exact time is an event at that moment (UTC).
 * - Any other date (approximate, uncertain, a month, a span, an open end) is an all-day event over the whole span it
 *   may fall in, and the description says so first, in words ("about Oct 2024: the date is approximate…").
 * - Years before 1 CE or after 9999 cannot be written in iCalendar: those events are left out and counted.
 */
import { formatDateSpan, isExactDay, parseEdtf, type DateSpan } from '../dates.js';
import { statusText } from '../labels.js';
import { DAY_MS } from '../time.js';
import type { Dataset, TimelineEvent } from '../types.js';
import { laneOf, sourcesOf } from './export-shared.js';

/** The words the file carries, in one place (to be translated with the interface). */
export const ICS_TEXT = {
  date: 'Date',
  uncertainDate: 'The date is not one known day: this calendar entry covers the whole span given.',
  basis: 'How the date is known',
  status: 'Status',
  sources: 'Sources',
  noSource: 'No source given.',
  quoted: 'quoted',
} as const;

export interface IcsOptions {
  /** When the file is made (DTSTAMP); the caller's clock, so that tests can fix it. */
  now: Date;
  /** BCP 47 locale for dates in descriptions (the interface language). */
  locale?: string;
}

export interface IcsResult {
  text: string;
  /** Ids of the events left out because their dates cannot be written in iCalendar. */
  skipped: string[];
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 3.1): continuation lines start with one space, and a multi-byte
 * character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD` of a UTC moment, or undefined outside the years iCalendar can write (1 to 9999). */
function icsDate(ms: number): string | undefined {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  return `${pad(year, 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** `YYYYMMDDTHHMMSSZ` of a UTC moment. */
function icsDateTime(ms: number): string | undefined {
  const day = icsDate(ms);
  if (day === undefined) return undefined;
  const date = new Date(ms);
  return `${day}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** DTSTART and DTEND lines of an event's date, and whether the date is less than exact. */
function timing(span: DateSpan): { lines: string[]; exact: boolean } | undefined {
  if (span.precision === 'time' && isExactDay(span)) {
    const at = icsDateTime(span.start);
    return at === undefined ? undefined : { lines: [`DTSTART:${at}`], exact: true };
  }
  // All day: DTEND is the day after the last day (exclusive).
  const first = icsDate(span.start);
  const last = icsDate(Math.floor(span.end / DAY_MS) * DAY_MS + DAY_MS);
  if (first === undefined || last === undefined) return undefined;
  return {
    lines: [`DTSTART;VALUE=DATE:${first}`, `DTEND;VALUE=DATE:${last}`],
    exact: isExactDay(span),
  };
}

function description(dataset: Dataset, event: TimelineEvent, span: DateSpan, exact: boolean, locale: string) {
  const date = formatDateSpan(span, { locale, style: 'long' });
  const status = statusText(event.status);
  const sources = sourcesOf(dataset, event).map((source) => {
    const { title, outlet, published, url, quote } = 'link' in source ? source.link : source.stored;
    const head = [outlet, title, published].filter(Boolean).join(', ');
    const said = quote === undefined ? '' : `\n  ${ICS_TEXT.quoted}: “${quote}”`;
    return `- ${head || (url ?? '')}${url !== undefined && head ? ` <${url}>` : ''}${said}`;
  });
  return [
    event.summary,
    `${ICS_TEXT.date}: ${date}${exact ? '' : `. ${ICS_TEXT.uncertainDate}`}`,
    `${ICS_TEXT.basis}: ${event.dateBasis}`,
    `${ICS_TEXT.status}: ${status.label} (${status.meaning})`,
    sources.length === 0 ? ICS_TEXT.noSource : `${ICS_TEXT.sources}:\n${sources.join('\n')}`,
  ]
    .filter((part) => part !== undefined)
    .join('\n\n');
}

/** A UID unique to this dataset and event, stable across exports so a calendar updates rather than duplicates. */
function uid(dataset: Dataset, event: TimelineEvent): string {
  const slug = dataset.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${event.id}.${slug || 'dataset'}@sourced-timeline`;
}

/** The events as an iCalendar file (CRLF line ends, folded). Pure; takes a dataset that passed `validateDataset`. */
export function toIcs(dataset: Dataset, options: IcsOptions): IcsResult {
  const locale = options.locale ?? 'en-GB';
  const stamp = icsDateTime(options.now.getTime()) ?? '19700101T000000Z';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sourced Timeline//Export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(dataset.title)}`,
  ];
  const skipped: string[] = [];
  for (const event of dataset.events) {
    const parsed = parseEdtf(event.date);
    const when = parsed.ok ? timing(parsed.value) : undefined;
    if (!parsed.ok || when === undefined) {
      skipped.push(event.id);
      continue;
    }
    const url = sourcesOf(dataset, event)
      .map((source) => ('link' in source ? source.link.url : source.stored.url))
      .find((address) => address !== undefined);
    const categories = [statusText(event.status).label, laneOf(dataset, event)?.label].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(dataset, event)}`,
      `DTSTAMP:${stamp}`,
      ...when.lines,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(description(dataset, event, parsed.value, when.exact, locale))}`,
      `CATEGORIES:${categories.map((category) => escapeText(category ?? '')).join(',')}`,
      ...(event.status === 'claimed' || event.status === 'expected' ? ['STATUS:TENTATIVE'] : []),
      ...(url === undefined ? [] : [`URL:${url}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, skipped };
}
