/**
 * One static server for the whole benchmark, so that every page and its data share one origin (the app's
 * Content-Security-Policy allows `connect-src 'self'` only): the app's build at /, the benchmark pages at /bench/,
 * the synthetic datasets at /bench-data/ and TimelineJS's dist/ at /tljs/. The project's one static server
 * (scripts/static-server.js): nothing cached, and the pages' code and text compressed with gzip as static hosts do
 * (GitHub Pages, Netlify), for every page alike: what a reader downloads, which Lighthouse's simulated network counts.
 */
import { serveStatic } from '../static-server.js';

/** Where run.ts mounts the synthetic and adversarial datasets. */
export const DATA_PREFIX = '/bench-data/';

/** URL path prefix (ending in /) → directory; the longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

export function serveMounts(mounts: Mounts): Promise<BenchServer> {
  // The datasets go as they are, to every page alike: compressing a file of 60 MB on each request took the server a
  // second of this 2-core machine's time (the 100,000-event rows went from 2.3 to 3.3 s), which a host's cache
  // would not.
  return serveStatic({ mounts, cors: false, compress: (path) => !path.startsWith(DATA_PREFIX) });
}
