import { defineConfig, type Plugin } from 'vite';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

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

export default defineConfig({
  base: './',
  plugins: [copyData()],
  build: { target: 'es2022', sourcemap: true },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // The embed dialog's preview is a sandboxed iframe with an opaque origin (`Origin: null`); its module
    // scripts and data fetches are cross-origin requests. Allow that and this machine's own pages only.
    cors: { origin: [/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/, 'null'] },
  },
  // `vite preview` behaves like the static hosts the embed needs (GitHub Pages sends this header).
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Access-Control-Allow-Origin': '*' } },
});
