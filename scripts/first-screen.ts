/**
 * The first screen, written into the built index.html from the site's own dataset: its headline, its standfirst and
 * the events a reader sees first (on a wide screen those of the window the timeline opens on, as the app's preview
 * lists them; on a phone the first entries of the list), so that the page shows readable events at its first paint,
 * before any script has run. The app draws its own screen over it as soon as it has the dataset (`<st-app>` shows
 * its `first-screen` slot only while it loads). See docs/decisions/0053-first-screen-in-the-page.md.
 *
 * Written for the site's own dataset only: `public/first-screen.js`, a small script run before the page is drawn,
 * hides it when the address asks for something else (another dataset, an event, a view, a search, a language other
 * than English), and starts the request for the dataset the page will load.
 */
import { fileURLToPath } from 'node:url';
import { escapeAttribute, escapeText } from 'entities';
import { build, type Plugin } from 'vite';
import { firstScreen, type FirstScreen } from '../src/first-screen/model.js';
import { firstScreenTree, type FirstNode } from '../src/first-screen/layout.js';
import { siteDataset } from './site-dataset.js';
import { LANGUAGES } from '../src/i18n/languages.js';

export { firstScreen, LIST_ENTRIES } from '../src/first-screen/model.js';

/** A tree of the first screen as HTML: every string escaped as text, every attribute value as a value. */
export function toHtml(node: FirstNode): string {
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = node.children.map((child) => (typeof child === 'string' ? escapeText(child) : toHtml(child)));
  return `<${node.tag}${attributes}>${children.join('')}</${node.tag}>`;
}

/**
 * The first screen as HTML, for `<st-app>`'s `first-screen` slot (the layout is src/first-screen/layout.ts, which
 * the early screen draws too).
 */
export function firstScreenHtml(screen: FirstScreen): string {
  return toHtml(firstScreenTree(screen));
}

/** The early screen's module (decision 0055), as the dev server serves it. */
const EARLY_ENTRY = 'src/first-screen/early.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The early screen's bundle: its own modules, apart from the app's chunks (which it would otherwise share modules
 * with, and so load them all), where edtf-parse.ts imports the EDTF grammar on demand
 * (src/first-screen/lazy-grammar.ts). Its entry, and a chunk of the grammar that it loads only for dates of rare
 * forms.
 */
export async function buildEarlyScreen(
  mode: string,
): Promise<{ entry: string; files: { fileName: string; code: string }[] }> {
  const edtfParse = fromRoot('src/data/edtf-parse.ts');
  const lazyGrammar = fromRoot('src/first-screen/lazy-grammar.ts');
  const lazyEdtfGrammar: Plugin = {
    name: 'sourced-timeline:lazy-edtf-grammar',
    enforce: 'pre',
    resolveId: (source, importer) => (source === 'edtf' && importer === edtfParse ? lazyGrammar : null),
  };
  const output = await build({
    configFile: false,
    root: fromRoot(''),
    base: './',
    mode,
    logLevel: 'warn',
    plugins: [lazyEdtfGrammar],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      modulePreload: false,
      rollupOptions: {
        input: EARLY_ENTRY,
        output: {
          format: 'es',
          entryFileNames: 'assets/early-[hash].js',
          chunkFileNames: 'assets/early-[name]-[hash].js',
        },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output.filter((file) => file.type === 'chunk') : [],
  );
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (entry === undefined) throw new Error(`${EARLY_ENTRY}: the build gave no entry chunk`);
  const files = chunks.map((chunk) => ({ fileName: chunk.fileName, code: chunk.code }));
  return { entry: entry.fileName, files };
}

/** The built page's stylesheet links. */
const STYLESHEET = /<link rel="stylesheet"[^>]*>/g;

/** The `<st-app>` the first screen goes into, as written in index.html. */
const APP = (src: string) => new RegExp(`<st-app src="${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*</st-app>`);

/**
 * The build step: reads and validates the site's dataset, writes its first screen into `<st-app src=…>` and the
 * script that hides it when the address asks for something else.
 */
export function firstScreenPlugin(options: { dataset: string }): Plugin {
  let early: string | undefined;
  let mode = 'production';
  let serving = false;
  return {
    name: 'sourced-timeline:first-screen',
    configResolved(config) {
      mode = config.mode;
      serving = config.command === 'serve';
      // The dev server serves the module from source.
      if (serving) early = `/${EARLY_ENTRY}`;
    },
    async buildStart() {
      if (serving) return;
      const bundle = await buildEarlyScreen(mode);
      for (const file of bundle.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code });
      early = bundle.entry;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const app = APP(options.dataset);
        // Only the page that shows the site's dataset (not element.html, the embed dialog's preview).
        if (!app.test(html)) return html;
        const dataset = await siteDataset(options.dataset);
        if (!dataset) {
          // The app shows the problems; the page has nothing of the dataset to write.
          context.server?.config.logger.warn(`${options.dataset} does not validate: no first screen written`);
          return html;
        }
        const screen = firstScreenHtml(firstScreen(dataset));
        const earlyAttribute = early === undefined ? '' : ` data-early="${escapeAttribute(early)}"`;
        const script =
          `<script src="first-screen.js" data-dataset="${escapeAttribute(options.dataset)}" ` +
          `data-languages="${LANGUAGES.join(' ')}"${earlyAttribute}></script>`;
        // The stylesheets and this script first, before the modules and their preloads: what the first paint waits
        // for is asked for first (over HTTP/1.1 a browser opens six connections to a host, in the order it finds).
        const sheets = html.match(STYLESHEET) ?? [];
        const first = [...sheets, script].join('\n    ');
        return html
          .replace(STYLESHEET, '')
          .replace(/\n\s*\n/g, '\n')
          .replace(/<script type="module"/, `${first}\n    <script type="module"`)
          .replace(app, `<st-app src="${escapeAttribute(options.dataset)}">${screen}</st-app>`);
      },
    },
  };
}
