/**
 * lit-localize in runtime mode: the English strings are in the code; another language's are a module of their own
 * (`generated/locales/<code>.ts`, from `xliff/` by `npm run i18n:build`), fetched only when that language is chosen,
 * so English pays for none of them. One language per page: lit-localize keeps the active one globally.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { setIntlLocale } from './intl-locale.js';
import { intlLocaleOf, type Language } from './languages.js';

const MODULES = import.meta.glob<{ templates: Record<string, unknown> }>('./generated/locales/*.ts');

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const load = MODULES[`./generated/locales/${locale}.ts`];
    if (!load) throw new Error(`no catalogue for ${locale}`);
    return (await load()) as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
  },
});

/**
 * Makes `language` the interface's: its strings (fetched if need be) and its dates and numbers. Resolves once
 * they are ready; if its strings cannot be fetched, the interface stays in the language it had (and says nothing).
 */
export async function applyLanguage(language: Language): Promise<Language> {
  try {
    await setLocale(language);
  } catch {
    // Offline without the chunk, or a failed fetch: English (or the language before) is still whole.
  }
  const active = getLocale() as Language;
  setIntlLocale(intlLocaleOf(active));
  return active;
}

/** The language the interface is shown in now. */
export function activeLanguage(): Language {
  return getLocale() as Language;
}
