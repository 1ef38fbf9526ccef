// Serves the build in dist/ to the browser tests byte for byte, ahead of Vite (which would transform a
// `.js` file it serves), so a test of `/dist/sourced-timeline.js` tests the file a site would load.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * A koa middleware answering `/<prefix>/…` from the folder `dir`; a missing file is a 404 that says to build.
 * @param {string} [dir] @param {string} [prefix]
 */
export function serveBuild(dir = 'dist', prefix = `/${dir}/`) {
  const root = resolve(dir);
  /** @param {any} context @param {() => Promise<void>} next */
  return async (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    const file = normalize(join(root, decodeURIComponent(context.path.slice(prefix.length))));
    if (!file.startsWith(root + sep)) {
      context.status = 403;
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      context.status = 404;
      context.type = 'text/plain';
      context.body = `${context.path} is not built: run \`npm run build\` first.`;
      return;
    }
    context.set('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    context.set('Cache-Control', 'no-store');
    context.body = createReadStream(file);
  };
}
