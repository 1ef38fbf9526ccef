// Builds the host script, dist/embed.js: one small classic script (IIFE) that pages embedding
// timelines include once. Run after the app build, into the same folder.
import { defineConfig } from 'vite';

export default defineConfig({
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
