/**
 * The TimelineJS spreadsheet template, saved as CSV (columns Year, Month, Day, Time, End Year, End Month, End Day,
 * End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background), as a draft dataset. Each row becomes the slide TimelineJS would make of it
 * (src/js/core/ConfigFactory.js `extractEventFromCSVObject`): the first `title` row gives the title and
 * description, `era` rows become windows, the others events. Columns TimelineJS does not read are ignored, as
 * TimelineJS ignores them.
 */
import { cell, type CsvRow, type CsvTable } from './csv.js';
import { htmlToLine, htmlToText } from './html-text.js';
import type { PartNames } from './timelinejs-date.js';
import { eraToWindow, slideToEvent, type SlidePlace } from './timelinejs-slide.js';
import { parseTime } from './timelinejs-time.js';
import type { Draft, RowProblem } from './types.js';

/** True when the header row is the TimelineJS template's. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((name) => name.toLowerCase()));
  return names.has('year') && (names.has('headline') || names.has('text'));
}

const names = (prefix: string): PartNames => ({
  date: prefix === '' ? 'start' : 'end',
  year: `${prefix}Year`,
  month: `${prefix}Month`,
  day: `${prefix}Day`,
  hour: `${prefix}Time`,
  minute: `${prefix}Time`,
  second: `${prefix}Time`,
  millisecond: `${prefix}Time`,
});

/** TimelineJS drops spaces and commas from the number cells ("1,815"). */
const integerCell = (row: CsvRow, column: string) => cell(row, column).replace(/[\s,]+/g, '');

/** A row's start or end as a TimelineJS date object, or a problem with its Time cell. */
function dateOf(row: CsvRow, prefix: string): { date: Record<string, string> } | { problem: RowProblem } {
  const date: Record<string, string> = {
    year: integerCell(row, `${prefix}Year`),
    month: integerCell(row, `${prefix}Month`),
    day: integerCell(row, `${prefix}Day`),
  };
  const time = cell(row, `${prefix}Time`);
  if (time === '') return { date };
  const parsed = parseTime(time, `${prefix}Time`);
  if ('message' in parsed) return { problem: { where: `row ${row.row}`, message: parsed.message } };
  return { date: { ...date, ...parsed } };
}

/** The slide TimelineJS makes of a row, or a problem with one of its cells. */
function slideOf(row: CsvRow): { slide: Record<string, unknown> } | { problem: RowProblem } {
  const startRead = dateOf(row, '');
  if ('problem' in startRead) return startRead;
  const endRead = dateOf(row, 'End ');
  if ('problem' in endRead) return endRead;
  const [start, end] = [startRead.date, endRead.date];
  const slide = {
    start_date: start,
    ...(end['year'] === '' && end['hour'] === undefined ? {} : { end_date: end }),
    display_date: cell(row, 'Display Date'),
    text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
    media: {
      url: cell(row, 'Media'),
      credit: cell(row, 'Media Credit'),
      caption: cell(row, 'Media Caption'),
      thumbnail: cell(row, 'Media Thumbnail'),
    },
    group: cell(row, 'Group') || cell(row, 'Tag'),
  };
  return { slide };
}

/** Reads a CSV whose header `isTimelineJsHeader` recognised. Never throws. */
export function readTimelineJsCsv(table: CsvTable, name: string): Draft {
  const draft: Draft = {
    format: 'timelinejs-csv',
    name,
    events: [],
    windows: [],
    articles: [],
    problems: [],
    fatal: [...table.problems],
  };
  const place = (row: number): SlidePlace => ({
    where: `row ${row}`,
    origin: `From the TimelineJS spreadsheet "${name}", row ${row}`,
    start: names(''),
    end: names('End '),
  });
  let titled = false;
  for (const row of table.rows) {
    const type = cell(row, 'Type').toLowerCase();
    if (type === 'title' && !titled) {
      titled = true;
      const headline = htmlToLine(cell(row, 'Headline'));
      const text = htmlToText(cell(row, 'Text')).text;
      if (headline !== '') draft.title = headline;
      if (text !== '') draft.description = text;
      continue;
    }
    const read = slideOf(row);
    if ('problem' in read) {
      draft.problems.push(read.problem);
      continue;
    }
    const { slide } = read;
    if (type === 'era') {
      const era = eraToWindow(slide, place(row.row));
      if ('window' in era) draft.windows.push(era.window);
      else draft.problems.push(era.problem);
    } else {
      const event = slideToEvent(slide, place(row.row));
      if ('event' in event) draft.events.push(event.event);
      else draft.problems.push(event.problem);
    }
  }
  return draft;
}
