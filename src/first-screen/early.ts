/**
 * The first screen of a dataset named by `?data=` on this site, drawn while the app's code loads (decision 0055).
 *
 * `public/first-screen.js` loads this bundle (built apart from the app by scripts/first-screen.ts; 18 kB gzip, a fifth
 * of the app's first chunk) only when the page opens on such a dataset, in English, with nothing else asked for but
 * a view, a theme or an accent. It reads the dataset once and hands the read to the app (src/data/early-read.ts). A
 * dataset that passes the same validation as the app's (but its quotes, checked once the app has the articles) gets
 * its headline and opening events in the page, drawn from the same model and layout as the first screen the build
 * writes for the site's own dataset. Anything else is left to the app, which says what is wrong.
 */
import { datasetSource } from '../data/dataset-source.js';
import { shareEarlyRead } from '../data/early-read.js';
import { fetchText } from '../data/load.js';
import { toDom } from './dom.js';
import { FIRST_SCREEN_HIDDEN, firstScreenTree, type FirstView } from './layout.js';
import { earlyScreenDone } from './early-done.js';
import { screenOf } from './screen-of.js';

/**
 * The longest dataset file drawn early, in characters: its parsing and validation are one task before the app's code
 * has run. On this project's bench machine that task takes 75 to 110 ms for 1,000 events (656,000 characters), so
 * half that size at most keeps it well under the 200 ms a page may be busy for, even on a busy machine. A longer file
 * is read for the app all the same. (A worker for longer ones was tried: for 10,000 events it finished after the
 * app's own first frame, taking a core from it; decision 0055.)
 */
export const EARLY_MAX_CHARACTERS = 500_000;

/** The view the address opens on, when it names one the first screen can show. */
function viewOf(params: URLSearchParams): FirstView {
  const view = params.get('view');
  return view === 'timeline' || view === 'list' ? view : undefined;
}

/**
 * Whether `<st-app>` still shows its first screen's slot: not yet defined, or defined and still loading. Once it
 * shows the dataset (or a problem), an early screen would be drawn nowhere.
 */
function showsFirstScreen(app: Element): boolean {
  return !customElements.get('st-app') || app.shadowRoot?.querySelector('slot[name="first-screen"]') != null;
}

async function drawEarly(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const source = datasetSource(params.get('data'), { page: location.href, fallback: '', allowedOrigins: [] });
  if (!source.ok || !source.custom) return;
  // Not read again when the app's code came first and reads it itself. A file past the size drawn early lets the
  // app's code run at once, while the rest of it arrives (early-done.ts).
  const tooLong = (bytes: number) => {
    if (bytes > EARLY_MAX_CHARACTERS) settled();
  };
  const reading = shareEarlyRead(source.url, () => fetchText(source.url, undefined, { onProgress: tooLong }));
  if (!reading) return;
  const text = await reading;
  if (text.length > EARLY_MAX_CHARACTERS) return;
  const screen = await screenOf(text, source.url);
  const app = document.querySelector('st-app');
  if (!screen || !app || !showsFirstScreen(app)) return;
  const tree = firstScreenTree(screen, { view: viewOf(params), source: source.url });
  app.querySelector(':scope > .st-first-screen')?.remove();
  app.prepend(toDom(tree, document));
  document.documentElement.classList.remove(FIRST_SCREEN_HIDDEN);
}

/** Says once that the early screen is drawn, or will not be, or will come too late to wait for. */
let told = false;
function settled(): void {
  if (told) return;
  told = true;
  earlyScreenDone();
}

drawEarly()
  .catch(() => {
    // Nothing drawn early: the app reads, checks and shows the dataset, or says what is wrong with it.
  })
  .finally(settled);
