import { describe, expect, it } from 'vitest';
import {
  evaluateTargets,
  formatKB,
  formatMs,
  markdownTable,
  measured,
  missing,
  percentile,
  ratio,
  renderReport,
  medianOf,
  formatSamples,
  type BenchResults,
  type CellResult,
  type Samples,
  type TargetKey,
} from '../../../scripts/bench/report.js';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([16.7, 16.7, 200], 95)).toBe(200);
  });
  it('is undefined without values and does not sort the input in place', () => {
    expect(percentile([], 50)).toBeUndefined();
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('formatting', () => {
  it('formats durations and sizes', () => {
    expect(formatMs(16.666)).toBe('16.7 ms');
    expect(formatMs(850)).toBe('850 ms');
    expect(formatMs(1420)).toBe('1.42 s');
    expect(formatKB(98_400)).toBe('98.4 kB');
  });
});

describe('ratio', () => {
  it('divides ours by theirs', () => {
    expect(ratio(measured(12), measured(100), ['app', 'vis'])).toBe('0.12×');
    expect(ratio(measured(30), measured(20), ['app', 'vis'])).toBe('1.5×');
    expect(ratio(measured(400), measured(10), ['app', 'vis'])).toBe('40×');
  });
  it('says n/a and why when a side has no figure', () => {
    expect(ratio(missing('refused: over the 10,000-event limit'), measured(5), ['app', 'vis'])).toBe(
      'n/a (app refused)',
    );
    expect(ratio(measured(5), missing('timed out > 30 s'), ['element', 'TimelineJS'])).toBe(
      'n/a (TimelineJS timed out)',
    );
    expect(ratio(missing('n/a (no render)'), missing('not run: timed out at 10,000'), ['a', 'b'])).toBe(
      'n/a (a no render; b not run)',
    );
    expect(ratio(measured(1), measured(0), ['a', 'b'])).toBe('n/a (divide by 0)');
  });
});

describe('markdownTable', () => {
  it('renders headers, alignment and escapes pipes', () => {
    expect(markdownTable(['A', 'B'], [['x|y', '1']], [1])).toBe('| A | B |\n| --- | --: |\n| x\\|y | 1 |');
  });
});

const cell = (impl: CellResult['impl'], events: number, render: number | string, p95: number | string): CellResult => {
  const figure = (v: number | string) => (typeof v === 'number' ? measured(v) : missing(v));
  return {
    impl,
    events,
    firstRender: figure(render),
    firstEvent: figure(render),
    frameP50: measured(16.7),
    frameP95: figure(p95),
    heapMB: measured(10),
    domElements: measured(100),
  };
};

const results = (): BenchResults => ({
  meta: {
    date: '2026-12-01T00:00:00Z',
    cpu: 'Test CPU',
    cores: 2,
    ramGB: 24,
    chromium: '156',
    node: 'v20',
    os: 'Linux',
    lighthouse: '12.8.2',
    timeoutMs: 30_000,
  },
  defaultDataset: [
    {
      viewport: 'desktop',
      firstVisible: measured(700),
      js: { raw: 900_000, gzip: 263_000 },
      css: { raw: 3600, gzip: 1000 },
      jsBeforeVisible: { raw: 900_000, gzip: 263_000 },
      cssBeforeVisible: { raw: 3600, gzip: 1000 },
      files: 7,
      filesBeforeVisible: 7,
    },
    {
      viewport: 'phone',
      firstVisible: missing('timed out > 30 s'),
      js: { raw: 200_000, gzip: 60_000 },
      css: { raw: 3600, gzip: 1000 },
      jsBeforeVisible: { raw: 200_000, gzip: 60_000 },
      cssBeforeVisible: { raw: 3600, gzip: 1000 },
      files: 3,
      filesBeforeVisible: 3,
    },
  ],
  lighthouse: { score: 90, lcpMs: 3060, fcpMs: 1200, tbtMs: 100 },
  synthetic: [
    cell('app', 10_000, 3600, 16.8),
    cell('element', 10_000, 900, 40),
    cell('vis', 10_000, 1600, 4930),
    cell('tljs', 10_000, 11_500, 'n/a'),
    cell('app', 100_000, 'refused: over the 10,000-event limit (error shown after 0.8 s)', 'n/a'),
    cell('element', 100_000, 2500, 16.8),
  ],
});

describe('evaluateTargets', () => {
  const checks = evaluateTargets(results());
  const find = (key: TargetKey, subject: string) => checks.find((c) => c.key === key && c.subject === subject);

  it('checks the initial JS (gzip) before the first event at each viewport', () => {
    expect(find('initial-js', 'desktop')).toMatchObject({ met: false, measured: '263.0 kB' });
    expect(find('initial-js', 'desktop')?.verdict).toBe('missed by 163.0 kB (263% of the limit)');
    expect(find('initial-js', 'phone')).toMatchObject({ met: true, verdict: 'met, 40.0 kB to spare' });
  });
  it('misses a target whose figure is missing, saying why', () => {
    expect(find('first-event-default', 'phone')).toMatchObject({ met: false, verdict: 'missed: timed out > 30 s' });
    expect(find('render-100k', 'ours: app')?.verdict).toMatch(/^missed: refused: over the 10,000-event limit/);
  });
  it('checks first render and p95 frame time at 10,000 and first render at 100,000 for both of ours', () => {
    expect(find('render-10k', 'ours: app')).toMatchObject({
      met: false,
      verdict: 'missed by 2.60 s (360% of the limit)',
    });
    expect(find('render-10k', 'ours: st-timeline only')).toMatchObject({ met: true });
    expect(find('frames-10k', 'ours: app')).toMatchObject({ met: false });
    expect(find('frames-10k', 'ours: st-timeline only')).toMatchObject({ met: false });
    expect(find('render-100k', 'ours: st-timeline only')).toMatchObject({ met: true, verdict: 'met, 500 ms to spare' });
  });
  it('checks the app at 10,000 events against 0.2× vis-timeline, and Lighthouse against 98', () => {
    // 3,600 / 1,600 ms.
    expect(find('render-10k-ratio', 'app / vis-timeline')).toMatchObject({ met: false, measured: '2.25×' });
    expect(find('lighthouse', 'mobile preset')).toMatchObject({ met: false, measured: '90', verdict: 'missed by 8' });
    const better = results();
    better.lighthouse = { score: 99, lcpMs: 900, fcpMs: 800, tbtMs: 0 };
    expect(evaluateTargets(better).find((c) => c.key === 'lighthouse')).toMatchObject({
      met: true,
      verdict: 'met, 1 to spare',
    });
  });
  it('does not check the other implementations', () => {
    const others = checks.filter((c) => c.key !== 'render-10k-ratio');
    expect(others.every((c) => !c.subject.includes('vis') && !c.subject.includes('TimelineJS'))).toBe(true);
    expect(checks).toHaveLength(2 + 2 + 2 + 1 + 1 + 2 + 2);
  });
});

describe('small data and adversarial rows', () => {
  const samples = (values: (number | string)[]): Samples => ({
    firstVisible: values.map((v) => (typeof v === 'number' ? measured(v) : missing(v))),
    longestTask: values.map(() => measured(120)),
  });
  const withRows = (): BenchResults => ({
    ...results(),
    small: [
      {
        dataset: 'default',
        events: 59,
        viewport: 'desktop',
        app: samples([300, 250, 900]),
        vis: samples([600, 640, 500]),
      },
      {
        dataset: '100',
        events: 100,
        viewport: 'phone',
        app: samples([400, 410, 420]),
        vis: samples(['timed out > 10 s']),
      },
    ],
    adversarial: [
      { id: 'hard-dates', label: 'hard dates', samples: { ...samples([900]), longestTask: [measured(250)] } },
    ],
  });

  it('takes the median of the loads, the lower middle of an even count, or says why there is none', () => {
    expect(medianOf([measured(300), measured(250), measured(900)])).toEqual(measured(300));
    expect(medianOf([measured(4), measured(1), measured(3), measured(2)])).toEqual(measured(2));
    expect(medianOf([missing('timed out > 10 s'), measured(5)])).toEqual(measured(5));
    expect(medianOf([missing('timed out > 10 s')])).toEqual(missing('timed out > 10 s'));
    expect(formatSamples([measured(300), measured(250), measured(900)])).toBe('300 ms (300, 250, 900)');
  });

  it('checks ours against half of vis-timeline by their medians, and each adversarial load against 200 ms', () => {
    const checks = evaluateTargets(withRows());
    // 300 / 600.
    expect(checks.find((c) => c.subject === 'default dataset, desktop')).toMatchObject({
      key: 'small-half',
      met: true,
      measured: '0.50×',
    });
    // vis-timeline timed out at 10 s: ours (410 ms) is at most 0.04× of it.
    expect(checks.find((c) => c.subject === '100 events, phone')).toMatchObject({
      met: true,
      measured: '< 0.04× (vis-timeline > 10 s)',
    });
    expect(checks.find((c) => c.subject === 'app, hard dates')).toMatchObject({
      key: 'longest-task',
      met: false,
      measured: '250 ms',
    });
  });

  it('reports both as tables', () => {
    const report = renderReport(withRows(), explanations);
    expect(report).toContain(
      '| default (59 events) | desktop | 300 ms (300, 250, 900) | 600 ms (600, 640, 500) | 0.50× |',
    );
    expect(report).toContain('| hard dates | 900 ms | 250 ms |');
  });
});

const explanations: Record<TargetKey, string> = {
  'small-half': 'Small explained.',
  'render-10k-ratio': 'Ratio explained.',
  'longest-task': 'Tasks explained.',
  lighthouse: 'Lighthouse explained.',
  'initial-js': 'Explained here.',
  'first-event-default': 'First explained.',
  'render-10k': 'Render explained.',
  'frames-10k': 'Frames explained.',
  'render-100k': 'Never shown when met.',
};

describe('renderReport', () => {
  it('has the metadata, the tables, the ratios and the explanations of the missed targets only', () => {
    const report = renderReport(results(), explanations);
    expect(report).toContain('# Sourced Timeline benchmark');
    expect(report).toContain('- CPU: Test CPU, 2 cores');
    expect(report).toContain('| 10,000 | element / vis-timeline | 0.56× |');
    expect(report).toContain('n/a (app refused');
    expect(report).toContain('**Initial JS before the first event is visible ≤ 100 kB gzip**: Explained here.');
    // render-100k is missed by the app (refused), so its explanation is shown too.
    expect(report).toContain('Never shown when met.');
    const met = results();
    met.synthetic = met.synthetic.filter((c) => !(c.impl === 'app' && c.events === 100_000));
    met.synthetic.push(cell('app', 100_000, 2000, 16));
    expect(renderReport(met, explanations)).not.toContain('Never shown when met.');
  });
});
