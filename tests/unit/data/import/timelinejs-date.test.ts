import { describe, expect, it } from 'vitest';
import {
  edtfYear,
  readTimelineJsDate,
  timelineJsDatesOf,
  timelineJsYear,
} from '../../../../src/data/import/timelinejs-date.js';
import { parseTime } from '../../../../src/data/import/timelinejs-time.js';

const names = {
  date: 'start_date',
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  millisecond: 'millisecond',
};

describe('readTimelineJsDate(date, names)', () => {
  it.each([
    [{ year: '2024' }, '2024'],
    [{ year: 2024, month: '', day: '' }, '2024'],
    [{ year: ' 2024 ', month: '3' }, '2024-03'],
    [{ year: -490 }, '-0489'],
    [{ year: -1 }, '0000'],
    [{ year: 1, month: 1, day: 1 }, '0001-01-01'],
    [{ year: 12000 }, 'Y12000'],
    [{ year: -12000, month: 5 }, 'Y-11999'],
    [{ year: 2024, month: 10, day: 22, hour: 9 }, '2024-10-22T09:00:00Z'],
    [{ year: 2024, month: 10, day: 22, hour: 9, minute: 5, second: 7, millisecond: 30 }, '2024-10-22T09:05:07.030Z'],
  ])('reads %j as %j', (date, edtf) => {
    const read = readTimelineJsDate(date, names);
    expect(read.kind === 'date' ? read.edtf : read).toBe(edtf);
  });

  it('says when nothing is given', () =>
    expect(readTimelineJsDate({ display_date: 'x' }, names)).toEqual({ kind: 'empty' }));
});

describe('timelineJsDatesOf(edtf), the other way', () => {
  it.each([
    ['2024-10-22', { start: { year: '2024', month: '10', day: '22' } }],
    ['-0489', { start: { year: '-490' } }],
    ['0000', { start: { year: '-1' } }],
    ['2024-10~', { start: { year: '2024', month: '10' } }],
    [
      '2024-10-27/2024-10-28',
      { start: { year: '2024', month: '10', day: '27' }, end: { year: '2024', month: '10', day: '28' } },
    ],
    ['2024-21', { start: { year: '2024', month: '3' }, end: { year: '2024', month: '5' } }],
    ['198X', { start: { year: '1980' }, end: { year: '1989' } }],
    ['../2024-10-18', { start: { year: '2024', month: '10', day: '18' } }],
    ['2024-10-22T14:30:00Z', { start: { year: '2024', month: '10', day: '22', hour: '14', minute: '30' } }],
  ])('writes %j as %j', (edtf, dates) => expect(timelineJsDatesOf(edtf)).toEqual(dates));

  it('edtfYear and timelineJsYear are inverse for every year but TimelineJS 0', () => {
    for (const year of [-300000, -10000, -490, -2, -1, 1, 2, 2024, 12000]) {
      const astronomical = year < 0 ? year + 1 : year;
      expect(timelineJsYear(astronomical)).toBe(year);
    }
    expect(edtfYear(-489)).toBe('-0489');
    expect(edtfYear(-11999)).toBe('Y-11999');
  });
});

describe('parseTime(cell, column), as TimelineJS reads a Time cell', () => {
  it.each([
    ['14:30', { hour: '14', minute: '30' }],
    ['2:30 PM', { hour: '14', minute: '30' }],
    ['12 a.m.', { hour: '0' }],
    ['1430', { hour: '14', minute: '30' }],
    ['14.30', { hour: '14', minute: '30' }],
    ['14:30:15.25', { hour: '14', minute: '30', second: '15', millisecond: '250' }],
  ])('reads %j', (cell, time) => expect(parseTime(cell, 'Time')).toEqual(time));

  it.each(['25:00', '13 PM', 'noon', '1:2:3:4'])('refuses %j', (cell) =>
    expect(parseTime(cell, 'Time')).toEqual({
      message: `Time "${cell}" is not a time of day (such as 14:30 or 2:30 PM)`,
    }),
  );
});
