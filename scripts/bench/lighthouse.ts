/**
 * One Lighthouse performance run of a URL with the mobile preset (simulated throttling), as
 * `npm run lighthouse -- --performance` does it: Debian's Chromium through Lighthouse's own chrome-launcher.
 */
import lighthouse from 'lighthouse';
import { chromeArgs, findChrome } from '../chrome-path.js';
import { importChromeLauncher } from '../lighthouse.js';
import type { LighthouseRun } from './report.js';

interface Launched {
  port: number;
  kill: () => Promise<void> | void;
}

export async function lighthousePerformance(url: string): Promise<{ run: LighthouseRun; version: string }> {
  const { launch } = (await importChromeLauncher()) as {
    launch: (options: object) => Promise<Launched>;
  };
  const chrome = await launch({ chromePath: findChrome(), chromeFlags: chromeArgs, logLevel: 'error' });
  try {
    // As scripts/lighthouse.js: no error reporting (a flag Lighthouse reads but its typings omit).
    const flags = {
      port: chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      onlyCategories: ['performance'],
      enableErrorReporting: false,
      formFactor: 'mobile' as const,
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const score = lhr.categories.performance?.score;
    return {
      version: lhr.lighthouseVersion,
      run: {
        score: typeof score === 'number' ? Math.round(score * 100) : null,
        lcpMs: metric('largest-contentful-paint'),
        fcpMs: metric('first-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
      },
    };
  } finally {
    await chrome.kill();
  }
}
