/**
 * Datasets made to be hard for the app to load (issue 17, "never frozen"), built on the seeded generator, within
 * the app's limits (`src/data/limits.ts`): any of them must load without a main-thread task over 200 ms.
 *
 * - `near-quotes`: one article of almost 1 MB (the article limit) and 1,000 quotes that nearly match it (a long
 *   passage of it with its last word changed), the shape that froze a naive search for seconds.
 * - `hard-dates`: 5,000 events with 5,000 distinct dates in the forms the EDTF grammar must read (seasons,
 *   unspecified digits, qualified parts, years before the common era, letter-prefixed years, intervals of them).
 * - `long-query`: not a dataset but an address: a search of thousands of characters (`?q=`) on the 1,000-event one.
 */
import { MAX_ARTICLE_BYTES } from '../../src/data/limits.js';
import { generateDataset, type SyntheticDataset } from './generate.js';

export type AdversarialId = 'near-quotes' | 'hard-dates';

export const ADVERSARIAL: readonly { id: AdversarialId; label: string }[] = [
  { id: 'near-quotes', label: '1,000 quotes nearly matching a 1 MB article' },
  { id: 'hard-dates', label: '5,000 distinct hard-to-parse dates' },
];

/**
 * The search of the `long-query` row: two words most synthetic events have, over and over (the search matches events
 * whichever of its words it reads), each one more term to look up, with near spellings.
 */
export function longQuery(chars = 5_000): string {
  return 'report said '
    .repeat(Math.ceil(chars / 12))
    .slice(0, chars)
    .trim();
}

/** Words of one to six letters of "abcd", one space apart: text in which any passage nearly recurs many times. */
function words(length: number, seed: number): string {
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state >>> 8) % n;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const word = Array.from({ length: 1 + next(6) }, () => 'abcd'[next(4)]).join('');
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/**
 * 200 events of five sources each, all quoting one article: the article is text of short words of four letters,
 * and each quote is a passage of about 150 characters of it whose last letter is changed to one the text never
 * has (so it nearly matches, at many places), except every tenth, which is verbatim.
 */
function nearQuotes(seed: number): SyntheticDataset {
  const base = generateDataset({ events: 200, articles: 5, seed });
  const length = MAX_ARTICLE_BYTES - 48_576;
  const text = words(length, seed);
  const events = base.dataset.events as { sources: { article: string; quote: string }[] }[];
  let n = 0;
  for (const event of events) {
    event.sources = Array.from({ length: 5 }, () => {
      // A passage from the start of a word to the end of one.
      const at = text.indexOf(' ', (n * 7_919) % (length - 400)) + 1;
      const passage = text.slice(at, at + 150).replace(/ \S*$/, '');
      const quote = n % 10 === 0 ? passage : `${passage.slice(0, -1)}x`;
      n += 1;
      return { article: 'article-0', quote };
    });
  }
  const texts = new Map(base.texts);
  texts.set('articles/article-0.txt', text);
  return { dataset: base.dataset, texts };
}

/** The `i`th of 5,000 distinct dates (`i` below 5,000) that the fast pattern leaves to the EDTF grammar. */
export function hardDate(i: number): string {
  // Ten forms, 500 of each: the year and day vary with `i`, so that no two are the same.
  const n = Math.floor(i / 10);
  const year = 1000 + n;
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  switch (i % 10) {
    case 0:
      return `${year}-${21 + (n % 4)}`;
    case 1:
      return `${year}-1X-2X`;
    case 2:
      return `${year}-${month}-XX`;
    case 3:
      return `${year}-~${month}-${day}`;
    case 4:
      return `?${year}-${month}-${day}/${year + 1}`;
    case 5:
      return `-${String(year).padStart(4, '0')}-${month}-${day}~`;
    case 6:
      return `Y-${10_000 + n}`;
    case 7:
      return `${year}-${month}-${day}T${String(n % 24).padStart(2, '0')}:00:00Z`;
    case 8:
      return `${year}-~${month}-${day}/${year + 1}-${month}-XX`;
    default:
      return `${String(year).slice(0, 3)}X-${month}`;
  }
}

function hardDates(seed: number): SyntheticDataset {
  const base = generateDataset({ events: 5_000, articles: 50, seed });
  const events = base.dataset.events as { date: string; dateBasis: string }[];
  events.forEach((event, i) => {
    event.date = hardDate(i);
    event.dateBasis = 'A form only the EDTF grammar reads (adversarial dataset).';
  });
  return base;
}

export function generateAdversarial(id: AdversarialId, seed = 1): SyntheticDataset {
  return id === 'near-quotes' ? nearQuotes(seed) : hardDates(seed);
}
