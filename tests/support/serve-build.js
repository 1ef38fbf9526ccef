// Serves the build in dist/ to the browser tests byte for byte, ahead of Vite (which would transform a
// `.js` file it serves), so a test of `/dist/sourced-timeline.js` tests the file a site would load. The
// project's one static server (scripts/static-server.js), as koa middleware for @web/test-runner.
import { mountFolders } from '../../scripts/static-server.js';

/**
 * A koa middleware answering `/<prefix>/…` from the folder `dir`; a missing file is a 404 that says to build.
 * @param {string} [dir] @param {string} [prefix]
 */
export function serveBuild(dir = 'dist', prefix = `/${dir}/`) {
  const files = mountFolders({ [prefix]: dir });
  /** @param {any} context @param {() => Promise<void>} next */
  return async (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    const served = await new Promise((done) => {
      // Answered by sirv straight on the response (koa stands aside), or not found.
      context.respond = false;
      context.res.on('close', () => done(true));
      files(context.req, context.res, () => done(false));
    });
    if (served) return;
    context.respond = true;
    context.status = 404;
    context.type = 'text/plain';
    context.body = `${context.path} is not built: run \`npm run build\` first.`;
  };
}
