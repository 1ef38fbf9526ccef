// Builds dist/sourced-timeline.js: the <sourced-timeline> element as one self-contained ES module (every
// dependency and all CSS inside, no chunks), for sites that include the timeline with a script tag.
// Runs after the app build, into the same folder; see docs/decisions/0009-script-tag-element.md.
import { defineConfig, type Plugin } from 'vite';

/**
 * vis-timeline's standalone build adds its CSS to the page's <head> when it loads: fifteen global stylesheets in
 * a page that is not ours. st-timeline already adopts that CSS into its shadow root (`?inline`), so the calls go.
 * Fails the build if they cannot be found, rather than leak silently after an upgrade.
 */
function noVisStyleInjection(): Plugin {
  const call = /\bstyleInject\(css_248z[\w$]*\);/g;
  return {
    name: 'sourced-timeline:no-vis-style-injection',
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

export default defineConfig({
  plugins: [noVisStyleInjection()],
  // Library mode leaves `process.env.NODE_ENV` for a consumer's bundler; this file goes straight to browsers.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/embed/sourced-timeline.ts',
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
