/**
 * What the page's first screen shows of a dataset (decision 0053): its headline, its standfirst, the events of the
 * window the timeline opens on (as the timeline's preview lists them) and the list's first entries (what a phone
 * opens on). Written into the built page for the site's own dataset (scripts/first-screen.ts), and drawn by
 * `early.ts` for a dataset named by `?data=` while the app's code loads (decision 0055). Pure.
 */
import { formatDateSpan } from '../data/dates.js';
import { datasetLang, eventDate, indexDataset, type DatasetIndex } from '../data/dataset-index.js';
import type { Dataset, TimelineEvent } from '../data/types.js';
import { eventsInWindow } from '../timeline/events-in-window.js';
import { initialWindow } from '../timeline/items.js';

/** Entries of the phone's list in the first screen: what a 375x812 screen shows, and one more. */
export const LIST_ENTRIES = 4;

/** The locale of the first screen's dates: the page's own words are English (index.html's language). */
export const FIRST_SCREEN_LOCALE = 'en-GB';

/** One event as the first screen lists it. */
export interface FirstEntry {
  id: string;
  date: string;
  title: string;
  summary: string;
}

/** What the first screen shows of a validated dataset. */
export interface FirstScreen {
  title: string;
  description: string;
  /** The dataset's language (BCP 47), for the `lang` of its text. */
  lang: string;
  /** The events of the window the timeline opens on, as the app's preview lists them. */
  window: FirstEntry[];
  /** How many more events that window holds. */
  more: number;
  /** The first entries of the list (phones). */
  list: FirstEntry[];
}

function entry(index: DatasetIndex, event: TimelineEvent, style: 'short' | 'long'): FirstEntry {
  return {
    id: event.id,
    date: formatDateSpan(eventDate(index, event), { style, locale: FIRST_SCREEN_LOCALE }),
    title: event.title,
    summary: event.summary ?? '',
  };
}

/** The first screen of a validated dataset. */
export function firstScreen(dataset: Dataset): FirstScreen {
  const index = indexDataset(dataset);
  const { shown, total } = eventsInWindow(index, index.events, initialWindow(index));
  return {
    title: dataset.title,
    description: dataset.description,
    lang: datasetLang(index),
    window: shown.map((event) => entry(index, event, 'short')),
    more: total - shown.length,
    list: index.events.slice(0, LIST_ENTRIES).map((event) => entry(index, event, 'long')),
  };
}
