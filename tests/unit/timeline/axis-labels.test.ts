import { describe, expect, it } from 'vitest';
import { majorLabel, minorLabel } from '../../../src/timeline/axis-labels.js';

const utc = (year: number, month = 0, day = 1, hour = 0) => {
  const date = new Date(Date.UTC(2000, month, day, hour));
  date.setUTCFullYear(year);
  return date.getTime();
};

describe('axis labels', () => {
  it('minorLabel(ms, scale) names each tick for its scale', () => {
    expect(minorLabel(utc(2024, 9, 21, 14), 'hour')).toBe('14:00');
    expect(minorLabel(utc(2024, 9, 21), 'weekday')).toBe('Mon 21');
    expect(minorLabel(utc(2024, 9, 21), 'day')).toBe('21');
    expect(minorLabel(utc(2024, 9, 21), 'week')).toBe('21 Oct');
    expect(minorLabel(utc(2024, 9, 1), 'month')).toBe('Oct');
    expect(minorLabel(utc(2024), 'year')).toBe('2024');
  });

  it('leaves the first of a month that is not a Monday to the label above, on a weekly scale', () => {
    expect(minorLabel(utc(2024, 9, 1), 'week')).toBe('');
    expect(minorLabel(utc(2024, 6, 1), 'week')).toBe('1 Jul');
  });

  it('writes years before the common era with their era, never as negative numbers', () => {
    expect(minorLabel(utc(-489), 'year')).toBe('490 BCE');
    expect(majorLabel(utc(-489, 8, 1), 'month')).toBe('490 BCE');
    expect(majorLabel(utc(-489, 8, 1), 'week')).toBe('September 490 BCE');
    expect(minorLabel(utc(79), 'year')).toBe('79 CE');
  });

  it('majorLabel(ms, scale) names the run of ticks above, and nothing above years', () => {
    expect(majorLabel(utc(2024, 9, 21), 'week')).toBe('October 2024');
    expect(majorLabel(utc(2024, 9, 21, 14), 'hour')).toBe('Mon 21 October 2024');
    expect(majorLabel(utc(2024), 'year')).toBe('');
  });

  it('names weeks above days, so the label at the left edge never repeats the next one', () => {
    // vis-timeline labels the run under the left edge (here a Saturday) and the next run at its first tick (Monday).
    expect(majorLabel(utc(2024, 9, 19, 7), 'weekday')).toBe('14 – 20 October 2024');
    expect(majorLabel(utc(2024, 9, 21), 'weekday')).toBe('21 – 27 October 2024');
    expect(majorLabel(utc(2024, 9, 28), 'day')).toBe('28 October – 3 November 2024');
    expect(majorLabel(utc(-489, 8, 1), 'day')).toMatch(/490 BCE$/);
    const labels = [utc(2024, 9, 19, 7), utc(2024, 9, 21), utc(2024, 9, 28), utc(2024, 10, 4)].map((ms) =>
      majorLabel(ms, 'day'),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });
});
