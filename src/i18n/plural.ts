/**
 * Counts in words without ICU: each countable phrase is four messages (ids `<name>.one|few|many|other`; English
 * uses one and other, Ukrainian all four, Korean other), and `Intl.PluralRules` of the interface language picks
 * one. Every form is written out in the source so that the catalogues list them all.
 */
import { intlLocale } from './intl-locale.js';

export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of a count's phrase that the interface language uses for `n`. */
export function plural(n: number, forms: PluralForms): string {
  const locale = intlLocale();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(n);
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Languages whose numbers are written in Latin digits: below 1,000 a whole number is then its plain digits. */
const LATIN_DIGITS = /^(en|uk|ko)(-|$)/i;

/**
 * A number in the interface language's digits and grouping: 11,000 / 11 000 / 11,000. A whole number below 1,000 in
 * a language with Latin digits is written without Intl: a page's first number formatting loads ICU's number data
 * (about 14 ms in Chromium, 55 ms on a slow phone), which the app's first render should not wait for. Then one
 * formatter per language (`toLocaleString` makes one at every call).
 */
export function numberText(n: number): string {
  const locale = intlLocale();
  if (Number.isInteger(n) && (n > 0 || Object.is(n, 0)) && n < 1000 && LATIN_DIGITS.test(locale)) return String(n);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}
