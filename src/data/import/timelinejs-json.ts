/**
 * A TimelineJS 3 JSON file (https://timeline.knightlab.com/docs/json-format.html) as a draft dataset: the title
 * slide gives the title and description, each event a draft event, each era a window.
 */
import { htmlToLine, htmlToText } from './html-text.js';
import type { PartNames } from './timelinejs-date.js';
import { eraToWindow, slideToEvent, type SlidePlace } from './timelinejs-slide.js';
import type { Draft } from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when a parsed JSON value looks like a TimelineJS file rather than a dataset of this app. */
export function isTimelineJsJson(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value['events'])) return false;
  if (isRecord(value['title']) || 'eras' in value || 'scale' in value) return true;
  return value['events'].some((event) => isRecord(event) && ('start_date' in event || isRecord(event['text'])));
}

const names = (field: string): PartNames => ({
  date: field,
  year: `${field}.year`,
  month: `${field}.month`,
  day: `${field}.day`,
  hour: `${field}.hour`,
  minute: `${field}.minute`,
  second: `${field}.second`,
  millisecond: `${field}.millisecond`,
});

/** Reads a TimelineJS file that `isTimelineJsJson` recognised. Never throws. */
export function readTimelineJsJson(value: Record<string, unknown>, name: string): Draft {
  const draft: Draft = {
    format: 'timelinejs-json',
    name,
    events: [],
    windows: [],
    articles: [],
    problems: [],
    fatal: [],
  };
  const place = (where: string): SlidePlace => ({
    where,
    origin: `From the TimelineJS file "${name}", ${where}`,
    start: names('start_date'),
    end: names('end_date'),
  });
  const title = isRecord(value['title']) && isRecord(value['title']['text']) ? value['title']['text'] : {};
  const headline = typeof title['headline'] === 'string' ? htmlToLine(title['headline']) : '';
  const text = typeof title['text'] === 'string' ? htmlToText(title['text']).text : '';
  if (headline !== '') draft.title = headline;
  if (text !== '') draft.description = text;
  const events = Array.isArray(value['events']) ? value['events'] : [];
  events.forEach((slide: unknown, i) => {
    const read = slideToEvent(slide, place(`events[${i}]`));
    if ('event' in read) draft.events.push(read.event);
    else draft.problems.push(read.problem);
  });
  const eras = value['eras'];
  if (eras !== undefined && !Array.isArray(eras)) draft.fatal.push({ where: 'eras', message: 'is not a list' });
  (Array.isArray(eras) ? eras : []).forEach((era: unknown, i) => {
    const read = eraToWindow(era, place(`eras[${i}]`));
    if ('window' in read) draft.windows.push(read.window);
    else draft.problems.push(read.problem);
  });
  return draft;
}
