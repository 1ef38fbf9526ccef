import { describe, expect, it } from 'vitest';
import { stripMarks } from '../../../src/charts/strip.js';
import { parseEdtf, type DateSpan } from '../../../src/data/dates.js';

const span = (edtf: string): DateSpan => {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('stripMarks', () => {
  it('places each date along the line in time order, with room at both ends', () => {
    const strip = stripMarks([span('2024-06-18'), span('2024-10-17'), span('2024-11-01')], 1);
    if (!strip) throw new Error('no strip');
    const [a, b, c] = strip.marks;
    expect(a!.x).toBeGreaterThan(0);
    expect(c!.x).toBeLessThan(1);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    // 18 June to 17 October is 121 days of 136: the middle mark sits about 89% of the way.
    expect((b!.x - a!.x) / (c!.x - a!.x)).toBeCloseTo(121 / 136, 2);
    expect(strip.marks.map((m) => [m.current, m.past])).toEqual([
      [false, true],
      [true, false],
      [false, false],
    ]);
    expect(strip.start.toISOString().slice(0, 10)).toBe('2024-06-18');
    expect(strip.end.toISOString().slice(0, 10)).toBe('2024-11-01');
  });

  it('gives a single day one point and a range or approximate month its extent, the dot in the middle', () => {
    const strip = stripMarks([span('2024-10-01'), span('2024-10-27/2024-10-28'), span('2024-10~')], 0);
    const [day, range, month] = strip!.marks;
    expect(day!.from).toBe(day!.x);
    expect(day!.to).toBe(day!.x);
    expect(range!.from).toBeLessThan(range!.x);
    expect(range!.to).toBeGreaterThan(range!.x);
    expect(month!.to - month!.from).toBeGreaterThan(range!.to - range!.from);
    expect(month!.x).toBeCloseTo((month!.from + month!.to) / 2, 5);
  });

  it('draws nothing for no dates, and one date in the middle', () => {
    expect(stripMarks([], 0)).toBeUndefined();
    expect(stripMarks([span('2024-10-25')], 0)!.marks[0]!.x).toBeCloseTo(0.5, 5);
  });
});
