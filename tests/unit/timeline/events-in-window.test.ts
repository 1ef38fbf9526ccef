import { describe, expect, it } from 'vitest';
import { eventsInWindow } from '../../../src/timeline/events-in-window.js';
import { article, buildIndex, timelineEvent } from '../../support/build-index.js';

const TEXT = 'He said “it happened” there.';
const source = [{ article: 'a', quote: '“it happened”' }];
const index = buildIndex({
  articles: [article('a')],
  texts: { a: TEXT },
  events: [
    timelineEvent('early', { date: '2024-10-01', sources: source }),
    timelineEvent('range', { date: '2024-10-05/2024-10-12', sources: source }),
    timelineEvent('month', { date: '2024-10', sources: source }),
    timelineEvent('inside', { date: '2024-10-10', sources: source }),
    timelineEvent('late', { date: '2024-11-20', sources: source }),
  ],
});
const window = { start: new Date('2024-10-08T00:00:00Z'), end: new Date('2024-10-15T00:00:00Z') };
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('eventsInWindow', () => {
  it('keeps the events whose dates overlap the window, ranges and whole months included, in the given order', () => {
    const { shown, total } = eventsInWindow(index, index.events, window);
    expect(ids(shown).sort()).toEqual(['inside', 'month', 'range']);
    expect(total).toBe(3);
    expect(ids(shown)).toEqual(ids(index.events.filter((e) => shown.includes(e))));
  });

  it('lists at most `limit`, and counts them all', () => {
    const { shown, total } = eventsInWindow(index, index.events, window, 2);
    expect(shown).toHaveLength(2);
    expect(total).toBe(3);
  });

  it('takes every event when there is no window, and only those given (the filtered ones)', () => {
    expect(eventsInWindow(index, index.events, undefined, 10).total).toBe(5);
    const late = index.events.filter((e) => e.id === 'late');
    expect(eventsInWindow(index, late, window).total).toBe(0);
  });
});
