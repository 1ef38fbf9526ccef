/**
 * Builds the benchmark pages (bench/pages/*.html) into .bench/dist/, served at /bench/ by `npm run bench`.
 * Like the app's build, vis-timeline's style injection is removed: the element adopts its CSS, and the
 * vis-timeline page imports the default CSS itself.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { noVisStyleInjection } from '../vite.config.js';

const root = resolve(import.meta.dirname, 'pages');
const page = (name: string) => resolve(root, `${name}.html`);

export default defineConfig({
  root,
  base: '/bench/',
  logLevel: 'warn',
  plugins: [noVisStyleInjection()],
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../.bench/dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { element: page('element'), 'vis-default': page('vis-default'), timelinejs: page('timelinejs') },
    },
  },
});
