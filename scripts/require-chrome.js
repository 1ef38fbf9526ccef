// Fails with one clear line when no Chromium is available for the browser tests.
import { findChrome } from './chrome-path.js';

if (!findChrome()) {
  console.error(
    'No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
