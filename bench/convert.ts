/**
 * Converters from the project's dataset to the inputs of the libraries the benchmark compares against:
 * vis-timeline items (default options) and TimelineJS 3 JSON. Pure: no DOM, so they are unit-tested in Node.
 * Both libraries render strings as HTML, so every string taken from the data is escaped here.
 */
import { parseEdtf, type DateSpan } from '../src/data/dates.js';

/** The fields of an event the converters read (the generator's and the curated dataset's events have them). */
export interface BenchEvent {
  id: string;
  title: string;
  date: string;
  summary?: string;
}

/** A vis-timeline item: a point (`start` only) for a known day, a range otherwise. */
export interface VisItemInput {
  id: string;
  /** The title as escaped text (vis-timeline inserts string content as HTML). */
  content: string;
  start: Date;
  end?: Date;
}

/** A date as TimelineJS reads it (`month` 1 to 12). */
export interface TimelineJsDate {
  year: number;
  month: number;
  day: number;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
}

export interface TimelineJsData {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` as HTML text: the five characters that can open markup or end an attribute are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The span an event's EDTF date may denote; throws on an invalid date (the benchmark's data is valid). */
export function eventSpan(event: BenchEvent): DateSpan {
  const parsed = parseEdtf(event.date);
  if (!parsed.ok) throw new Error(`${event.id}: ${parsed.message}`);
  return parsed.value;
}

const DAY_MS = 86_400_000;

/** Whether a span covers more than one day (an interval, a month, a year): drawn as a range. */
export function isMultiDay(span: DateSpan): boolean {
  return span.end + 1 - span.start > DAY_MS;
}

/** One vis-timeline item per event: a point on its day, or a range from its first to the end of its last day. */
export function toVisItems(events: readonly BenchEvent[]): VisItemInput[] {
  return events.map((event) => {
    const span = eventSpan(event);
    const item: VisItemInput = { id: event.id, content: escapeHtml(event.title), start: new Date(span.start) };
    if (isMultiDay(span)) item.end = new Date(span.end + 1);
    return item;
  });
}

/** A UTC instant as a TimelineJS date. */
export function timelineJsDate(ms: number): TimelineJsDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** TimelineJS JSON: one event per event, with its day or its first and last day, and escaped text. */
export function toTimelineJs(events: readonly BenchEvent[], title?: string): TimelineJsData {
  const converted = events.map((event): TimelineJsEvent => {
    const span = eventSpan(event);
    const entry: TimelineJsEvent = {
      unique_id: event.id,
      start_date: timelineJsDate(span.start),
      text: { headline: escapeHtml(event.title), text: escapeHtml(event.summary ?? '') },
    };
    if (isMultiDay(span)) entry.end_date = timelineJsDate(span.end);
    return entry;
  });
  const data: TimelineJsData = { events: converted };
  if (title !== undefined) data.title = { text: { headline: escapeHtml(title), text: '' } };
  return data;
}
