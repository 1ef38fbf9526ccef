/**
 * One TimelineJS slide (an event) or era as an event or window draft. Shared by the JSON file and the spreadsheet,
 * which name their fields differently (`start_date.month`, `Month`), so a problem names the field the author wrote.
 */
import { formatDateSpan, parseEdtf } from '../dates.js';
import { printable } from '../validate.js';
import { htmlToLine, htmlToText, type FoundLink } from './html-text.js';
import { readMedia } from './media.js';
import { fromExtension } from './timelinejs-extension.js';
import { readTimelineJsDate, type PartNames } from './timelinejs-date.js';
import type { EventDraft, RowProblem, SourceFile, WindowDraft } from './types.js';

/** How the slide is named in problems and date bases. */
export interface SlidePlace {
  /** `events[3]`, `row 7`. */
  where: string;
  /** `From the TimelineJS file "x.json", events[3]`. */
  origin: string;
  start: PartNames;
  end: PartNames;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

export type SlideDate = { ok: true; date: string; basis: string } | { ok: false; problem: RowProblem };

/** A slide's or era's dates as one EDTF date or interval, with the words of its date basis. */
export function slideDate(slide: Record<string, unknown>, place: SlidePlace): SlideDate {
  const fail = (message: string): SlideDate => ({ ok: false, problem: { where: place.where, message } });
  const startValue = slide['start_date'];
  if (startValue !== undefined && !isRecord(startValue)) {
    return fail(`${place.start.date} is not an object of date parts (such as {"year": "1969"})`);
  }
  const start = readTimelineJsDate(record(startValue), place.start);
  if (start.kind === 'problem') return fail(start.message);
  if (start.kind === 'empty') return fail(`no date: ${place.start.year} is empty or missing`);
  const endValue = slide['end_date'];
  const end = isRecord(endValue) ? readTimelineJsDate(endValue, place.end) : ({ kind: 'empty' } as const);
  if (end.kind === 'problem') return fail(end.message);
  let date = start.edtf;
  let words = `${place.start.date} ${start.words}`;
  if (end.kind === 'date' && end.edtf !== start.edtf) {
    date = `${start.edtf}/${end.edtf}`;
    words += `, ${place.end.date} ${end.words}`;
    const [first, last] = [parseEdtf(start.edtf), parseEdtf(end.edtf)];
    if (first.ok && last.ok && last.value.end < first.value.start) return fail(`${words}: the end is before the start`);
    const parsed = parseEdtf(date);
    if (!parsed.ok) return fail(`${words}: ${parsed.message}`);
  }
  const display = htmlToLine(str(slide['display_date']) || str(record(startValue)['display_date']));
  if (display !== '') words += `; the file shows it as "${display}"`;
  if (start.time || (end.kind === 'date' && end.time)) words += '; times taken as UTC, as the file gives no time zone';
  return { ok: true, date, basis: `${place.origin}: ${words}.` };
}

/** The first words of a text, for a slide with no headline: up to 80 characters, cut at a space. */
function firstWords(text: string): string {
  const line = text.split('\n')[0] ?? '';
  if (line.length <= 80) return line;
  const cut = line.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

/** Links as link sources, each address once, titled with the link's text. */
function linkSources(links: readonly FoundLink[]): SourceFile[] {
  const seen = new Set<string>();
  return links.flatMap((link) => {
    if (seen.has(link.url)) return [];
    seen.add(link.url);
    return [link.text === undefined ? { url: link.url } : { url: link.url, title: link.text }];
  });
}

/** A slide as an event draft, or why it cannot be one. Never throws. */
export function slideToEvent(value: unknown, place: SlidePlace): { event: EventDraft } | { problem: RowProblem } {
  if (!isRecord(value)) return { problem: { where: place.where, message: 'is not an object' } };
  const dated = slideDate(value, place);
  if (!dated.ok) return { problem: dated.problem };
  const text = record(value['text']);
  const body = htmlToText(str(text['text']));
  const media = readMedia(record(value['media']));
  const summary = [body.text, media.note].filter((part) => part !== undefined && part !== '').join('\n');
  const title = htmlToLine(str(text['headline'])) || firstWords(summary) || 'Untitled event';
  const group = htmlToLine(str(value['group']));
  const idHint = str(value['unique_id']).trim();
  const event: EventDraft = {
    where: place.where,
    ...(idHint === '' ? {} : { idHint }),
    title,
    date: dated.date,
    dateBasis: printable(dated.basis),
    ...(summary === '' ? {} : { summary }),
    ...(group === '' ? {} : { group }),
    sources: linkSources([...body.links, ...media.links]),
  };
  return { event: fromExtension(value, event) };
}

/** An era as a window draft, or why it cannot be one. */
export function eraToWindow(value: unknown, place: SlidePlace): { window: WindowDraft } | { problem: RowProblem } {
  if (!isRecord(value)) return { problem: { where: place.where, message: 'is not an object' } };
  const dated = slideDate(value, place);
  if (!dated.ok) return { problem: dated.problem };
  const label = htmlToLine(str(record(value['text'])['headline']));
  const parsed = parseEdtf(dated.date);
  // An era without a headline is labelled with its dates, in words: nothing is made up.
  const fallback = parsed.ok ? `Era: ${formatDateSpan(parsed.value)}` : 'Era';
  return { window: { where: place.where, label: label || fallback, date: dated.date } };
}
