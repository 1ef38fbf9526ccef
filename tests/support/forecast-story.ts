// A small story for the tests of the elements that show events (the list, the details): a forecast, the arrival it
// foretold (in two articles, with a number claimed), and a denial of it, each quoted from one of two stored articles.
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { article, buildIndex, timelineEvent } from './build-index.js';

const KP = 'Budanov said “the first units arrive tomorrow” in Kursk.\n\nThe ministry called it “a groundless rumour.”';
const WIRE = 'Officials said “the first units arrived in Kursk” on Wednesday.';

/** The story, indexed: events `forecast` (22 Oct), `arrival` (about 23 Oct) and `denial` (25 Oct). */
export function forecastStory(): DatasetIndex {
  return buildIndex({
    articles: [
      article('kp', { title: 'Budanov expects troops', outlet: 'Kyiv Post', published: '2024-10-22' }),
      article('wire', {
        title: 'Report on the arrival',
        titleIsDescriptive: true,
        outlet: null,
        published: '2024-10-23?',
      }),
    ],
    texts: { kp: KP, wire: WIRE },
    events: [
      timelineEvent('forecast', {
        title: 'Budanov forecasts the first arrivals',
        date: '2024-10-22',
        kind: 'forecast',
        status: 'expected',
        sources: [{ article: 'kp', quote: '“the first units arrive tomorrow”' }],
        related: [{ event: 'arrival', type: 'outcome' }],
      }),
      timelineEvent('arrival', {
        title: 'First units arrive in Kursk',
        date: '2024-10-23~',
        dateBasis: '“Wednesday” in the wire report.',
        kind: 'deployment',
        status: 'claimed',
        actors: ['alpha', 'beta'],
        summary: 'Officials say the first units arrived in Kursk.',
        sources: [
          { article: 'wire', quote: '“the first units arrived in Kursk”' },
          { article: 'kp', quote: 'Budanov said “the first units arrive tomorrow” in Kursk.' },
        ],
        related: [
          { event: 'forecast', type: 'forecast' },
          { event: 'denial', type: 'contradicts', note: 'The ministry calls it a rumour.' },
        ],
      }),
      timelineEvent('denial', {
        title: 'Ministry denies the arrival',
        date: '2024-10-25',
        kind: 'denial',
        status: 'denied',
        actors: ['beta'],
        sources: [{ article: 'kp', quote: 'called it “a groundless rumour.”' }],
        related: [{ event: 'arrival', type: 'contradicts' }],
      }),
    ],
    claims: [
      {
        id: 'units',
        measure: 'units',
        counts: 'units arriving in Kursk',
        value: 3000,
        qualifier: 'about',
        unit: 'troops',
        claimant: 'alpha',
        event: 'arrival',
        source: { article: 'wire', quote: 'the first units arrived' },
      },
    ],
  });
}
