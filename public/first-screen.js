// @ts-check
/*
 * Run before the page is drawn (a classic script in <head>, so that no frame shows what it hides; no inline script:
 * the page's security policy refuses those). Written for index.html by scripts/first-screen.ts, decision 0053.
 *
 * 1. The page carries a first screen written at build time from the site's own dataset, in English. It is hidden
 *    (the `st-no-first-screen` class on <html>) when the address asks for anything it does not show: another dataset,
 *    an event, a view, a search, a filter, an embed, a presentation, or an interface language other than English.
 * 2. The theme the address asks for is set at once (the app sets it again, with the accent colour).
 * 3. The dataset the app will load is requested now, while its code arrives: the site's own, or one named by `?data=`
 *    on this site (another origin's is left to the app, which checks it against the allowed origins first).
 * 4. For a dataset named by `?data=` on this site, the early screen's module is loaded (see below).
 */
(() => {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  const params = new URLSearchParams(location.search);
  const languages = (script.dataset['languages'] ?? 'en').split(' ');
  /** The interface language as the app chooses it (src/i18n/languages.ts): asked for by name, else preferred. */
  const named = (/** @type {string | null} */ tag) => {
    const value = (tag ?? '').trim().toLowerCase();
    if (value === 'ar-xb') return value;
    return languages.find((language) => value === language || value.startsWith(`${language}-`));
  };
  const preferred = (navigator.languages.length > 0 ? navigator.languages : [navigator.language]).map(named);
  const language = named(params.get('lang')) ?? preferred.find((l) => l !== undefined && l !== 'ar-xb') ?? 'en';
  // The theme asked for (src/styles/apply-theme.ts, THEMES), before the first paint: no light frame on a dark page.
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'auto' || theme === 'projector') document.documentElement.dataset['theme'] = theme;
  const harmless = ['theme', 'accent', 'lang'];
  const same = language === 'en' && [...params.keys()].every((key) => harmless.includes(key));
  if (!same) document.documentElement.classList.add('st-no-first-screen');

  const data = params.get('data');
  const url = data === null ? script.dataset['dataset'] : URL.canParse(data, location.href) ? data : undefined;
  if (url === undefined || new URL(url, location.href).origin !== location.origin) return;
  // As the app's fetch() asks for it (CORS mode, same-origin credentials), so that it takes this response.
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);

  // 4. Another dataset of this site, opened as it starts (a view, a theme or an accent at most), in English: the
  //    early screen's module (src/first-screen/early.ts, decision 0055) reads it, hands the read to the app, and
  //    draws its first screen while the app's code loads.
  const view = params.get('view');
  const opening = [...params.keys()].every((key) => [...harmless, 'data', 'view'].includes(key));
  const early = script.dataset['early'];
  if (data === null || early === undefined || language !== 'en' || !opening) return;
  if (view !== null && view !== 'timeline' && view !== 'list') return;
  // The app's code waits for the early screen to be drawn (or given up) before it runs (src/first-screen/painted.ts):
  // the two would otherwise share the page's one thread while the early screen is drawn.
  const done = () => {
    delete document.documentElement.dataset['stEarly'];
    document.dispatchEvent(new Event('st-early-done'));
  };
  document.documentElement.dataset['stEarly'] = 'drawing';
  const module = document.createElement('script');
  module.type = 'module';
  module.src = early;
  module.addEventListener('error', done);
  document.head.append(module);
})();
