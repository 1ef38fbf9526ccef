/**
 * The benchmark's results and their report: percentiles, formatting, ratios, markdown tables and the targets.
 * Pure (no I/O), so it is unit-tested; scripts/bench/run.ts measures and writes.
 */

/** The implementations compared on synthetic datasets. */
export type ImplId = 'app' | 'element' | 'vis' | 'tljs';

export const IMPLEMENTATIONS: readonly { id: ImplId; label: string; ours: boolean }[] = [
  { id: 'app', label: 'ours: app', ours: true },
  { id: 'element', label: 'ours: st-timeline only', ours: true },
  { id: 'vis', label: 'vis-timeline, default options', ours: false },
  { id: 'tljs', label: 'TimelineJS 3', ours: false },
];

/** A measured number, or why there is none ("timed out > 30 s", "refused: …", "not run: …"). */
export type Figure = { value: number } | { missing: string };

export const value = (figure: Figure | undefined): number | undefined =>
  figure && 'value' in figure ? figure.value : undefined;

export const missing = (why: string): Figure => ({ missing: why });
export const measured = (n: number): Figure => ({ value: n });

export interface Bytes {
  raw: number;
  gzip: number;
}

/** The app with its own dataset, at one viewport. */
export interface DefaultRun {
  viewport: 'desktop' | 'phone';
  /** Navigation start to the first event visible, in ms. */
  firstVisible: Figure;
  /** What was seen first (e.g. "app list entry"). */
  firstVisibleKind?: string;
  /** The longest main-thread task of the load (ms). */
  longestTask?: Figure;
  /** All JS and CSS of the first load (after the first event, until the network is idle). */
  js: Bytes;
  css: Bytes;
  /** The JS and CSS whose responses had finished when the first event became visible. */
  jsBeforeVisible: Bytes;
  cssBeforeVisible: Bytes;
  /** Number of JS and CSS files, all and before the first event. */
  files: number;
  filesBeforeVisible: number;
}

export interface LighthouseRun {
  score: number | null;
  lcpMs: number | null;
  fcpMs: number | null;
  tbtMs: number | null;
}

/** One implementation with one synthetic dataset. */
export interface CellResult {
  impl: ImplId;
  events: number;
  /** Navigation start to the first timeline item visible, in ms (for ours, a "+N more" marker counts). */
  firstRender: Figure;
  /** Navigation start to the first single event visible (ours may show only "+N more" markers until zoomed in). */
  firstEvent: Figure;
  frameP50: Figure;
  frameP95: Figure;
  /** Frames recorded during the interaction. */
  frames?: number;
  /** JS heap used after render and a garbage collection, in MB (2^20 bytes). */
  heapMB: Figure;
  domElements: Figure;
  /** What went wrong in the interaction ("interaction cut at 30 s"). */
  note?: string;
  /** The longest main-thread task while loading (ms). */
  longestTask?: Figure;
  /** First render at the phone viewport (a load of its own, no interaction). */
  phoneFirstRender?: Figure;
}

/** Repeated cold loads of one page: each load's first event (ms) and longest task (ms), or why it had none. */
export interface Samples {
  firstVisible: Figure[];
  longestTask: Figure[];
  /** What was seen first, in the last load that saw something. */
  kind?: string;
}

/** A small dataset, our app against vis-timeline's defaults, at one viewport (issue 17: at most half its time). */
export interface SmallCell {
  /** "default" for data/events.json, else the synthetic size. */
  dataset: string;
  events: number;
  viewport: 'desktop' | 'phone';
  app: Samples;
  vis: Samples;
}

/** A dataset made to be hard (near-matching quotes, hard dates, a long search): does loading it block the page? */
export interface AdversarialRun {
  id: string;
  /** What it is. */
  label: string;
  samples: Samples;
}

export interface Meta {
  date: string;
  cpu: string;
  cores: number;
  ramGB: number;
  chromium: string;
  node: string;
  os: string;
  lighthouse: string;
  timeoutMs: number;
  seconds?: number;
  /** Cold loads per small-data and adversarial row. */
  repeats?: number;
  /** The machine's load average (1 minute) when the run started and when it ended: how shared the machine was. */
  load?: { start: number; end: number };
}

export interface BenchResults {
  meta: Meta;
  defaultDataset: DefaultRun[];
  lighthouse: LighthouseRun | { missing: string };
  synthetic: CellResult[];
  small?: SmallCell[];
  adversarial?: AdversarialRun[];
}

/** The median of the measured figures (the lower middle one of an even count), or why there is none. */
export function medianOf(figures: readonly Figure[]): Figure {
  const values = figures.flatMap((f) => ('value' in f ? [f.value] : []));
  const middle = percentile(values, 50);
  if (middle !== undefined) return measured(middle);
  const first = figures.find((f): f is { missing: string } => 'missing' in f);
  return missing(first?.missing ?? 'not measured');
}

/** "412 ms (398, 412, 530)": the median and each load's figure. */
export function formatSamples(figures: readonly Figure[], format = formatMs): string {
  const median = formatFigure(medianOf(figures), format);
  if (figures.length < 2 || !figures.every((f) => 'value' in f)) return median;
  return `${median} (${figures.map((f) => formatFigure(f, (n) => group(n))).join(', ')})`;
}

/** The `p`th percentile (0 to 100) by the nearest-rank method; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const group = (n: number, digits = 0): string =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A duration: "850 ms", "12.3 ms" below 100 ms, "1.42 s" from a second. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${group(ms / 1000, 2)} s`;
  if (ms < 100) return `${group(ms, 1)} ms`;
  return `${group(ms)} ms`;
}

/** Bytes in kB of 1,000 bytes: "98.4 kB". */
export function formatKB(bytes: number): string {
  return `${group(bytes / 1000, 1)} kB`;
}

/** Raw and gzip sizes: "312.0 kB (98.4 kB gzip)". */
export function formatBytes(bytes: Bytes): string {
  return `${formatKB(bytes.raw)} (${formatKB(bytes.gzip)} gzip)`;
}

export function formatFigure(figure: Figure | undefined, format: (n: number) => string): string {
  if (!figure) return '–';
  return 'value' in figure ? format(figure.value) : figure.missing;
}

export const formatMB = (mb: number): string => `${group(mb, 1)} MB`;
export const formatCount = (n: number): string => group(n);

/** The short reason a figure is missing, for a ratio's "n/a (…)": "timed out", "refused", "not run". */
export function shortReason(why: string): string {
  const inner = /^n\/a \((.*)\)$/.exec(why);
  if (inner?.[1]) return inner[1];
  if (why === 'n/a') return 'no figure';
  if (why.startsWith('timed out')) return 'timed out';
  if (why.startsWith('refused')) return 'refused';
  if (why.startsWith('not run')) return 'not run';
  return why.split(/[:(]/)[0]?.trim() ?? why;
}

/** ours / theirs as "0.12×", or "n/a (…)" naming the side that has no figure and why. */
export function ratio(ours: Figure | undefined, theirs: Figure | undefined, names: [string, string]): string {
  const reasons: string[] = [];
  for (const [figure, name] of [
    [ours, names[0]],
    [theirs, names[1]],
  ] as const) {
    if (!figure) reasons.push(`${name}: no figure`);
    else if ('missing' in figure) reasons.push(`${name} ${shortReason(figure.missing)}`);
  }
  if (reasons.length > 0) return `n/a (${reasons.join('; ')})`;
  const a = value(ours) ?? 0;
  const b = value(theirs) ?? 0;
  if (b === 0) return 'n/a (divide by 0)';
  const r = a / b;
  return `${r >= 10 ? group(r, 0) : r >= 1 ? group(r, 1) : group(r, 2)}×`;
}

/** A markdown table; `|` in cells is escaped. Columns given as "right" are right-aligned. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
) {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = headers.map((_, i) => (right.includes(i) ? '--:' : '---'));
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

export const implLabel = (id: ImplId): string => IMPLEMENTATIONS.find((impl) => impl.id === id)?.label ?? id;

/** The keys of the targets, which also key their explanations. */
export type TargetKey =
  | 'small-half'
  | 'initial-js'
  | 'first-event-default'
  | 'render-10k'
  | 'render-10k-ratio'
  | 'longest-task'
  | 'lighthouse'
  | 'frames-10k'
  | 'render-100k';

export const TARGETS: readonly { key: TargetKey; text: string }[] = [
  { key: 'small-half', text: 'Small data: first event visible ≤ 0.5× vis-timeline with default options (median)' },
  { key: 'initial-js', text: 'Initial JS before the first event is visible ≤ 100 kB gzip' },
  { key: 'first-event-default', text: 'First event visible ≤ 1 s on the default dataset' },
  { key: 'render-10k', text: 'With 10,000 events, first render ≤ 1 s' },
  { key: 'render-10k-ratio', text: 'With 10,000 events, first render ≤ 0.2× vis-timeline with default options' },
  { key: 'longest-task', text: 'While loading, no main-thread task > 200 ms (the app)' },
  { key: 'lighthouse', text: 'Lighthouse mobile performance ≥ 98 (the app at /)' },
  { key: 'frames-10k', text: 'With 10,000 events, p95 frame time ≤ 16.7 ms while zooming and panning' },
  { key: 'render-100k', text: 'With 100,000 events, first render ≤ 3 s' },
];

export interface TargetCheck {
  key: TargetKey;
  target: string;
  /** What was measured ("desktop", "ours: app"). */
  subject: string;
  measured: string;
  /** True when met, false when missed (a missing figure misses the target). */
  met: boolean;
  /** "met, 0.42 s to spare", "missed by 0.31 s", "missed: refused (…)". */
  verdict: string;
}

function check(
  key: TargetKey,
  subject: string,
  figure: Figure | undefined,
  limit: number,
  format: (n: number) => string,
): TargetCheck {
  const target = TARGETS.find((t) => t.key === key)?.text ?? key;
  const n = value(figure);
  if (n !== undefined && limit < 0) {
    // A floor, given negated (a score that must be at least -limit).
    const met = n >= -limit;
    const verdict = met ? `met, ${format(n + limit)} to spare` : `missed by ${format(-limit - n)}`;
    return { key, target, subject, measured: format(n), met, verdict };
  }
  if (n === undefined) {
    const why = figure && 'missing' in figure ? figure.missing : 'not measured';
    return { key, target, subject, measured: why, met: false, verdict: `missed: ${why}` };
  }
  const met = n <= limit;
  const margin = Math.abs(limit - n);
  const verdict = met
    ? `met, ${format(margin)} to spare`
    : `missed by ${format(margin)} (${group((n / limit) * 100)}% of the limit)`;
  return { key, target, subject, measured: format(n), met, verdict };
}

const cellOf = (results: BenchResults, impl: ImplId, events: number) =>
  results.synthetic.find((cell) => cell.impl === impl && cell.events === events);

/** Each target checked against each of our measurements it applies to. */
export function evaluateTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const small of results.small ?? []) {
    const subject = `${small.dataset === 'default' ? 'default dataset' : `${formatCount(small.events)} events`}, ${small.viewport}`;
    const ours = value(medianOf(small.app.firstVisible));
    const theirsFigure = medianOf(small.vis.firstVisible);
    const theirs = value(theirsFigure);
    // vis-timeline showing no whole title before the time-out: it took longer than that, an upper bound of the ratio.
    const timeout = 'missing' in theirsFigure ? /^timed out > (\d+) s/.exec(theirsFigure.missing)?.[1] : undefined;
    if (ours !== undefined && theirs === undefined && timeout !== undefined) {
      const bound = ours / (Number(timeout) * 1000);
      const met = bound <= 0.5;
      const target = TARGETS.find((t) => t.key === 'small-half')?.text ?? 'small-half';
      const measuredText = `< ${group(bound, 2)}× (vis-timeline > ${timeout} s)`;
      const verdict = met ? 'met: vis-timeline showed no whole title in time' : `missed: not proven`;
      checks.push({ key: 'small-half', target, subject, measured: measuredText, met, verdict });
      continue;
    }
    const r = ours !== undefined && theirs ? measured(ours / theirs) : missing('no figure on one side');
    checks.push(check('small-half', subject, r, 0.5, (n) => `${group(n, 2)}×`));
  }
  for (const run of results.defaultDataset) {
    checks.push(check('initial-js', run.viewport, measured(run.jsBeforeVisible.gzip), 100_000, formatKB));
  }
  for (const run of results.defaultDataset) {
    checks.push(check('first-event-default', run.viewport, run.firstVisible, 1000, formatMs));
  }
  const ours = IMPLEMENTATIONS.filter((impl) => impl.ours);
  for (const impl of ours)
    checks.push(check('render-10k', impl.label, cellOf(results, impl.id, 10_000)?.firstRender, 1000, formatMs));
  const app10k = value(cellOf(results, 'app', 10_000)?.firstRender);
  const vis10k = value(cellOf(results, 'vis', 10_000)?.firstRender);
  checks.push(
    check(
      'render-10k-ratio',
      'app / vis-timeline',
      app10k !== undefined && vis10k ? measured(app10k / vis10k) : missing('no figure on one side'),
      0.2,
      (n) => `${group(n, 2)}×`,
    ),
  );
  for (const cell of results.synthetic) {
    if (cell.impl !== 'app' || cell.events > 10_000 || !cell.longestTask) continue;
    checks.push(check('longest-task', `app, ${formatCount(cell.events)} events`, cell.longestTask, 200, formatMs));
  }
  for (const run of results.adversarial ?? []) {
    const worst = run.samples.longestTask.reduce<Figure | undefined>(
      (max, f) => ((value(f) ?? -1) > (value(max) ?? -1) ? f : (max ?? f)),
      undefined,
    );
    checks.push(check('longest-task', `app, ${run.label}`, worst, 200, formatMs));
  }
  const lh = results.lighthouse;
  checks.push(
    check(
      'lighthouse',
      'mobile preset',
      'missing' in lh ? missing(lh.missing) : lh.score === null ? missing('no score') : measured(lh.score),
      -98,
      (n) => group(n),
    ),
  );
  for (const impl of ours)
    checks.push(check('frames-10k', impl.label, cellOf(results, impl.id, 10_000)?.frameP95, 16.7, formatMs));
  for (const impl of ours) {
    checks.push(check('render-100k', impl.label, cellOf(results, impl.id, 100_000)?.firstRender, 3000, formatMs));
  }
  return checks;
}

const SIZES_ORDER = (results: BenchResults) =>
  [...new Set(results.synthetic.map((cell) => cell.events))].sort((a, b) => a - b);

export function defaultTable(results: BenchResults): string {
  const rows = results.defaultDataset.map((run) => [
    run.viewport,
    formatFigure(run.firstVisible, formatMs) + (run.firstVisibleKind ? ` (${run.firstVisibleKind})` : ''),
    formatBytes(run.jsBeforeVisible),
    formatBytes(run.cssBeforeVisible),
    formatBytes(run.js),
    formatBytes(run.css),
    formatBytes({ raw: run.js.raw + run.css.raw, gzip: run.js.gzip + run.css.gzip }),
    `${run.filesBeforeVisible} / ${run.files}`,
    formatFigure(run.longestTask, formatMs),
  ]);
  return markdownTable(
    [
      'Viewport',
      'First event visible',
      'JS before first event',
      'CSS before first event',
      'JS, all',
      'CSS, all',
      'JS + CSS, all',
      'Files (before / all)',
      'Longest task',
    ],
    rows,
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
}

export function lighthouseTable(results: BenchResults): string {
  const lh = results.lighthouse;
  if ('missing' in lh) return markdownTable(['Lighthouse (mobile)'], [[lh.missing]]);
  const ms = (n: number | null) => (n === null ? '–' : formatMs(n));
  return markdownTable(
    ['Performance score', 'LCP', 'FCP', 'TBT'],
    [[lh.score === null ? '–' : String(lh.score), ms(lh.lcpMs), ms(lh.fcpMs), ms(lh.tbtMs)]],
    [0, 1, 2, 3],
  );
}

export function syntheticTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const events of SIZES_ORDER(results)) {
    for (const impl of IMPLEMENTATIONS) {
      const cell = cellOf(results, impl.id, events);
      if (!cell) continue;
      rows.push([
        formatCount(events),
        impl.label,
        formatFigure(cell.firstRender, formatMs),
        formatFigure(cell.phoneFirstRender, formatMs),
        formatFigure(cell.firstEvent, formatMs),
        formatFigure(cell.longestTask, formatMs),
        formatFigure(cell.frameP50, formatMs),
        formatFigure(cell.frameP95, formatMs),
        (cell.frames === undefined ? '–' : formatCount(cell.frames)) + (cell.note ? ` (${cell.note})` : ''),
        formatFigure(cell.heapMB, formatMB),
        formatFigure(cell.domElements, formatCount),
      ]);
    }
  }
  return markdownTable(
    [
      'Events',
      'Implementation',
      'First render',
      'First render, phone',
      'First single event',
      'Longest task',
      'Frame p50',
      'Frame p95',
      'Frames',
      'JS heap',
      'DOM elements',
    ],
    rows,
    [0, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
}

const PAIRS: readonly [ImplId, ImplId][] = [
  ['app', 'vis'],
  ['app', 'tljs'],
  ['element', 'vis'],
  ['element', 'tljs'],
];

const SHORT: Record<ImplId, string> = { app: 'app', element: 'element', vis: 'vis-timeline', tljs: 'TimelineJS' };

export function ratioTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const events of SIZES_ORDER(results)) {
    for (const [a, b] of PAIRS) {
      const ours = cellOf(results, a, events);
      const theirs = cellOf(results, b, events);
      const names: [string, string] = [SHORT[a], SHORT[b]];
      const r = (pick: (cell: CellResult) => Figure) =>
        ratio(ours ? pick(ours) : undefined, theirs ? pick(theirs) : undefined, names);
      rows.push([
        formatCount(events),
        `${SHORT[a]} / ${SHORT[b]}`,
        r((c) => c.firstRender),
        r((c) => c.phoneFirstRender ?? missing('not measured')),
        r((c) => c.firstEvent),
        r((c) => c.longestTask ?? missing('not measured')),
        r((c) => c.frameP50),
        r((c) => c.frameP95),
        r((c) => c.heapMB),
        r((c) => c.domElements),
      ]);
    }
  }
  return markdownTable(
    [
      'Events',
      'Ours / theirs',
      'First render',
      'First render, phone',
      'First single event',
      'Longest task',
      'Frame p50',
      'Frame p95',
      'JS heap',
      'DOM elements',
    ],
    rows,
    [0],
  );
}

export function smallTable(results: BenchResults): string {
  const rows = (results.small ?? []).map((small) => [
    small.dataset === 'default' ? `default (${formatCount(small.events)} events)` : formatCount(small.events),
    small.viewport,
    formatSamples(small.app.firstVisible) + (small.app.kind ? ` (${small.app.kind})` : ''),
    formatSamples(small.vis.firstVisible),
    ratio(medianOf(small.app.firstVisible), medianOf(small.vis.firstVisible), ['app', 'vis-timeline']),
    formatFigure(medianOf(small.app.longestTask), formatMs),
    formatFigure(medianOf(small.vis.longestTask), formatMs),
  ]);
  return markdownTable(
    [
      'Dataset',
      'Viewport',
      'Ours: app, first event',
      'vis-timeline defaults, first event',
      'Ours / theirs (medians)',
      'Longest task, ours',
      'Longest task, vis-timeline',
    ],
    rows,
    [2, 3, 5, 6],
  );
}

export function adversarialTable(results: BenchResults): string {
  const rows = (results.adversarial ?? []).map((run) => [
    run.label,
    formatSamples(run.samples.firstVisible) + (run.samples.kind ? ` (${run.samples.kind})` : ''),
    formatSamples(run.samples.longestTask),
  ]);
  return markdownTable(['Dataset (the app, desktop)', 'First event visible', 'Longest task'], rows, [1, 2]);
}

export function targetsSection(results: BenchResults, explanations: Readonly<Record<TargetKey, string>>): string {
  const checks = evaluateTargets(results);
  const table = markdownTable(
    ['Target', 'Measured on', 'Measured', 'Verdict'],
    checks.map((c) => [c.target, c.subject, c.measured, `${c.met ? '✅' : '❌'} ${c.verdict}`]),
  );
  const missedKeys = TARGETS.filter((t) => checks.some((c) => c.key === t.key && !c.met));
  const why = missedKeys.map((t) => `- **${t.text}**: ${explanations[t.key]}`);
  const met = checks.filter((c) => c.met).length;
  return [
    `${met} of ${checks.length} checks met.`,
    '',
    table,
    ...(why.length > 0 ? ['', '### Why the misses', '', ...why] : []),
  ].join('\n');
}

export function metaSection(meta: Meta): string {
  const lines = [
    `- Date: ${meta.date}`,
    `- CPU: ${meta.cpu}, ${meta.cores} cores`,
    `- RAM: ${group(meta.ramGB, 1)} GB`,
    `- Chromium: ${meta.chromium} (headless)`,
    `- Node: ${meta.node}`,
    `- OS: ${meta.os}`,
    `- Lighthouse: ${meta.lighthouse}`,
    `- Time-out per page load and per interaction: ${formatMs(meta.timeoutMs)}; small-data and adversarial rows are medians of ${meta.repeats ?? 1} cold loads (each load's figure in brackets), other cells one measurement`,
  ];
  if (meta.seconds !== undefined) lines.push(`- Benchmark run time (build included): ${formatMs(meta.seconds * 1000)}`);
  if (meta.load) {
    const { start, end } = meta.load;
    lines.push(
      `- Load average (1 minute) on this shared machine: ${group(start, 1)} at the start, ${group(end, 1)} at the end`,
    );
  }
  return lines.join('\n');
}

/** The report as markdown: bench/results.md. */
export function renderReport(results: BenchResults, explanations: Readonly<Record<TargetKey, string>>): string {
  return [
    '# Sourced Timeline benchmark',
    '',
    'Written by `npm run bench` (scripts/bench/run.ts); raw figures in `.bench/results.json`.',
    '',
    '## Machine and run',
    '',
    metaSection(results.meta),
    '',
    '## Small data: the app against vis-timeline with default options',
    '',
    "First event visible (issue 17): navigation start to the first frame in which an event's title is laid out fully",
    'inside the viewport, not clipped by a scrolling ancestor, and topmost at its centre (bench/probe.ts). The app at',
    "`/` for the default dataset, else `?data=` and `view=timeline`; vis-timeline's page parses the same file. Target:",
    'ours at most 0.5× theirs.',
    '',
    smallTable(results),
    '',
    '## Default dataset (data/events.json, the app at /)',
    '',
    'Desktop is 1280×800; phone is 375×812 at device scale factor 2 with touch. Sizes in kB of 1,000 bytes; gzip is',
    'node:zlib at level 9 on each response body (the server sends code and pages gzipped at level 6, as static hosts',
    'do, and the synthetic datasets as they are). "Before first event" counts',
    'responses that had finished (Resource Timing `responseEnd`) when the first event became visible.',
    '',
    defaultTable(results),
    '',
    'Lighthouse, mobile preset (simulated throttling), the app at /:',
    '',
    lighthouseTable(results),
    '',
    '## Synthetic datasets (seed 1), desktop 1280×800 (and a phone column)',
    '',
    '"First render, phone": the same page loaded again at 375×812, first render only. "Longest task": the longest',
    'main-thread task from navigation until the network has been idle for half a second after the first render.',
    'First render: navigation start to the first timeline item visible in the viewport. Our timeline gathers events',
    'whose titles have no room into "+N more" markers; a marker counts as rendered here, and "First single event" is',
    'when the first single event was visible (vis-timeline and TimelineJS draw single events only, so both columns',
    'agree). Frame times:',
    'deltas between requestAnimationFrame callbacks during six wheel steps in, six out and a mouse drag left and',
    'right (TimelineJS: three clicks on each of its zoom buttons and a drag on its time navigator); a page that does',
    'not finish the interaction in the time-out keeps the frames recorded until then. JS heap: used size after a',
    'garbage collection, once the first item is visible (and one second more). DOM elements: shadow roots included.',
    'The app is loaded with `?data=` and `view=timeline`; it validates the dataset, the other pages only parse it.',
    '',
    syntheticTable(results),
    '',
    '### Ours / theirs',
    '',
    'Below 1× means ours is smaller (faster, lighter).',
    '',
    ratioTable(results),
    '',
    '## Adversarial datasets',
    '',
    'Made to be hard (scripts/synthetic/adversarial.ts): the longest main-thread task while the app loads them',
    '(Long Tasks API, from navigation until the network has been idle for half a second) must stay under 200 ms.',
    '',
    adversarialTable(results),
    '',
    '## Targets',
    '',
    targetsSection(results, explanations),
    '',
  ].join('\n');
}
