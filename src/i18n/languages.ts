/**
 * The interface languages and how one is chosen; pure. English is the source language (the strings in the code);
 * Ukrainian and Korean are translated (xliff/); `ar-XB` is a pseudo-locale for testing right-to-left layout: the
 * English strings, accented, bracketed and written right to left (decision 0031).
 */
export const LANGUAGES = ['en', 'uk', 'ko'] as const;
/** The right-to-left pseudo-locale (Chromium's and Android's name for one): only chosen when asked for by name. */
export const PSEUDO_RTL = 'ar-XB';
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_RTL;

/** Each language's locale for `Intl` (the pseudo-locale formats dates as English does). */
const INTL: Readonly<Record<Language, string>> = { en: 'en-GB', uk: 'uk', ko: 'ko', [PSEUDO_RTL]: 'en-GB' };

/** A language asked for by name (`?lang=`, `lang=`): one of ours, else undefined (never echoed). */
export function namedLanguage(value: string | null | undefined): Language | undefined {
  if (!value) return undefined;
  const tag = value.trim().toLowerCase();
  if (tag === PSEUDO_RTL.toLowerCase()) return PSEUDO_RTL;
  return LANGUAGES.find((language) => language === tag || tag.startsWith(`${language}-`));
}

/** The first of the reader's preferred languages (`navigator.languages`) that we have; the pseudo-locale never. */
export function preferredLanguage(preferences: readonly string[]): Language | undefined {
  for (const preference of preferences) {
    const language = namedLanguage(preference);
    if (language && language !== PSEUDO_RTL) return language;
  }
  return undefined;
}

/** The interface language: the one asked for by name if we have it, else the reader's preference, else English. */
export function chooseLanguage(asked: string | null | undefined, preferences: readonly string[]): Language {
  return namedLanguage(asked) ?? preferredLanguage(preferences) ?? 'en';
}

/** The writing direction of a language's interface. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === PSEUDO_RTL ? 'rtl' : 'ltr';
}

/** The `Intl` locale of a language's dates, numbers and lists. */
export function intlLocaleOf(language: Language): string {
  return INTL[language];
}
