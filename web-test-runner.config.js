// Browser tests in Debian's Chromium (see scripts/chrome-path.js), modules served by Vite, the build from dist/.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/chrome-path.js';
import { viteForWtr } from './tests/support/vite-for-wtr.js';
import { countReporter } from './tests/support/count-reporter.js';
import { serveBuild } from './tests/support/serve-build.js';
import { ensureCatalogues } from './scripts/catalogues.js';

// The message catalogues (build output, not committed) that the app and the i18n tests import.
ensureCatalogues();

const vite = viteForWtr();

export default {
  files: ['tests/browser/**/*.test.ts'],
  plugins: [vite.plugin],
  // dist/ as built (`npm test` builds first), then everything else through Vite.
  middleware: [serveBuild('dist'), vite.middleware],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
  concurrency: 1,
  testsFinishTimeout: 180000,
};
