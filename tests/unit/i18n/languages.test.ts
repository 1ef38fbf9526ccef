import { describe, expect, it } from 'vitest';
import { chooseLanguage, directionOf, intlLocaleOf, namedLanguage } from '../../../src/i18n/languages.js';
import { plural } from '../../../src/i18n/plural.js';
import { setIntlLocale } from '../../../src/i18n/intl-locale.js';

describe('chooseLanguage(asked, preferences)', () => {
  it('takes the language asked for by name, in any case and with a region', () => {
    expect(chooseLanguage('uk', ['en-US'])).toBe('uk');
    expect(chooseLanguage('KO-kr', ['en-US'])).toBe('ko');
    expect(chooseLanguage('ar-XB', ['en-US'])).toBe('ar-XB');
  });

  it('else the first of the browser preferences it has, never the pseudo-locale', () => {
    expect(chooseLanguage(null, ['fr-FR', 'ko-KR', 'uk'])).toBe('ko');
    expect(chooseLanguage(null, ['ar-XB', 'ar'])).toBe('en');
  });

  it('falls back to English for an unknown or empty value, and never keeps what was asked', () => {
    expect(chooseLanguage('fr', ['de'])).toBe('en');
    expect(chooseLanguage('<script>', [])).toBe('en');
    expect(chooseLanguage('', [])).toBe('en');
    expect(namedLanguage('ukrainian')).toBeUndefined();
  });

  it('gives the pseudo-locale right to left, English-formatted dates; the others left to right, their own', () => {
    expect(directionOf('ar-XB')).toBe('rtl');
    expect(directionOf('uk')).toBe('ltr');
    expect(intlLocaleOf('ar-XB')).toBe('en-GB');
    expect(intlLocaleOf('ko')).toBe('ko');
  });
});

describe('plural(n, forms)', () => {
  const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
  it("picks the interface language's form, as Intl.PluralRules says", () => {
    try {
      setIntlLocale('uk');
      expect([1, 2, 5, 21, 22, 25, 1.5].map((n) => plural(n, forms))).toEqual(
        [1, 2, 5, 21, 22, 25, 1.5].map((n) => new Intl.PluralRules('uk').select(n)),
      );
      expect(plural(3, forms)).toBe('few');
      setIntlLocale('ko');
      expect(plural(1, forms)).toBe('other');
      setIntlLocale('en-GB');
      expect([plural(1, forms), plural(2, forms)]).toEqual(['one', 'other']);
    } finally {
      setIntlLocale('en-GB');
    }
  });
});
