/**
 * One static server for the whole benchmark, so that every page and its data share one origin (the app's
 * Content-Security-Policy allows `connect-src 'self'` only): the app's build at /, the benchmark pages at /bench/,
 * the synthetic datasets at /bench-data/ and TimelineJS's dist/ at /tljs/. The project's one static server
 * (scripts/static-server.js): nothing cached, and text compressed with gzip as static hosts do (GitHub Pages,
 * Netlify), for every page alike: what a reader downloads, which Lighthouse's simulated network counts.
 */
import { serveStatic } from '../static-server.js';

/** URL path prefix (ending in /) → directory; the longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

export function serveMounts(mounts: Mounts): Promise<BenchServer> {
  return serveStatic({ mounts, cors: false, compress: true });
}
