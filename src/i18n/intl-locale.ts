/**
 * The BCP 47 locale that dates, numbers and lists are formatted in: the interface language's. Set once the language
 * is applied (`localization.ts`); the pure formatting functions take it as their default, so that tests and the
 * command line (English) pass their own. No imports: the data layer and the quote worker may read it.
 */
let current = 'en-GB';

/** The locale of the interface's dates and numbers (`en-GB` until another language is applied). */
export function intlLocale(): string {
  return current;
}

/** Sets the interface's formatting locale (only `localization.ts` and tests call this). */
export function setIntlLocale(locale: string): void {
  current = locale;
}
