import { describe, expect, it } from 'vitest';
import {
  formatDateSpan,
  formatDay,
  formatWindow,
  isExactDay,
  parseEdtf,
  spanDays,
  type DateSpan,
} from '../../../src/data/dates.js';

function span(input: string): DateSpan {
  const result = parseEdtf(input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('parseEdtf', () => {
  it('parses an exact day as a one-day span', () => {
    const day = span('2024-10-22');
    expect(new Date(day.start).toISOString()).toBe('2024-10-22T00:00:00.000Z');
    expect(new Date(day.end).toISOString()).toBe('2024-10-22T23:59:59.999Z');
    expect([day.precision, day.approximate, day.uncertain, day.interval]).toEqual(['day', false, false, false]);
    expect(isExactDay(day)).toBe(true);
  });

  it('parses an approximate month (2024-10~) as the whole month', () => {
    const month = span('2024-10~');
    expect(month.precision).toBe('month');
    expect(month.approximate).toBe(true);
    expect(spanDays(month)).toBe(31);
    expect(isExactDay(month)).toBe(false);
  });

  it('parses an uncertain day (2024-10-22?)', () => {
    const day = span('2024-10-22?');
    expect(day.uncertain).toBe(true);
    expect(day.approximate).toBe(false);
    expect(isExactDay(day)).toBe(false);
  });

  it('parses a two-day interval (2024-10-27/2024-10-28)', () => {
    const two = span('2024-10-27/2024-10-28');
    expect(two.interval).toBe(true);
    expect(spanDays(two)).toBe(2);
  });

  it('parses a month interval (2022-09/2022-12) to the end of December', () => {
    const late = span('2022-09/2022-12');
    expect(new Date(late.end).toISOString()).toBe('2022-12-31T23:59:59.999Z');
    expect(late.precision).toBe('month');
  });

  it('keeps approximation on either end of an interval', () => {
    expect(span('2024-10-20~/2024-10-24').approximate).toBe(true);
  });

  it.each([
    ['2024-13-01', 'not a valid EDTF date'],
    ['2024-02-30', 'not a valid EDTF date'],
    ['', 'not an EDTF string'],
    [' 2024-10-22', 'not an EDTF string'],
    ['22/10/2024', 'not a valid EDTF date'],
    ['2024-10-21/2024-10-20', 'not a valid EDTF date'],
    ['[2024-10-27..2024-10-28]', 'sets (one of, all of) are not supported'],
    ['{2024-10-27,2024-10-28}', 'lists (one of, all of) are not supported'],
    ['../..', 'an interval needs at least one known end'],
    ['/', 'an interval needs at least one known end'],
    ['Y-300000', 'beyond the years a browser can place (270,000 BCE to 270,000 CE)'],
    ['Y300000', 'beyond the years a browser can place'],
    ['Y170000002', 'beyond the years a browser can place'],
    ['2024-42', 'not a valid EDTF date'],
  ])('rejects %j with a message naming the input', (input, why) => {
    const result = parseEdtf(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(`invalid date "${input}"`);
      expect(result.message).toContain(why);
    }
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, [], '2024-10-22T25:00']) {
      const value = input as string;
      expect(() => parseEdtf(value)).not.toThrow();
      expect(parseEdtf(value).ok).toBe(false);
    }
  });
});

describe('parseEdtf: EDTF level 1', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('keeps an open start (../2024-10-18, "by Friday"), drawn and sorted at its known end', () => {
    const by = span('../2024-10-18');
    expect([by.interval, by.openStart, by.openEnd]).toEqual([true, 'open', undefined]);
    expect([iso(by.start), iso(by.end)]).toEqual(['2024-10-18T00:00:00.000Z', '2024-10-18T23:59:59.999Z']);
  });

  it('tells an open end (2024-10-17/..) from an unknown one (2024-10-17/)', () => {
    expect(span('2024-10-17/..').openEnd).toBe('open');
    expect(span('2024-10-17/').openEnd).toBe('unknown');
    expect(span('/2024-10-18').openStart).toBe('unknown');
  });

  it('reads unspecified digits as the span they leave open, with the precision that is known', () => {
    const day = span('2024-10-XX');
    expect([day.precision, day.unspecified, spanDays(day)]).toEqual(['month', true, 31]);
    expect(isExactDay(day)).toBe(false);
    const decade = span('198X');
    expect([decade.precision, iso(decade.start), iso(decade.end)]).toEqual([
      'decade',
      '1980-01-01T00:00:00.000Z',
      '1989-12-31T23:59:59.999Z',
    ]);
    expect(span('19XX').precision).toBe('century');
    expect(span('2024-XX-XX').precision).toBe('year');
  });

  it('reads seasons as the months they cover (spring: March to May; winter runs into the next year)', () => {
    const spring = span('2024-21');
    expect([spring.precision, iso(spring.start), iso(spring.end)]).toEqual([
      'season',
      '2024-03-01T00:00:00.000Z',
      '2024-05-31T23:59:59.999Z',
    ]);
    expect(iso(span('2024-24').end)).toBe('2025-02-28T23:59:59.999Z');
  });

  it('reads negative years in astronomical numbering: -0489 is 490 BCE', () => {
    const marathon = span('-0489');
    expect(new Date(marathon.start).getUTCFullYear()).toBe(-489);
    expect(span('Y-12000').precision).toBe('year');
  });

  it('keeps a time of day', () => {
    const moment = span('2024-10-22T14:30:00Z');
    expect([moment.precision, iso(moment.start)]).toEqual(['time', '2024-10-22T14:30:00.000Z']);
    expect(isExactDay(moment)).toBe(true);
  });
});

describe('formatDateSpan', () => {
  it.each([
    ['2024-10-22', '22 Oct 2024'],
    ['2024-10~', 'about Oct 2024'],
    ['2024-10-22?', '22 Oct 2024 (uncertain)'],
    ['2024-10-27/2024-10-28', '27 – 28 Oct 2024'],
    ['2022-09/2022-12', 'Sept – Dec 2022'],
    ['2024', '2024'],
    ['../2024-10-18', 'until 18 Oct 2024'],
    ['2024-10-17/..', 'from 17 Oct 2024 on'],
    ['2024-10-17/', '17 Oct 2024 – end unknown'],
    ['/2024-10-18', 'start unknown – 18 Oct 2024'],
    ['2024-10-XX', 'Oct 2024, day unknown'],
    ['2024-XX-XX', '2024, month and day unknown'],
    ['198X', '1980s'],
    ['2024-21', 'spring 2024'],
    ['2024-24', 'winter 2024'],
    ['-0489', '490 BCE'],
    ['-0489-09', 'Sept 490 BCE'],
    ['-0498/-0493', '499 – 494 BCE'],
    ['-0480~', 'about 481 BCE'],
    ['0079', '79 CE'],
    ['Y-12000', '12001 BCE'],
    ['2024-10-22T14:30Z', '22 Oct 2024, 14:30 UTC'],
    ['2024-10-22%', 'about 22 Oct 2024 (uncertain)'],
    ['-0459~/-0453', 'about 460 BCE – 454 BCE'],
    ['2024-10-20/2024-10-24?', '20 Oct 2024 – 24 Oct 2024 (uncertain)'],
    ['-0429~/..', 'from about 430 BCE on'],
    ['../2024-10-18?', 'until 18 Oct 2024 (uncertain)'],
    ['2024-10~/2024-11~', 'about Oct – Nov 2024'],
  ])('formats %s as %j', (input, text) => {
    expect(formatDateSpan(span(input))).toBe(text);
  });

  it('spells months out in the long style', () => {
    expect(formatDateSpan(span('2024-06-18'), { style: 'long' })).toBe('18 June 2024');
  });

  it('follows the locale', () => {
    expect(formatDateSpan(span('2024-10-22'), { locale: 'en-US', style: 'long' })).toBe('October 22, 2024');
  });

  it("names the era in the locale: BCE in English, the locale's own words elsewhere", () => {
    expect(formatDateSpan(span('-0489'), { locale: 'en-US' })).toBe('490 BCE');
    expect(formatDateSpan(span('-0489'), { locale: 'uk' })).toBe('490 до н. е.');
  });
});

describe('formatDay and formatWindow', () => {
  it('formats a moment as its day, with the era before 1000 CE', () => {
    expect(formatDay(Date.UTC(2024, 9, 22, 15))).toBe('22 Oct 2024');
    expect(formatDay(span('-0489-09-12').start)).toBe('12 Sept 490 BCE');
  });

  it('formats a window whose end is exclusive: midnight ends the day before', () => {
    expect(formatWindow({ start: Date.UTC(2024, 8, 29), end: Date.UTC(2024, 10, 3) })).toBe('29 Sept – 2 Nov 2024');
  });
});
