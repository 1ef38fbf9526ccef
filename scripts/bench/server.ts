/**
 * One static server for the whole benchmark, so that every page and its data share one origin (the app's
 * Content-Security-Policy allows `connect-src 'self'` only): the app's build at /, the benchmark pages at /bench/,
 * the synthetic datasets at /bench-data/ and TimelineJS's dist/ at /tljs/. No compression, like scripts/static-server.js.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { TYPES as STATIC_TYPES } from '../static-server.js';

const TYPES: Record<string, string> = STATIC_TYPES;

/** URL path prefix (ending in /) → directory; the longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveMounts(mounts: Mounts): Promise<BenchServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const prefix = prefixes.find((p) => path.startsWith(p));
      const dir = prefix === undefined ? undefined : mounts[prefix];
      if (prefix === undefined || dir === undefined) return response.writeHead(404).end('Not found');
      const base = resolve(dir);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (file !== base && !file.startsWith(base + sep)) return response.writeHead(403).end('Forbidden');
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        await stat(file);
      } catch {
        return response.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('Not found');
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
