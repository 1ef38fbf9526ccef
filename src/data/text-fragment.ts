/**
 * Links to a passage of a web page: a URL text fragment (`#:~:text=`), which browsers that support it scroll to and
 * highlight, and others ignore (the page still opens). Pure.
 */
import { webUrl } from './web-url.js';

/** Longer quotes are matched by their first and last words (`text=start,end`), which survives small differences. */
const WORDS_AT_EACH_END = 4;
const LONG_QUOTE_WORDS = 2 * WORDS_AT_EACH_END + 2;

/** A part of a text directive: percent-encoded, with `-`, `,` and `&`, which the syntax uses, encoded too. */
const encodePart = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * The page's address with a text fragment for `quote`, or the address alone without a quote. Undefined for an
 * address that is not a web page's (see `webUrl`).
 */
export function textFragmentUrl(url: string, quote?: string): string | undefined {
  const page = webUrl(url);
  if (page === undefined) return undefined;
  const words = (quote ?? '')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return page;
  const directive =
    words.length >= LONG_QUOTE_WORDS
      ? `${encodePart(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encodePart(words.slice(-WORDS_AT_EACH_END).join(' '))}`
      : encodePart(words.join(' '));
  return `${page}${new URL(page).hash ? '' : '#'}:~:text=${directive}`;
}
