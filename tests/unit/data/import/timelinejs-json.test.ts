import { describe, expect, it } from 'vitest';
import { importText } from '../../../../src/data/import/index.js';
import { validateDataset } from '../../../../src/data/validate.js';
import { eventOf, fixture, imported, problems } from './helpers.js';

const mixed = () => importText('timelinejs-mixed.json', fixture('timelinejs-mixed.json'));

/** A TimelineJS file with these events (and no title slide). */
const file = (...events: unknown[]) => JSON.stringify({ events });

describe('importText(name, text) with a TimelineJS JSON file', () => {
  it('recognises the format and gives a dataset that validates', () => {
    const result = imported(mixed());
    expect(result.format).toBe('timelinejs-json');
    expect(validateDataset(result.dataset).problems).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.files).toEqual([]);
  });

  it('reads TimelineJS start_date fields given as strings, numbers or empty strings', () => {
    expect(eventOf(mixed(), 'string-fields').date).toBe('2024-10-22T14:30:00Z');
    expect(eventOf(mixed(), 'string-fields-2').date).toBe('2024-10-23/2024-10-25');
    expect(eventOf(mixed(), 'year-only-bce').date).toBe('-0489');
  });

  it('maps TimelineJS years before the common era to astronomical EDTF years, as TimelineJS labels them', () => {
    // TimelineJS shows -490 as "490 BCE", -44 as "44 BCE"; EDTF counts 1 BCE as year 0.
    expect(eventOf(mixed(), 'year-only-bce').dateBasis).toBe(
      'From the TimelineJS file "timelinejs-mixed.json", events[0]: start_date year -490 (year only; TimelineJS shows year -490 as 490 BCE).',
    );
    expect(eventOf(mixed(), 'event-4').date).toBe('-0043-03-15');
    expect(eventOf(mixed(), 'event-5').date).toBe('Y-11999');
  });

  it('keeps times of day as UTC date-times and says the time zone is assumed', () => {
    const event = eventOf(mixed(), 'string-fields');
    expect(event.dateBasis).toContain('time 14:30 (day and time)');
    expect(event.dateBasis).toContain('times taken as UTC, as the file gives no time zone');
    expect(event.dateBasis).toContain('the file shows it as "22 October 2024, half past two"');
    expect(eventOf(mixed(), 'event-6').date).toBe('0001-01-01T00:00:00Z');
  });

  it('ignores an end_date whose fields are all empty', () => {
    expect(eventOf(mixed(), 'event-4').date).toBe('-0043-03-15');
  });

  it('turns groups into lanes with ids made from their names, in order of first use, without colours', () => {
    const { dataset } = imported(mixed());
    expect(dataset.groups).toEqual([
      { id: 'ancient-examples', label: 'Ancient examples' },
      { id: 'modern-examples', label: 'Modern examples' },
    ]);
    expect(eventOf(mixed(), 'event-6').group).toBe('ancient-examples');
    expect(eventOf(mixed(), 'event-5').group).toBeUndefined();
  });

  it('turns eras into windows, labelled with their headline or, without one, their dates', () => {
    expect(imported(mixed()).dataset.windows).toEqual([
      { id: 'example-era-one', label: 'Example era one', date: '-0498/-0448' },
      { id: 'era-oct-nov-2024', label: 'Era: Oct – Nov 2024', date: '2024-10/2024-11' },
    ]);
  });

  it('takes the title slide as title and description, as plain text', () => {
    const { dataset } = imported(mixed());
    expect(dataset.title).toBe('Example: a test timeline');
    expect(dataset.description).toMatch(/^A made-up test file, not a record of anything/);
  });

  it('titles a file without a title slide after the file name', () => {
    const result = imported(importText('my_council-2024.json', file({ start_date: { year: 2024 }, text: {} })));
    expect(result.dataset.title).toBe('my council 2024');
    expect(result.dataset.description).toBe('Imported from "my_council-2024.json".');
  });

  it('keeps HTML as its text: script and style contents and event handlers never become text', () => {
    const text = JSON.stringify(imported(mixed()).dataset);
    expect(text).not.toMatch(/<script|<img|onerror|window\.__x|<style|color: red|<b>|<em>/);
    expect(eventOf(mixed(), 'string-fields').summary).toBe('Text with a linked report.\nAfter the image.');
  });

  it('makes web links in the text link sources, and drops javascript: links and links with a password', () => {
    expect(eventOf(mixed(), 'string-fields').sources).toEqual([
      { url: 'https://example.org/report', title: 'linked report' },
    ]);
    expect(eventOf(mixed(), 'string-fields-2').summary).toContain('not a link not a link either');
  });

  it('makes a media page a link source, and an image no source but words in the summary', () => {
    expect(eventOf(mixed(), 'event-4').sources).toEqual([
      { url: 'https://example.org/article-about-it', title: 'An article about it' },
    ]);
    const pictured = eventOf(mixed(), 'string-fields-2');
    expect(pictured.unsourced).toBe(true);
    expect(pictured.sources).toBeUndefined();
    expect(pictured.summary).toContain('Image: A picture caption (credit: Example photographer)');
  });

  it('slugifies unique_id into an event id, makes duplicates unique and numbers events without a usable one', () => {
    expect(imported(mixed()).dataset.events.map((e) => e.id)).toEqual([
      'year-only-bce',
      'string-fields',
      'string-fields-2',
      'event-4',
      'event-5',
      'event-6',
    ]);
  });

  it('titles a slide without a headline with the first words of its text', () => {
    expect(eventOf(mixed(), 'event-4').title).toBe(
      'No headline here, so the title comes from these first words of the text.',
    );
  });

  it.each([
    [{ text: { headline: 'No date' } }, 'events[0]: no date: start_date.year is empty or missing'],
    [{ start_date: { year: '' } }, 'events[0]: no date: start_date.year is empty or missing'],
    [{ start_date: '2024' }, 'events[0]: start_date is not an object of date parts (such as {"year": "1969"})'],
    [{ start_date: { year: '2024', month: 'Oct' } }, 'events[0]: start_date.month "Oct" is not a whole number'],
    [{ start_date: { year: 2024, month: 13 } }, 'events[0]: start_date.month 13 is not a month (1 to 12)'],
    [{ start_date: { year: 2024.5 } }, 'events[0]: start_date.year 2024.5 is not a whole number'],
    [
      { start_date: { year: 0 } },
      'events[0]: start_date.year is 0: TimelineJS counts -1 (1 BCE) then 1 (1 CE), so year 0 is not a year it can mean',
    ],
    [
      { start_date: { year: '-300000' } },
      'events[0]: start_date year -300000 (year only; TimelineJS shows year -300000 as 300,000 BCE): beyond the years a browser can place (270,000 BCE to 270,000 CE)',
    ],
    [
      { start_date: { year: 2024, month: 2, day: 30 } },
      'events[0]: start_date year 2024, month 2, day 30 (day): no such day in the calendar',
    ],
    [
      { start_date: { year: 2024 }, end_date: { year: 2020 } },
      'events[0]: start_date year 2024 (year only), end_date year 2020 (year only): the end is before the start',
    ],
    ['a string', 'events[0]: is not an object'],
  ])('refuses the row %j and says why', (slide, message) => {
    expect(problems(importText('t.json', file(slide)))).toEqual([message]);
  });

  it('lists every bad entry, and imports nothing unless told to skip them', () => {
    const text = file({ start_date: { year: 1 } }, { start_date: {} }, { start_date: { year: 'x' } });
    expect(problems(importText('t.json', text)).map((line) => line.split(':')[0])).toEqual(['events[1]', 'events[2]']);
    const result = imported(importText('t.json', text, { skipInvalid: true }));
    expect(result.dataset.events).toHaveLength(1);
    expect(result.skipped.map((p) => p.where)).toEqual(['events[1]', 'events[2]']);
    expect(result.dataset.description).toBe(
      'Imported from "t.json". On import, 2 entries of "t.json" could not be read and were left out.',
    );
  });

  it('fails when no event at all can be imported, even when skipping', () => {
    expect(problems(importText('t.json', file({}), { skipInvalid: true }))).toEqual([
      'events[0]: no date: start_date.year is empty or missing',
      'file: no event could be imported from "t.json"',
    ]);
  });

  it('drops a day given without a month and a time given without a day, and says so', () => {
    const result = imported(importText('t.json', file({ start_date: { year: 2024, day: 3, hour: 9 } })));
    expect(result.dataset.events[0]?.date).toBe('2024');
    expect(result.dataset.events[0]?.dateBasis).toContain(
      'start_date.day not used: it is given without start_date.month; the time not used: it is given without a day',
    );
  });
});
