// Serves every test module through Vite's own dev server (in middleware mode) so that the
// browser tests see exactly what the build sees: `?inline` CSS, CommonJS dependencies,
// TypeScript with decorators. Requests for the test runner's own virtual modules pass through.
import koaConnect from 'koa-connect';
import { createServer } from 'vite';

const SESSION = 'wtr-session-id';
/** @param {string} path */
const isRunnerPath = (path) => path.startsWith('/__web-test-runner__') || path.startsWith('/__web-dev-server__');

/** @returns {{plugin: object, middleware: Function}} */
export function viteForWtr() {
  /** @type {import('vite').ViteDevServer | undefined} */
  let vite;
  /** @type {Function | undefined} */
  let handle;
  return {
    plugin: {
      name: 'vite-for-wtr',
      async serverStart() {
        vite = await createServer({
          clearScreen: false,
          logLevel: 'warn',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          // Scan every test up front so Vite never re-optimises (and reloads) mid-run.
          // The runner's own browser modules import its virtual modules by absolute path; pre-bundling would break that.
          optimizeDeps: { entries: ['tests/browser/**/*.test.ts'], exclude: ['@web/test-runner-commands'] },
          plugins: [
            {
              name: 'vite-for-wtr:externals',
              resolveId(id) {
                return isRunnerPath(id) ? { id, external: true } : undefined;
              },
            },
          ],
        });
        handle = koaConnect(vite.middlewares);
      },
      async serverStop() {
        await vite?.close();
      },
    },
    /** @param {any} context @param {() => Promise<void>} next */
    middleware: async (context, next) => {
      const url = new URL(context.req.url ?? '/', 'http://localhost');
      if (!handle || isRunnerPath(url.pathname) || (url.pathname === '/' && url.searchParams.has(SESSION))) {
        return next();
      }
      const original = context.req.url;
      url.searchParams.delete(SESSION);
      context.req.url = `${url.pathname}${url.search}`;
      await handle(context, next);
      context.req.url = original;
    },
  };
}
