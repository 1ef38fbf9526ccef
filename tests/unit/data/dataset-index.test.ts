import { describe, expect, it } from 'vitest';
import { article, buildIndex, timelineEvent } from '../../support/build-index.js';

const TEXT = 'He said “it happened” there.';
const sources = [{ article: 'a', quote: '“it happened”' }];

describe('indexDataset: the order of events', () => {
  it('is chronological by start, then end, and keeps the dataset’s order for events of the same span', () => {
    const index = buildIndex({
      articles: [article('a')],
      texts: { a: TEXT },
      events: [
        timelineEvent('zebra', { title: 'Zebra crossing opened', date: '2024-10-05', sources }),
        timelineEvent('late', { title: 'A later event', date: '2024-10-09', sources }),
        timelineEvent('apple', { title: 'Apple harvest began', date: '2024-10-05', sources }),
        timelineEvent('month', { title: 'All of October', date: '2024-10', sources }),
        timelineEvent('mango', { title: 'mango prices rose', date: '2024-10-05', sources }),
      ],
    });
    expect(index.events.map((event) => event.id)).toEqual(['month', 'zebra', 'apple', 'mango', 'late']);
  });
});
