// For end-to-end tests of the build: dist/ served on 127.0.0.1 and one Chromium, started before the file's tests
// and closed after them.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';

export interface BuildServer {
  /** The app's address, ending in `/`. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves dist/ (plus `pages`, extra files by path, kept in memory) and launches Chromium for the tests of this
 * file. Fails the file at once, saying what to do, when there is no build.
 */
export function useBuildServer(pages: Record<string, string> = {}): BuildServer {
  let app: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync('dist/index.html') || !existsSync('dist/data/events.json')) {
      throw new Error('No build in dist/: run `npm run build` first (npm test does).');
    }
    app = await serveStatic({ root: 'dist', pages });
    browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
  }, 30_000);
  afterAll(async () => {
    // beforeAll may have failed half-way (no build), leaving some of these unset.
    await browser?.close();
    await app?.close();
  });
  const started = <T>(thing: T | undefined): T => {
    if (thing === undefined) throw new Error('the build server is not running (see the error of beforeAll)');
    return thing;
  };
  return {
    get url() {
      return started(app).url;
    },
    get browser() {
      return started(browser);
    },
  };
}
