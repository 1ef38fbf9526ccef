import { describe, expect, it } from 'vitest';
import { density, describeDensity, overviewDomain, type OverviewEvent } from '../../../src/charts/density.js';
import { parseEdtf } from '../../../src/data/dates.js';

/** An event on the date `edtf` says, as the overview gets it from the index. */
function dated(id: string, edtf: string, background = false): OverviewEvent {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(parsed.message);
  return { id, start: new Date(parsed.value.start), end: new Date(parsed.value.end), background };
}

/** The Greco-Persian wars, 499 to 430 BCE, in astronomical years (-0489 is 490 BCE). */
const WARS: OverviewEvent[] = [
  dated('ionian-revolt', '-0498/-0492'),
  dated('sardis', '-0497'),
  dated('lade', '-0493'),
  dated('heralds', '-0491'),
  dated('naxos', '-0490'),
  dated('eretria', '-0489'),
  dated('marathon', '-0489-08/-0489-09'),
  dated('darius-dies', '-0485'),
  dated('navy-law', '-0482~'),
  dated('alliance', '-0480-23'),
  dated('invasion', '-0479/-0478'),
  dated('thermopylae', '-0479-08/-0479-09'),
  dated('salamis', '-0479-09'),
  dated('athens-burns', '-0479'),
  dated('delian-league', '-0477'),
  dated('callias', '-0429~/..'),
];

const year = (date: Date) => date.getUTCFullYear();

describe('density', () => {
  it('overviewDomain(…) counts seventy years BCE in years, 499 BCE to the end of 430 BCE', () => {
    const domain = overviewDomain(WARS)!;
    expect(domain.unit.name).toBe('year');
    expect([year(domain.main.start), year(domain.main.end)]).toEqual([-498, -428]);
    expect(domain.earlier).toEqual([]);
  });

  it('density(…) bins events known to the year or better in their year, and spreads longer spans over theirs', () => {
    const { unit, bins } = density(WARS, overviewDomain(WARS)!);
    expect(unit.name).toBe('year');
    expect(bins).toHaveLength(70);
    const of = (y: number) => bins.find((b) => year(b.start) === y)!;
    expect(of(-479).dated).toEqual(['thermopylae', 'salamis', 'athens-burns']);
    expect(of(-489).dated).toEqual(['eretria', 'marathon']);
    // 499–493 BCE is seven years: a seventh in each, give or take a leap day.
    for (let y = -498; y <= -492; y++) expect(of(y).rough).toBeCloseTo(1 / 7, 2);
    expect(of(-491).rough).toBe(0);
    expect(bins.reduce((n, b) => n + b.dated.length + b.rough, 0)).toBeCloseTo(WARS.length);
    expect(bins.every((b, i) => i === 0 || b.start.getTime() === bins[i - 1]!.end.getTime())).toBe(true);
  });

  it('describeDensity(…) says years BCE with their era and names the busiest year', () => {
    const text = describeDensity(WARS, overviewDomain(WARS)!, 'en-GB');
    expect(text).toBe(
      'Event density, 499 to 430 BCE: 16 events, busiest year 480 BCE with 3 events; ' +
        '2 events dated only loosely, spread over their span.',
    );
  });

  it('describeDensity(…) lists earlier background years BCE in time order', () => {
    const events = [...WARS, dated('cyrus', '-0545', true), dated('darius', '-0521', true)];
    const domain = overviewDomain(events)!;
    expect(domain.earlier.map((e) => e.id)).toEqual(['cyrus', 'darius']);
    expect(describeDensity(events, domain, 'en-GB')).toMatch(/; earlier background: 2 events \(546 BCE, 522 BCE\)\.$/);
  });

  it('describeDensity(…) names months over a few years, and the busiest month', () => {
    const events = [
      dated('a', '2019-03-04'),
      dated('b', '2020-10-01'),
      dated('c', '2020-10-30'),
      dated('d', '2021-10'),
      dated('e', '2020-21'),
    ];
    const domain = overviewDomain(events)!;
    expect(domain.unit.name).toBe('month');
    expect(describeDensity(events, domain, 'en-GB')).toBe(
      'Event density, March 2019 to October 2021: 5 events, busiest month Oct 2020 with 2 events; ' +
        '1 event dated only loosely, spread over its span.',
    );
  });

  it('describeDensity(…) names the busiest decade over five centuries', () => {
    const events = [dated('a', '1500'), dated('b', '1987'), dated('c', '1989-05'), dated('d', '1999')];
    const domain = overviewDomain(events)!;
    expect(domain.unit.name).toBe('decade');
    expect(describeDensity(events, domain, 'en-GB')).toBe(
      'Event density, 1500 to 1999: 4 events, busiest decade 1980s with 2 events.',
    );
  });
});
