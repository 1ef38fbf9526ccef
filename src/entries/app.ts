// Entry point: the theme and the app shell, which loads the dataset named in index.html.
// First: nothing of the app runs before the page's first screen has been painted (decision 0057).
import '../first-screen/hold-until-painted.js';
import '../styles/theme.css';
import '../styles/first-screen.css';
import { applyTheme, themeFromParams } from '../styles/apply-theme.js';
import { adoptPageStyles } from '../styles/page-styles.js';
import { lazyPartsArrived } from '../app/lazy-elements.js';
import { registerOffline } from '../app/offline.js';
import { addressSource } from '../app/state-source.js';
import '../app/st-app.js';

// `?theme=dark&accent=c0392b`, e.g. from an embed link. Runs before the shell's first render,
// which lit schedules as a microtask once every module has been evaluated.
adoptPageStyles();
applyTheme(document.documentElement, themeFromParams(new URLSearchParams(addressSource().search())));

// The offline copy, for the built app's own page only (an embed runs in a sandboxed frame without service workers);
// once the parts drawn after the first events have arrived, so that its code never comes before them.
if (import.meta.env.PROD && !addressSource().request().embed) {
  void lazyPartsArrived().then(() => registerOffline());
}
