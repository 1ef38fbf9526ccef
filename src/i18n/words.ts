/**
 * The interface's words for what a dataset cites, and counts of things, shared by every view. What a source is
 * called depends on the dataset: `article` when every source is a stored article, else `source` (`sourceNoun`).
 */
import { msg, str } from '@lit/localize';
import { intlLocale } from './intl-locale.js';
import { numberText, plural, type PluralForms } from './plural.js';

export type SourceNoun = 'article' | 'source';

/** "articles" / "sources", for a phrase about them in general. */
export function sourcesWord(noun: SourceNoun): string {
  return noun === 'article' ? msg('articles') : msg('sources');
}

/** What is counted in words: a dataset's sources (by its noun for them), its events and its claims. */
export type Counted = SourceNoun | 'event' | 'claim';

/** Each count's phrase in every plural form, around `count` (the number, already written out). */
const countPhrases = (count: string): Readonly<Record<Counted, PluralForms>> => ({
  article: {
    one: msg(str`${count} article`, { id: 'n-articles.one' }),
    few: msg(str`${count} articles`, { id: 'n-articles.few' }),
    many: msg(str`${count} articles`, { id: 'n-articles.many' }),
    other: msg(str`${count} articles`, { id: 'n-articles.other' }),
  },
  source: {
    one: msg(str`${count} source`, { id: 'n-sources.one' }),
    few: msg(str`${count} sources`, { id: 'n-sources.few' }),
    many: msg(str`${count} sources`, { id: 'n-sources.many' }),
    other: msg(str`${count} sources`, { id: 'n-sources.other' }),
  },
  event: {
    one: msg(str`${count} event`, { id: 'n-events.one' }),
    few: msg(str`${count} events`, { id: 'n-events.few' }),
    many: msg(str`${count} events`, { id: 'n-events.many' }),
    other: msg(str`${count} events`, { id: 'n-events.other' }),
  },
  claim: {
    one: msg(str`${count} claim`, { id: 'n-claims.one' }),
    few: msg(str`${count} claims`, { id: 'n-claims.few' }),
    many: msg(str`${count} claims`, { id: 'n-claims.many' }),
    other: msg(str`${count} claims`, { id: 'n-claims.other' }),
  },
});

/** "3 articles", "1 source", "17 events": the number in the interface language, the phrase in the form it takes. */
export function countText(n: number, counted: Counted): string {
  return plural(n, countPhrases(numberText(n))[counted]);
}

/** "3 articles", "1 source". */
export const sourceCount = (n: number, noun: SourceNoun): string => countText(n, noun);

/** "17 events". */
export const eventCount = (n: number): string => countText(n, 'event');

/** "4 claims". */
export const claimCount = (n: number): string => countText(n, 'claim');

/** One list formatter per language and type (each costs about as much to make as a hundred lists to format). */
const listFormats = new Map<string, Intl.ListFormat>();

/** A list in the interface language: "A, B and C" / "A, B і C" / "A, B 및 C". */
export function listText(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${intlLocale()}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(intlLocale(), { type })));
  return format.format(items);
}
