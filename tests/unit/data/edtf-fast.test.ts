// The pattern that reads the common EDTF forms without the grammar must give exactly what the grammar gives for every
// input it takes, take the common forms, and leave the rest (seasons, impossible days, reversed intervals, other
// forms) to the grammar, so that what the grammar accepts or refuses, and its messages, stay as they were.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST, runs } from '../../support/properties.js';
import { fastParse, grammarParse } from '../../../src/data/edtf-parse.js';

/** 400 cases per property: the grammar takes up to a few milliseconds a date on a busy machine. */
const RUNS = 400;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A year, month or day in the plain forms, with digits that may be out of range (months 00 to 45, days 00 to 32). */
const plain = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
    fc.constantFrom('', '~', '?', '%'),
  )
  .map(([year, month, day, qualifier]) => {
    let text = pad(year, 4);
    if (month !== undefined) text += `-${pad(month, 2)}`;
    if (month !== undefined && day !== undefined) text += `-${pad(day, 2)}`;
    return text + qualifier;
  });
/** Interval ends: a plain date, open (`..`) or unknown (empty). */
const end = fc.oneof({ weight: 4, arbitrary: plain }, fc.constant('..'), fc.constant(''));

describe('fastParse', () => {
  it('agrees with the grammar on every plain date it reads, and leaves the rest to it', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(plain, (input) => {
        const fast = fastParse(input);
        const slow = grammarParse(input);
        if (fast) expect(slow).toEqual({ ok: true, value: fast });
      }),
      runs(RUNS),
    );
  });

  it('agrees with the grammar on intervals of plain dates, open and unknown ends included', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(end, end, (lower, upper) => {
        const input = `${lower}/${upper}`;
        const fast = fastParse(input);
        const slow = grammarParse(input);
        if (fast) expect(slow).toEqual({ ok: true, value: fast });
      }),
      runs(RUNS),
    );
  });

  it('reads every day, month and year from 1000 on, and every ordered interval of them', PROPERTY_TEST, () => {
    const common = fc
      .tuple(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('', '~', '?', '%'),
      )
      .map(([year, month, day, parts, qualifier]) => {
        const text = [pad(year, 4), pad(month, 2), pad(day, 2)].slice(0, parts + 1).join('-');
        return text + qualifier;
      });
    fc.assert(
      fc.property(common, common, (a, b) => {
        expect(fastParse(a), a).toBeDefined();
        const [first, last] = a.replace(/[~?%]/, '') <= b.replace(/[~?%]/, '') ? [a, b] : [b, a];
        // An interval whose first end starts no later than the last one ends.
        if (grammarParse(`${first}/${last}`).ok) expect(fastParse(`${first}/${last}`)).toBeDefined();
      }),
      runs(RUNS),
    );
  });

  it('reads the forms datasets use most, and not the others', () => {
    for (const input of [
      '2024',
      '2024-10',
      '2024-10-22',
      '2024-10-22~',
      '2024-10?',
      '2024%',
      '2024-10-21/2024-10-25',
    ]) {
      expect(fastParse(input), input).toBeDefined();
    }
    for (const input of ['../2024-10-18', '2024-10-18/..', '2024-10-18/', '/2024-10-18']) {
      expect(fastParse(input), input).toBeDefined();
    }
    // Seasons, unspecified digits, times, BCE years, qualified parts and impossible days go to the grammar.
    for (const input of [
      '2024-21',
      '2024-10-XX',
      '2024-10-22T10:00:00Z',
      '-0490',
      '2024-~10',
      '2023-02-29',
      '2024-13',
    ]) {
      expect(fastParse(input), input).toBeUndefined();
    }
    for (const input of ['../..', '/', '2024-10-25/2024-10-21', '2024-10-22 ', ' 2024']) {
      expect(fastParse(input), input).toBeUndefined();
    }
    // Intervals whose ends start together, which the grammar refuses (a property run found "9987/9987").
    for (const input of ['2024/2024', '9987/9987', '2024-10-05/2024-10-05', '2024/2024-01', '2024-10-01/2024-10']) {
      expect(fastParse(input), input).toBeUndefined();
      expect(grammarParse(input).ok, input).toBe(false);
    }
  });
});
