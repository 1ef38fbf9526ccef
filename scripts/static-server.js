// The one static file server of the project (scripts, the benchmark, the end-to-end tests), built on sirv. It
// behaves like a real static host: GitHub Pages sends `Access-Control-Allow-Origin: *`, which a sandboxed,
// opaque-origin iframe needs to load module scripts and fetch data. Nothing is cached, so a fresh build is
// served as soon as it is written. `node scripts/static-server.js dist 4173` serves the build by hand.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(request: Request, response: Response, next: () => void) => void} Handler */

/**
 * A handler for each URL prefix (ending in `/`) → folder; the longest matching prefix wins, and the prefix is
 * taken off the path before the folder is searched. Calls `next` when no file matches.
 * @param {Record<string, string>} mounts
 * @returns {Handler}
 */
export function mountFolders(mounts) {
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, dir]) => ({ prefix, serve: sirv(dir, { dev: true, etag: false }) }));
  return (request, response, next) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const mount = handlers.find(({ prefix }) => path.startsWith(prefix));
    if (!mount) return next();
    const rest = (request.url ?? '/').slice(mount.prefix.length - 1);
    const original = request.url;
    request.url = rest;
    mount.serve(request, response, () => {
      request.url = original;
      next();
    });
  };
}

/**
 * Starts serving on 127.0.0.1: `root` at `/` (or several folders with `mounts`), plus `pages`, paths answered
 * with HTML from memory (a host page). `headers` are sent with every response (a host's policy, e.g. SECURITY.md's).
 * `compress` gzips text responses for browsers that accept it, as static hosts do (GitHub Pages, Netlify): the
 * benchmark and Lighthouse measure what a reader would download (the express `compression` middleware, level 6).
 * Given a function, only the URL paths it accepts.
 * @param {{root?: string, mounts?: Record<string, string>, port?: number, cors?: boolean, pages?: Record<string, string>, headers?: Record<string, string>, compress?: boolean | ((path: string) => boolean)}} options
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serveStatic({
  root = '.',
  mounts,
  port = 0,
  cors = true,
  pages = {},
  headers = {},
  compress = false,
} = {}) {
  const files = mountFolders(mounts ?? { '/': root });
  const gzip = compress ? compression() : undefined;
  const compressed = (/** @type {Request} */ request) =>
    typeof compress === 'function' ? compress(new URL(request.url ?? '/', 'http://x').pathname) : compress;
  const server = createServer((request, response) => {
    if (gzip && compressed(request)) {
      // gzip only, as GitHub Pages sends it (the middleware would prefer brotli where the browser offers it).
      const accepted = request.headers['accept-encoding'];
      if (accepted) request.headers['accept-encoding'] = accepted.replace(/\b(br|zstd)\b/g, 'identity');
      gzip(request, response, () => answer(request, response));
    } else answer(request, response);
  });
  /** @param {Request} request @param {Response} response */
  function answer(request, response) {
    if (cors) response.setHeader('Access-Control-Allow-Origin', '*');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  }
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const compress = process.argv.includes('--gzip');
  const { url } = await serveStatic({ root, port: Number(port), compress });
  console.log(`Serving ${root} at ${url} (with Access-Control-Allow-Origin: *${compress ? ', gzip' : ''})`);
}
