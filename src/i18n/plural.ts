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

/** A number in the interface language's digits and grouping: 11,000 / 11 000 / 11,000. */
export function numberText(n: number): string {
  return n.toLocaleString(intlLocale());
}
