// Builds the host script, dist/embed.js: one small classic script (IIFE) that pages embedding
// timelines include once. Run after the app build, into the same folder; its hash goes into dist/integrity.json.
import { defineConfig } from 'vite';
import { publishIntegrity } from './scripts/integrity.js';

export default defineConfig({
  plugins: [publishIntegrity()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    lib: {
      entry: 'src/entries/embed.ts',
      formats: ['iife'],
      name: 'SourcedTimelineHost',
      fileName: () => 'embed.js',
    },
  },
});
