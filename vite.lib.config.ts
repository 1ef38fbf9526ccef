// Builds dist/sourced-timeline.js: the <sourced-timeline> element as one self-contained ES module (every
// dependency and all CSS inside, no chunks), for sites that include the timeline with a script tag.
// Runs after the app build, into the same folder; see docs/decisions/0008-script-tag-element.md. Its hash goes into
// dist/integrity.json (docs/decisions/0025-subresource-integrity.md).
import { defineConfig } from 'vite';
import { hostTheme } from './scripts/host-theme.js';
import { publishIntegrity } from './scripts/integrity.js';
// The same removal as the app build: a page that is not ours must not get fifteen global stylesheets either.
import { noVisStyleInjection } from './vite.config.js';

export default defineConfig({
  plugins: [hostTheme(), noVisStyleInjection(), publishIntegrity()],
  // Library mode leaves `process.env.NODE_ENV` for a consumer's bundler; this file goes straight to browsers.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/entries/sourced-timeline.ts',
      formats: ['es'],
      fileName: () => 'sourced-timeline.js',
    },
    rolldownOptions: {
      output: {
        // One file, even if a lazy import() appears later (e.g. loading vis-timeline on demand).
        codeSplitting: false,
        // Library mode keeps white space and /* @__PURE__ */ notes for a consumer's bundler; this file goes
        // straight to browsers, so it is minified like the app.
        minify: true,
        comments: { annotation: false },
      },
    },
  },
});
