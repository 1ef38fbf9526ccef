/** The filter bar's words: facet names, status labels, and the phrases around counts, in the interface language. */
import { msg } from '@lit/localize';
import type { Facet } from '../data/filters.js';
import { STATUS_TEXT } from '../data/labels.js';
import { plural } from '../i18n/plural.js';

/** A status's label, in the interface language; an unknown value as itself. */
export const statusLabel = (value: string): string | undefined =>
  Object.hasOwn(STATUS_TEXT, value) ? STATUS_TEXT[value as keyof typeof STATUS_TEXT].label : undefined;

export const FACET_LABELS: Readonly<Record<Exclude<Facet, 'groups' | 'articles'>, () => string>> = {
  actors: () => msg('Actor'),
  kinds: () => msg('Kind'),
  statuses: () => msg('Status'),
};

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
