// Dates parsed ahead of validation, in slices that give the page the main thread back: every date is parsed (the
// validation and the index then find them cached), the pauses come whenever a slice has used its time, and an abort
// stops the work.
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../src/data/dates.js';
import { SLICE_MS, dateStrings, primeDates } from '../../../src/data/prime-dates.js';
import { hardDate } from '../../../scripts/synthetic/adversarial.js';

const json = {
  events: [{ date: '2024-10-22' }, { date: '2024-21' }, { date: '2024-10-22' }, { date: 42 }],
  articles: [{ published: '2024-10-XX' }, { published: 'x'.repeat(65) }, {}],
  claims: [{ date: '-0490' }],
  title: 'not a list',
};

describe('dateStrings', () => {
  it('collects the distinct date strings of the lists, skipping non-strings and strings too long for a date', () => {
    expect(dateStrings(json).sort()).toEqual(['-0490', '2024-10-22', '2024-10-XX', '2024-21']);
  });
  it('finds nothing in values of other shapes', () => {
    expect(dateStrings(null)).toEqual([]);
    expect(dateStrings('2024')).toEqual([]);
    expect(dateStrings({ events: 'x', articles: [null, 3, 'y'] })).toEqual([]);
  });
});

describe('primeDates', () => {
  /** A clock that advances `step` ms each time it is read. */
  const clock = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('parses every date into the cache, pausing each time a slice has used SLICE_MS', async () => {
    const dates = Array.from({ length: 40 }, (_, i) => hardDate(i));
    let pauses = 0;
    await primeDates({ events: dates.map((date) => ({ date })) }, undefined, {
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
      // Each date "takes" a third of a slice: a pause after every third date.
      now: clock(SLICE_MS / 3),
    });
    expect(pauses).toBe(Math.floor(dates.length / 3));
    // Cached: the same result object comes back.
    for (const date of dates) expect(parseEdtf(date)).toBe(parseEdtf(date));
  });

  it('never pauses when the dates take no time', async () => {
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    await primeDates(json, undefined, { pause, now: () => 0 });
    expect(pauses).toBe(0);
  });

  it('stops with the reason when the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new DOMException('stopped', 'AbortError');
    const run = primeDates(
      { events: Array.from({ length: 20 }, (_, i) => ({ date: hardDate(100 + i) })) },
      controller.signal,
      {
        pause: () => {
          controller.abort(reason);
          return Promise.resolve();
        },
        now: clock(SLICE_MS),
      },
    );
    await expect(run).rejects.toBe(reason);
  });
});
