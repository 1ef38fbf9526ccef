// Fails with one clear line when no Chromium is available for the browser tests.
import { findChrome, noChromeMessage } from './chrome-path.js';

if (!findChrome()) {
  console.error(noChromeMessage);
  process.exit(1);
}
