import { describe, expect, it } from 'vitest';
import { importText } from '../../../../src/data/import/index.js';
import { eventOf, fixture, imported, problems } from './helpers.js';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const sheet = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('importText(name, text) with the TimelineJS spreadsheet as CSV', () => {
  it('recognises the template by its header row', () => {
    expect(imported(importText('t.csv', sheet('2024,,,,,,,,,Example,,,,,,,,'))).format).toBe('timelinejs-csv');
  });

  it('reads the title row, times (as TimelineJS reads them), intervals and groups', () => {
    const result = importText(
      'council.csv',
      sheet(
        ',,,,,,,,,Example: <i>a council</i>,A made-up test.,,,,,title,,',
        '2024,10,22,2:30 PM,,,,,,Example: a meeting,,,,,,,Council,',
        '"1,815",12,10,,1852,11,27,,,Example: years with a comma,,,,,,,,',
        '2024,10,22,1430,2024,10,22,16:45:30.25,,Example: times both ends,,,,,,,,',
        '2024,,,,,,,,,Example era,,,,,,era,,',
      ),
    );
    const { dataset } = imported(result);
    expect(dataset.title).toBe('Example: a council');
    expect(dataset.description).toBe('A made-up test.');
    expect(dataset.events.map((e) => e.date)).toEqual([
      '2024-10-22T14:30:00Z',
      '1815-12-10/1852-11-27',
      '2024-10-22T14:30:00Z/2024-10-22T16:45:30.250Z',
    ]);
    expect(dataset.groups).toEqual([{ id: 'council', label: 'Council' }]);
    expect(dataset.windows).toEqual([{ id: 'example-era', label: 'Example era', date: '2024' }]);
    expect(eventOf(result, 'event-1').dateBasis).toBe(
      'From the TimelineJS spreadsheet "council.csv", row 3: start year 2024, month 10, day 22, time 14:30 (day and time); times taken as UTC, as the file gives no time zone.',
    );
  });

  it('reads quoted cells with commas, quotes and line breaks, a byte-order mark, and skips blank rows', () => {
    const text = `\uFEFF${sheet('', '2024,,,,,,,,,"Example, with ""quotes""","Line one\nline two",,,,,,,', ',,,,,,,,,,,,,,,,,')}`;
    const event = imported(importText('t.csv', text)).dataset.events[0];
    expect(event?.title).toBe('Example, with "quotes"');
    // A line break inside HTML text is white space.
    expect(event?.summary).toBe('Line one line two');
    expect(event?.dateBasis).toContain('row 3');
  });

  it('lists each bad row with its spreadsheet row number and reason', () => {
    expect(problems(importText('bad-timelinejs.csv', fixture('bad-timelinejs.csv')))).toEqual([
      'row 4: no date: Year is empty or missing',
      'row 5: Month "Aug" is not a whole number',
      'row 6: Time "25:00" is not a time of day (such as 14:30 or 2:30 PM)',
      'row 7: Year is 0: TimelineJS counts -1 (1 BCE) then 1 (1 CE), so year 0 is not a year it can mean',
      'row 8: start year 2024, month 2, day 30 (day): no such day in the calendar',
      'row 9: start year 2024, month 10, day 22 (day), end year 2024, month 10, day 20 (day): the end is before the start',
    ]);
  });

  it('imports the good rows with skipInvalid and counts the others in the description', () => {
    const result = imported(importText('bad-timelinejs.csv', fixture('bad-timelinejs.csv'), { skipInvalid: true }));
    expect(result.dataset.events.map((e) => e.title)).toEqual(['Example: a good row']);
    expect(result.skipped).toHaveLength(6);
    expect(result.dataset.description).toBe(
      'A made-up file with rows that cannot be imported. On import, 6 rows of "bad-timelinejs.csv" could not be read and were left out.',
    );
  });

  it('refuses a CSV whose header it does not know, naming the columns it found', () => {
    expect(problems(importText('x.csv', 'title,count,description\na,1,b'))).toEqual([
      `row 1: the header matches no format this app reads: the TimelineJS template has Year, Month, Day, …, Headline, Text; this app's CSV has date, title, …; this file has "title", "count", "description"`,
    ]);
  });

  it('refuses a file whose quotes are not closed', () => {
    expect(problems(importText('x.csv', sheet('2024,,,,,,,,,"Example'))).join('\n')).toMatch(
      /^row 2: Quoted field unterminated \(the CSV cannot be read reliably from here on\)/,
    );
  });
});
