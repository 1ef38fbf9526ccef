// Finds the Chromium used by the browser tests and scripts: $CHROME_PATH, else Debian's.
import { existsSync } from 'node:fs';

const debianPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * `CHROME_PATH` when set (and only if it exists: a wrong path is an error, not a reason to pick another
 * browser), else the first Chromium installed in the usual places.
 * @returns {string | undefined}
 */
export function findChrome() {
  const chosen = process.env.CHROME_PATH;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return debianPaths.find((path) => existsSync(path));
}

/** The one line printed when no Chromium is found. */
export const noChromeMessage =
  'No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.';

/** Flags Chromium needs here: root (no sandbox) and a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
