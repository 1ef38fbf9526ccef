import { utcMonday, utcMonth, utcYear } from 'd3-time';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BINS, UNITS, binText, chooseUnit, readersYears, spanText } from '../../../src/charts/bin-units.js';
import { DAY_MS } from '../../../src/data/time.js';
import { PROPERTY_TEST, runs } from '../../support/properties.js';

/** A UTC date in astronomical year `year` (-489 is 490 BCE), which `Date.UTC` would map to 1900+ for 0 to 99. */
function at(year: number, month = 0, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

const year = (date: Date) => date.getUTCFullYear();
const unitOf = (first: Date, last: Date) => chooseUnit(first, last).unit.name;

describe('bin units', () => {
  it('d3 utcMonday, utcMonth and utcYear floor and step through years BCE as through ours', () => {
    // 20 September 480 BCE (proleptic Gregorian, as Date counts) is a Tuesday: its week starts on Monday the 19th.
    const salamis = at(-479, 8, 20);
    expect(utcMonday.floor(salamis).getUTCDay()).toBe(1);
    expect(utcMonday.floor(salamis).getUTCDate()).toBe(19);
    expect(utcMonday.offset(utcMonday.floor(salamis), 1).getUTCDate()).toBe(26);
    expect(utcMonth.range(at(-479, 10), at(-478, 2)).map((d) => `${year(d)}-${d.getUTCMonth() + 1}`)).toEqual([
      '-479-11',
      '-479-12',
      '-478-1',
      '-478-2',
    ]);
    expect(year(utcYear.floor(salamis))).toBe(-479);
    expect(utcYear.range(at(-490), at(-486)).map(year)).toEqual([-490, -489, -488, -487]);
  });

  it('utcYear.every(10) cuts astronomical decades before the era (501–492 BCE), which no label names', () => {
    expect(year(utcYear.every(10)!.floor(at(-489)))).toBe(-490);
  });

  it('readersYears(10) floors to decades as readers count them: the 490s BCE are 499–490 BCE', () => {
    const decades = readersYears(10);
    // 499 BCE and 490 BCE are in the decade starting in 499 BCE (-498); 500 BCE is not.
    expect(year(decades.floor(at(-498, 5)))).toBe(-498);
    expect(year(decades.floor(at(-489, 11, 31)))).toBe(-498);
    expect(year(decades.floor(at(-499)))).toBe(-508);
    expect(decades.range(at(-498), at(-460)).map(year)).toEqual([-498, -488, -478, -468]);
    expect(year(decades.floor(at(1987, 6)))).toBe(1980);
    expect(year(readersYears(100).floor(at(-450)))).toBe(-498);
  });

  it(
    'readersYears(…) tiles the years without gap or overlap across the era, with 9-year spans beside it',
    PROPERTY_TEST,
    () => {
      const decades = readersYears(10);
      expect(decades.range(at(-30), at(31)).map(year)).toEqual([-28, -18, -8, 1, 10, 20, 30]);
      fc.assert(
        fc.property(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(10, 100), (y, step) => {
          const interval = readersYears(step);
          const start = interval.floor(at(y, 6));
          const next = interval.offset(start, 1);
          return year(start) <= y && y < year(next) && year(next) - year(start) <= step;
        }),
        runs(1000),
      );
    },
  );

  it('chooseUnit(…) picks the finest unit that gives at most 120 bins', () => {
    expect(unitOf(at(2024, 5, 18), at(2024, 10, 1))).toBe('week');
    expect(unitOf(at(2019, 2, 1), at(2021, 9, 30))).toBe('month');
    expect(unitOf(at(-498), at(-429, 11, 31))).toBe('year');
    expect(unitOf(at(1500), at(1999, 11, 31))).toBe('decade');
    expect(unitOf(at(-2999), at(99))).toBe('century');
    // Seventy years BCE: 499 to 430 BCE, a bin a year.
    const { main } = chooseUnit(at(-498), at(-429, 11, 31));
    expect([year(main.start), year(main.end)]).toEqual([-498, -428]);
  });

  it(
    'chooseUnit(…) gives between about 12 and 120 bins for any span from a week to 10,000 years',
    PROPERTY_TEST,
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -8000, max: 2000 }),
          fc.integer({ min: 7, max: 3_650_000 }),
          (startYear, days) => {
            const first = at(startYear, 3, 10);
            const last = new Date(first.getTime() + days * DAY_MS - 1);
            const { unit, main } = chooseUnit(first, last);
            const bins = unit.interval.range(main.start, main.end).length;
            const finer = UNITS.indexOf(unit) > 0;
            return bins <= MAX_BINS && (!finer || bins >= 10) && main.start <= first && main.end > last;
          },
        ),
        runs(1000),
      );
    },
  );

  it('spanText(…) names decades and centuries as readers do, with the era before 1000 CE', () => {
    expect(spanText(at(-498), 10)).toBe('490s BCE');
    expect(spanText(at(1980), 10)).toBe('1980s');
    expect(spanText(at(400), 10)).toBe('400s CE');
    expect(spanText(at(-498), 100)).toBe('400s BCE');
    expect(spanText(at(1900), 100)).toBe('1900s');
    expect(spanText(at(1), 10)).toBe('1–9 CE');
    expect(spanText(at(-8), 10)).toBe('9–1 BCE');
    expect(spanText(at(-98), 100)).toBe('99–1 BCE');
  });

  it('binText(…) names a bin of each unit, never with a negative year', () => {
    const [week, month, yearly, decade, century] = UNITS;
    expect(binText(week!, at(2024, 9, 21))).toBe('21–27 Oct');
    expect(binText(month!, at(2024, 9))).toBe('Oct 2024');
    expect(binText(month!, at(-479, 8))).toBe('Sept 480 BCE');
    expect(binText(yearly!, at(-479))).toBe('480 BCE');
    expect(binText(yearly!, at(2024))).toBe('2024');
    expect(binText(decade!, at(-488))).toBe('480s BCE');
    expect(binText(century!, at(1900))).toBe('1900s');
  });
});
