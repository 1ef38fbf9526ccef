/**
 * The interface's words for what a dataset cites, and counts of things, shared by every view. What a source is
 * called depends on the dataset: `article` when every source is a stored article, else `source` (`sourceNoun`).
 */
import { msg, str } from '@lit/localize';
import { intlLocale } from './intl-locale.js';
import { numberText, plural } from './plural.js';

export type SourceNoun = 'article' | 'source';

/** "articles" / "sources", for a phrase about them in general. */
export function sourcesWord(noun: SourceNoun): string {
  return noun === 'article' ? msg('articles') : msg('sources');
}

/** "3 articles", "1 source". */
export function sourceCount(n: number, noun: SourceNoun): string {
  const count = numberText(n);
  return noun === 'article'
    ? plural(n, {
        one: msg(str`${count} article`, { id: 'n-articles.one' }),
        few: msg(str`${count} articles`, { id: 'n-articles.few' }),
        many: msg(str`${count} articles`, { id: 'n-articles.many' }),
        other: msg(str`${count} articles`, { id: 'n-articles.other' }),
      })
    : plural(n, {
        one: msg(str`${count} source`, { id: 'n-sources.one' }),
        few: msg(str`${count} sources`, { id: 'n-sources.few' }),
        many: msg(str`${count} sources`, { id: 'n-sources.many' }),
        other: msg(str`${count} sources`, { id: 'n-sources.other' }),
      });
}

/** "17 events". */
export function eventCount(n: number): string {
  const count = numberText(n);
  return plural(n, {
    one: msg(str`${count} event`, { id: 'n-events.one' }),
    few: msg(str`${count} events`, { id: 'n-events.few' }),
    many: msg(str`${count} events`, { id: 'n-events.many' }),
    other: msg(str`${count} events`, { id: 'n-events.other' }),
  });
}

/** "4 claims". */
export function claimCount(n: number): string {
  const count = numberText(n);
  return plural(n, {
    one: msg(str`${count} claim`, { id: 'n-claims.one' }),
    few: msg(str`${count} claims`, { id: 'n-claims.few' }),
    many: msg(str`${count} claims`, { id: 'n-claims.many' }),
    other: msg(str`${count} claims`, { id: 'n-claims.other' }),
  });
}

/** A list in the interface language: "A, B and C" / "A, B і C" / "A, B 및 C". */
export function listText(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(), { type }).format(items);
}
