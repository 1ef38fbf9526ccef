// A small static file server that behaves like a real static host (GitHub Pages sends
// `Access-Control-Allow-Origin: *`, which a sandboxed, opaque-origin iframe needs to load module
// scripts and fetch data). Used by the embedding tests; `node scripts/static-server.js dist 4173`
// serves the build by hand.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types by file extension (also used by the benchmark's server, scripts/bench/server.ts). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/**
 * Starts serving `root` on 127.0.0.1. `pages` maps paths to HTML served from memory (a host page); `headers` are
 * sent with every response (a host's policy, e.g. SECURITY.md's).
 * @param {{root?: string, port?: number, cors?: boolean, pages?: Record<string, string>, headers?: Record<string, string>}} options
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serveStatic({ root = '.', port = 0, cors = true, pages = {}, headers: extra = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const headers = { ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}), ...extra };
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      response.end(page);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403, headers).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': TYPES['.txt'] }).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise((done) => server.close(() => done())) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, port: Number(port) });
  console.log(`Serving ${root} at ${url} (with Access-Control-Allow-Origin: *)`);
}
