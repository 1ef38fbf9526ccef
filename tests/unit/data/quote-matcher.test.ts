import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuotes } from '../../../src/data/quote-matcher.js';
import { PROPERTY_TEST, runs } from '../../support/properties.js';

/** The obvious way, quote by quote: slow, but plainly right. */
function naive(text: string, quote: string) {
  let prefix = 0;
  while (prefix < quote.length && text.includes(quote.slice(0, prefix + 1))) prefix++;
  return { found: text.includes(quote), prefix };
}

describe('matchQuotes(text, quotes)', () => {
  it('says which quotes occur, and how much of the others does', () => {
    const text = 'The first units arrived in Kursk on Wednesday.';
    expect(matchQuotes(text, ['first units arrived', 'units arrive in Kursk', 'Thursday', ''])).toEqual([
      { found: true, prefix: 19 },
      { found: false, prefix: 12 },
      // "Th" begins "The".
      { found: false, prefix: 2 },
      { found: true, prefix: 0 },
    ]);
  });

  it('finds quotes that share beginnings, ends and middles', () => {
    expect(matchQuotes('abcabcabd', ['abcabd', 'cab', 'bcabx', 'abcabcabd', 'd'])).toEqual([
      { found: true, prefix: 6 },
      { found: true, prefix: 3 },
      { found: false, prefix: 4 },
      { found: true, prefix: 9 },
      { found: true, prefix: 1 },
    ]);
  });

  it('agrees with searching quote by quote, on any texts and quotes', PROPERTY_TEST, () => {
    // A small alphabet, so that quotes often almost match.
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 40 });
    fc.assert(
      fc.property(letters, fc.array(letters, { maxLength: 8 }), (text, quotes) => {
        expect(matchQuotes(text, quotes)).toEqual(quotes.map((quote) => naive(text, quote)));
      }),
      runs(500),
    );
  });

  it('checks a thousand quotes that almost match a megabyte of text in one pass', () => {
    // The review's case: searching one quote at a time (then halving it to find where it differs) froze the page.
    const text = 'a'.repeat(1_000_000);
    const quotes = Array.from({ length: 1_000 }, (_, i) => `${'a'.repeat(7 + (i % 5))}b`);
    const matches = matchQuotes(text, quotes);
    expect(matches.every((m, i) => !m.found && m.prefix === 7 + (i % 5))).toBe(true);
  });
});
