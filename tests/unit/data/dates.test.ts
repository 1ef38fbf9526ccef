import { describe, expect, it } from 'vitest';
import { formatDateSpan, isExactDay, parseEdtf, spanDays, type DateSpan } from '../../../src/data/dates.js';

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
    ['[2024-10-27..2024-10-28]', 'sets are not supported'],
    ['2024-10/..', 'open or unknown interval ends'],
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

describe('formatDateSpan', () => {
  it.each([
    ['2024-10-22', '22 Oct 2024'],
    ['2024-10~', 'about Oct 2024'],
    ['2024-10-22?', '22 Oct 2024 (uncertain)'],
    ['2024-10-27/2024-10-28', '27 – 28 Oct 2024'],
    ['2022-09/2022-12', 'Sept – Dec 2022'],
    ['2024', '2024'],
  ])('formats %s as %j', (input, text) => {
    expect(formatDateSpan(span(input))).toBe(text);
  });

  it('spells months out in the long style', () => {
    expect(formatDateSpan(span('2024-06-18'), { style: 'long' })).toBe('18 June 2024');
  });

  it('follows the locale', () => {
    expect(formatDateSpan(span('2024-10-22'), { locale: 'en-US', style: 'long' })).toBe('October 22, 2024');
  });
});
