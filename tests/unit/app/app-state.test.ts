import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, formatInstant, parseInstant, readState, writeState } from '../../../src/app/app-state.js';
import { EMPTY_FILTERS } from '../../../src/data/filters.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';
import { fixtureJson } from '../../support/fixtures.js';

const base = 'https://example.org/timeline/?embed=1';

describe('formatInstant and parseInstant', () => {
  it('writes midnight as a date and other times to the minute', () => {
    expect(formatInstant(new Date('2024-10-20T00:00:00Z'))).toBe('2024-10-20');
    expect(formatInstant(new Date('2024-10-20T06:13:29Z'))).toBe('2024-10-20T06:13Z');
  });
  it('reads both forms back, and nothing else', () => {
    expect(parseInstant('2024-10-20')?.toISOString()).toBe('2024-10-20T00:00:00.000Z');
    expect(parseInstant('2024-10-20T06:13Z')?.toISOString()).toBe('2024-10-20T06:13:00.000Z');
    for (const bad of [null, '', '20-10-2024', '2024-13-45', 'javascript:alert(1)'])
      expect(parseInstant(bad)).toBeUndefined();
  });
});

describe('readState and writeState', () => {
  const state = {
    view: 'list' as const,
    filters: { ...EMPTY_FILTERS, actors: ['budanov'], statuses: ['expected' as const], query: 'Kursk troops' },
    event: 'syrsky-briefing-2024-10-25',
    window: { start: new Date('2024-10-20T00:00:00Z'), end: new Date('2024-10-28T12:30:00Z') },
    present: undefined,
    asOf: undefined,
  };

  it('round-trips view, filters, search, selection and window, keeping other parameters', () => {
    const href = writeState(base, state);
    const url = new URL(href);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('from')).toBe('2024-10-20');
    expect(url.searchParams.get('to')).toBe('2024-10-28T12:30Z');
    expect(readState(url.search)).toEqual(state);
  });

  it('replaces what it owns and writes nothing for the empty state', () => {
    const once = writeState(base, state);
    expect(writeState(once, EMPTY_STATE)).toBe(new URL(base).href);
  });

  it('drops unknown views, windows that end before they start, and (with an index) unknown events', () => {
    const result = validateDataset(fixtureJson());
    if (!result.ok) throw new Error('fixture');
    const index = indexDataset(result.dataset);
    const read = readState('?view=map&event=nope&from=2024-10-28&to=2024-10-20&actor=alpha&actor=ghost', index);
    expect(read.view).toBeUndefined();
    expect(read.event).toBeUndefined();
    expect(read.window).toBeUndefined();
    expect(read.filters.actors).toEqual(['alpha']);
  });
});

describe('presentation in the address', () => {
  it('round-trips present, story and step, counting steps from 1 in the address', () => {
    const state = { ...EMPTY_STATE, view: 'list' as const, present: { story: 'essential', step: 6 } };
    const url = new URL(writeState(base, state));
    expect(url.searchParams.get('present')).toBe('1');
    expect(url.searchParams.get('story')).toBe('essential');
    expect(url.searchParams.get('step')).toBe('7');
    expect(readState(url.search)).toEqual(state);
    // Leaving the presentation removes all three.
    const left = new URL(writeState(url.href, { ...state, present: undefined }));
    expect(['present', 'story', 'step'].map((key) => left.searchParams.has(key))).toEqual([false, false, false]);
  });

  it('starts at the first step without a valid step, and is off unless present=1', () => {
    expect(readState('?present=1').present).toEqual({ story: undefined, step: 0 });
    for (const step of ['0', '-3', '2.5', 'x']) expect(readState(`?present=1&step=${step}`).present?.step).toBe(0);
    expect(readState('?present=0&story=a&step=3').present).toBeUndefined();
  });

  it('drops, with an index, a story the dataset lacks but keeps the deck of all events', () => {
    const result = validateDataset(fixtureJson());
    if (!result.ok) throw new Error('fixture');
    const index = indexDataset(result.dataset);
    expect(readState('?present=1&story=nope&step=2', index).present).toEqual({ story: undefined, step: 1 });
    expect(readState('?present=1&story=events', index).present?.story).toBe('events');
  });
});

describe('"as known on" in the address', () => {
  it('round-trips the day, and whether articles possibly published by then count', () => {
    for (const asOf of [
      { day: '2024-10-22', possibly: false },
      { day: '2024-10-23', possibly: true },
    ]) {
      const href = writeState(base, { ...EMPTY_STATE, asOf });
      expect(new URL(href).searchParams.get('asof')).toBe(asOf.day);
      expect(readState(new URL(href).search).asOf).toEqual(asOf);
    }
    expect(new URL(writeState(base, { ...EMPTY_STATE, asOf: { day: '2024-10-22', possibly: false } })).search).toBe(
      '?embed=1&asof=2024-10-22',
    );
  });

  it('ignores days that are not calendar days, and `possibly` without a day', () => {
    for (const search of ['?asof=2024-10-32', '?asof=22.10.2024', '?asof=', '?possibly=1', '?asof=2024-10-22T00:00Z'])
      expect(readState(search).asOf).toBeUndefined();
  });

  it('is removed when cleared, other parameters kept', () => {
    const once = writeState(base, { ...EMPTY_STATE, asOf: { day: '2024-10-22', possibly: true } });
    expect(writeState(once, EMPTY_STATE)).toBe(new URL(base).href);
  });
});
