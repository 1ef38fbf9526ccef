import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setIntlLocale } from '../../../src/i18n/intl-locale.js';
import { LANGUAGES, PSEUDO_RTL, intlLocaleOf, type Language } from '../../../src/i18n/languages.js';
import { numberText } from '../../../src/i18n/plural.js';
import { PROPERTY_TEST, runs } from '../../support/properties.js';

afterEach(() => setIntlLocale('en-GB'));

describe('numberText', () => {
  const locales = [...LANGUAGES, PSEUDO_RTL as Language].map((language) => intlLocaleOf(language));

  it('writes any number as Intl does in every language of the app', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true })),
        (locale, n) => {
          setIntlLocale(locale);
          expect(numberText(n)).toBe(new Intl.NumberFormat(locale).format(n));
        },
      ),
      runs(500),
    );
  });

  it('writes the pseudo-locale’s numbers in its own digits', () => {
    setIntlLocale(intlLocaleOf(PSEUDO_RTL));
    expect(numberText(7)).toBe(new Intl.NumberFormat(intlLocaleOf(PSEUDO_RTL)).format(7));
  });
});
