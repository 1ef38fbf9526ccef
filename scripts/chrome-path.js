// Finds the Chromium used by the browser tests and scripts: $CHROME_PATH, else Debian's.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** @returns {string | undefined} */
export function findChrome() {
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
}

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
