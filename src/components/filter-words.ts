/** The filter bar's words: facet names, status labels, and the phrases around counts, in the interface language. */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { groupLabel, kindLabel, type DatasetIndex } from '../data/dataset-index.js';
import type { Facet } from '../data/filters.js';
import { statusText } from '../data/labels.js';
import { EVENT_STATUSES } from '../data/schema.js';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from '../data/search.js';
import { numberText, plural } from '../i18n/plural.js';
import { wordTable } from '../i18n/word-table.js';

/** A status's label, in the interface language; an unknown value as itself. */
export const statusLabel = (value: string): string | undefined => {
  const status = EVENT_STATUSES.find((known) => known === value);
  return status && statusText(status).label;
};

/** The name of each facet whose name is not the dataset's own (its groups and sources are). */
export const facetLabel = wordTable<Exclude<Facet, 'groups' | 'articles'>>(() => ({
  actors: msg('Actor'),
  kinds: msg('Kind'),
  statuses: msg('Status'),
}));

/** "Only events no other article reports" (a checkbox), "events no other article reports" (its chip). */
export function onlyText(noun: 'article' | 'source', option: boolean): string {
  if (noun === 'article') {
    return option ? msg('Only events no other article reports') : msg('events no other article reports');
  }
  return option ? msg('Only events no other source reports') : msg('events no other source reports');
}

/** The word after an option's count: "event" / "events" (the number is shown before it). */
export function eventsWord(n: number): string {
  return plural(n, {
    one: msg('event', { id: 'events-word.one' }),
    few: msg('events', { id: 'events-word.few' }),
    many: msg('events', { id: 'events-word.many' }),
    other: msg('events', { id: 'events-word.other' }),
  });
}

/** "7 of 17 events". */
export function matchingText(matching: number, total: number): string {
  const [shown, all] = [numberText(matching), numberText(total)];
  return plural(total, {
    one: msg(str`${shown} of ${all} event`, { id: 'matching.one' }),
    few: msg(str`${shown} of ${all} events`, { id: 'matching.few' }),
    many: msg(str`${shown} of ${all} events`, { id: 'matching.many' }),
    other: msg(str`${shown} of ${all} events`, { id: 'matching.other' }),
  });
}

/** Said after the count when the query is longer than a search reads. */
export const searchCutNote = () =>
  html`<span class="cut">
    ${msg(str`(only its first ${MAX_QUERY_TERMS} words, at most ${MAX_QUERY_CHARS} characters, are searched)`)}</span
  >`;

/** The name of an option as readers see it. */
export function optionLabel(index: DatasetIndex | undefined, facet: Facet, value: string): string {
  // Values come from the app unchecked; one outside the vocabulary shows as itself.
  switch (facet) {
    case 'groups':
      return index?.group.get(value) ? groupLabel(index, value) : value;
    case 'kinds':
      return index ? kindLabel(index, value) : value;
    case 'statuses':
      return statusLabel(value) ?? value;
    case 'actors':
      return index?.actor.get(value)?.name ?? value;
    case 'articles':
      return index?.article.get(value)?.title ?? value;
  }
}
