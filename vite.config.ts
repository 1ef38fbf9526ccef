import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ORIGINS_VARIABLE, parseOrigins } from './src/data/dataset-source.js';
import { parseRaisedLimit, RAISABLE } from './src/data/limits.js';
import { hostTheme } from './scripts/host-theme.js';
import { firstScreenPlugin } from './scripts/first-screen.js';
import { shareCard } from './scripts/share-card.js';

/**
 * The dataset is fetched at run time (so another can be swapped in), not bundled.
 * The dev server already serves `data/` from the project root; the build copies it.
 */
function copyData(dir = 'data'): Plugin {
  return {
    name: 'sourced-timeline:copy-data',
    apply: 'build',
    async generateBundle() {
      const files = await readdir(dir, { recursive: true, withFileTypes: true });
      for (const file of files.filter((f) => f.isFile())) {
        const path = join(file.parentPath, file.name);
        this.emitFile({ type: 'asset', fileName: relative('.', path), source: await readFile(path) });
      }
    },
  };
}

/**
 * vis-timeline's standalone build adds its CSS to the page's <head> when it loads, as fifteen `<style>` elements:
 * the security policy below refuses inline styles, and st-timeline already adopts that CSS into its shadow root
 * (`?inline`), so the calls go (as in vite.lib.config.ts). Fails the build if they cannot be found, rather than
 * break silently after an upgrade.
 */
export function noVisStyleInjection(): Plugin {
  const call = /\bstyleInject\(css_248z[\w$]*\);/g;
  return {
    name: 'sourced-timeline:no-vis-style-injection',
    apply: 'build',
    transform: {
      filter: { id: /vis-timeline[\\/]standalone[\\/]/ },
      handler(code) {
        const calls = code.match(call)?.length ?? 0;
        if (calls === 0) this.error('vis-timeline/standalone: no styleInject(css_248z…) calls to remove');
        return { code: code.replace(call, ''), map: null };
      },
    },
  };
}

/**
 * The Content Security Policy of the built page: scripts, styles, fonts and frames from this site only, data
 * from this site and the origins allowed for datasets, no plugins, no `<base>`, no forms. No 'unsafe-inline'
 * anywhere: lit's styles are adopted stylesheets and vis-timeline sets `element.style`, neither of which the policy
 * governs. `frame-ancestors` cannot be set from a `<meta>` (the timeline is meant to be embedded anyway).
 * See docs/decisions/0011-custom-data-and-csp.md.
 */
export function contentSecurityPolicy(dataOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...dataOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Writes the policy into the built index.html as a `<meta>` right after the charset (before any script or
 * stylesheet, which it must precede to govern them), and fails the build on an inline script. Build only: the dev
 * server injects inline scripts for hot reloading.
 */
function securityPolicy(dataOrigins: readonly string[]): Plugin {
  const policy = contentSecurityPolicy(dataOrigins);
  return {
    name: 'sourced-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html: no <meta charset="utf-8"> to put the policy after');
        const inline = /<script\b(?![^>]*\bsrc=)[^>]*>/i.exec(html);
        if (inline) throw new Error(`index.html: an inline script, which the policy would refuse: ${inline[0]}`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

/**
 * The offline copy (docs/decisions/0027-offline.md): a Workbox service worker, `sw.js`, that precaches the app
 * shell, the curated dataset and its article texts, and answers every navigation with index.html (the state is in
 * the query). No registration script is injected (it would be inline, which the policy refuses):
 * src/app/offline.ts registers it. Example datasets, source maps and the separate embed builds are left out.
 */
function offlineCopy(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}', 'data/events.json', 'data/articles/*.txt'],
      globIgnores: [
        '**/*.map',
        'data/examples/**',
        'sourced-timeline.js',
        'embed.js',
        'sw.js',
        'workbox-*.js',
        // The embed dialog's preview of the element: not part of the offline app.
        'element.html',
        'assets/element-*.js',
      ],
      navigateFallback: 'index.html',
      // Any query is the app's state: every navigation gets the app.
      ignoreURLParametersMatching: [/./],
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

/**
 * Names `first` every module the entry imports statically (directly or not), but the entry itself: one chunk of
 * what the page runs before its first frame, instead of a chunk for each set of pages and lazy parts sharing a
 * module. The entry module stays apart, so that another page sharing these modules does not run the app's entry.
 */
function firstChunk(entry: string) {
  let closure: Set<string> | undefined;
  return (id: string, context: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
    if (closure === undefined) {
      closure = new Set();
      const stack = [entry];
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        if (closure.has(next)) continue;
        closure.add(next);
        stack.push(...(context.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return id !== entry && closure.has(id) ? 'first' : null;
  };
}

/** SITE_URL as a folder's address (ending in `/`); the build fails on anything but an http(s) address. */
function siteAddress(site: string): string {
  const url = URL.canParse(site) ? new URL(site) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `SITE_URL: ${JSON.stringify(site)} is not a web address; write it as https://example.org/timeline/`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export default defineConfig(({ mode }) => {
  // VITE_DATA_ORIGINS, from the environment or a .env file, as import.meta.env gives it to the app.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const { origins, invalid } = parseOrigins(env[ORIGINS_VARIABLE]);
  // Limits raised for a larger dataset (decision 0054): whole numbers, never below the defaults.
  for (const { variable, fallback } of Object.values(RAISABLE)) {
    if (parseRaisedLimit(env[variable], fallback) === undefined) {
      throw new Error(
        `${variable}: ${JSON.stringify(env[variable])} is not a whole number of at least ${fallback} (the default); ` +
          'the limits can be raised for a larger dataset, not lowered.',
      );
    }
  }
  if (invalid.length > 0) {
    throw new Error(
      `${ORIGINS_VARIABLE}: ${invalid.map((entry) => JSON.stringify(entry)).join(', ')} ` +
        'is not an origin; write each as https://example.org (scheme, host, optional port), separated by commas.',
    );
  }
  // The site's public address, for the share card's absolute image link (SITE_URL, from the environment or .env).
  const site = process.env['SITE_URL'] ?? loadEnv(mode, process.cwd(), 'SITE_URL')['SITE_URL'];
  const siteUrl = site ? siteAddress(site) : undefined;
  // The page's language, for the dates on the share card.
  const locale = /<html lang="([^"]+)"/.exec(readFileSync('index.html', 'utf8'))?.[1] ?? 'en';
  return {
    base: './',
    plugins: [
      copyData(),
      hostTheme(),
      noVisStyleInjection(),
      securityPolicy(origins),
      offlineCopy(),
      shareCard({ dataset: 'data/events.json', siteUrl, locale }),
      firstScreenPlugin({ dataset: 'data/events.json' }),
    ],
    build: {
      target: 'es2022',
      sourcemap: true,
      // Browsers without `modulepreload` (before Firefox 115, Safari 17) load the modules as they meet them; the
      // polyfill would be one more request before the first frame for every other reader.
      modulePreload: { polyfill: false },
      // The app, and the page the embed dialog previews the `<sourced-timeline>` snippet in.
      rolldownOptions: {
        input: { index: 'index.html', element: 'element.html' },
        // What the app's page loads before its first frame, in one file: a dozen small shared chunks cost a dozen
        // requests (decision 0053).
        output: {
          codeSplitting: { groups: [{ debugName: 'first', name: firstChunk(resolve('src/entries/app.ts')) }] },
        },
      },
    },
    server: {
      host: '127.0.0.1',
      port: 5173,
      // The embed dialog's preview is a sandboxed iframe with an opaque origin (`Origin: null`); its module
      // scripts and data fetches are cross-origin requests. Allow that and this machine's own pages only.
      cors: { origin: [/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/, 'null'] },
    },
    // `vite preview` behaves like the static hosts the embed needs (GitHub Pages sends this header).
    preview: { host: '127.0.0.1', port: 4173, headers: { 'Access-Control-Allow-Origin': '*' } },
  };
});
