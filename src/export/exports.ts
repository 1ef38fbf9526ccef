/**
 * Every export the app offers, of the events the filters leave: a spreadsheet (this app's CSV), a calendar
 * (iCalendar), the dataset (JSON), and pictures (SVG and PNG) of the timeline's window and of the claims chart.
 * Loaded when a reader first exports, so none of it weighs on the first screen.
 */
import { CLAIMS_STYLE, claimsChart, groupClaims } from '../charts/claims.js';
import { SNAPSHOT_STYLE, timelineSnapshot } from '../charts/timeline-snapshot.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import { formatDay, formatWindow, type TimeWindow } from '../data/dates.js';
import { toCsv } from '../data/import/export-csv.js';
import { toIcs } from '../data/import/export-ics.js';
import { subsetDataset } from '../data/subset.js';
import type { TimelineEvent } from '../data/types.js';
import { indexGroupColors } from '../styles/group-styles.js';
import { figure, figureCss, type FigureText } from './figure.js';
import { svgToPng } from './png.js';
import { msg, str } from '@lit/localize';
import { claimCount, eventCount } from '../i18n/words.js';
import { matchingText } from '../components/filter-words.js';

export const EXPORT_KINDS = ['csv', 'ics', 'json', 'timeline-svg', 'timeline-png', 'claims-svg', 'claims-png'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The words of the exported pictures and the menu's messages, in the interface language. */
const EXPORT_TEXT = {
  get timeline() {
    return msg('Timeline');
  },
  get claims() {
    return msg('Claims in numbers');
  },
  events: (shown: number, total: number) => (shown === total ? eventCount(total) : matchingText(shown, total)),
  claimCount,
  get filtered() {
    return msg('filtered');
  },
  sources: (names: string) => msg(str`Sources: ${names}.`),
  get noSources() {
    return msg('Sources: none given for these events.');
  },
  made: (date: string) => msg(str`Made with Sourced Timeline on ${date}`),
  get noClaims() {
    return msg('No numeric claims among these events.');
  },
  get noCalendar() {
    return msg('None of these events has a date a calendar can hold (years 1 to 9999).');
  },
};

export interface ExportContext {
  index: DatasetIndex;
  /** The events the filters leave, in date order. */
  events: readonly TimelineEvent[];
  /** The timeline's window. */
  window: TimeWindow;
  /** BCP 47 locale of the interface. */
  locale: string;
  now: Date;
  /** The filters in words, when any apply. */
  filters?: string | undefined;
  /** The address of what is shown, for the picture's source line. */
  link?: string | undefined;
}

export type ExportFile = { ok: true; name: string; blob: Blob } | { ok: false; message: string };

/** A file name from the dataset's title: `north-korean-troops-….csv`. */
export function fileName(title: string, suffix: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${base || 'timeline'}${suffix ? `-${suffix}` : ''}.${extension}`;
}

/** "Sources: Outlet A; Outlet B (…)": who published the articles the events cite. */
function sourcesLine(index: DatasetIndex, events: readonly TimelineEvent[]): string {
  const names = new Set<string>();
  for (const event of events) {
    for (const source of event.sources) {
      const article = index.article.get(source.article);
      if (article) names.add(article.outlet ?? article.title);
    }
  }
  return names.size === 0 ? EXPORT_TEXT.noSources : EXPORT_TEXT.sources([...names].join('; '));
}

function figureText(context: ExportContext, subtitle: string[]): FigureText {
  const { index, events, locale, now } = context;
  const date = formatDay(now, { locale, style: 'long' });
  const made = [EXPORT_TEXT.made(date), context.link].filter(Boolean).join(' · ');
  const filtered = context.filters ? [`${EXPORT_TEXT.filtered}: ${context.filters}`] : [];
  return {
    title: index.dataset.title,
    subtitle: [...subtitle, ...filtered].join(' · '),
    sources: sourcesLine(index, events),
    made,
  };
}

/** The picture of the timeline's window, as SVG text and its size. */
export function timelineFigure(context: ExportContext) {
  const { index, events, window, locale } = context;
  const body = timelineSnapshot(index, events, window, { width: 1152, locale });
  const from = window.start.getTime();
  const to = window.end.getTime();
  const shown = events.filter((event) => {
    const span = index.date.get(event.id);
    return span !== undefined && span.start < to && span.end >= from;
  }).length;
  const subtitle = [
    EXPORT_TEXT.timeline,
    formatWindow({ start: window.start.getTime(), end: window.end.getTime() }, { locale, style: 'long' }),
    EXPORT_TEXT.events(shown, index.events.length),
  ];
  return figure(body, figureText(context, subtitle), figureCss(indexGroupColors(index), SNAPSHOT_STYLE));
}

/** The picture of the claims chart, or undefined when the events make no numeric claim. */
export function claimsFigure(context: ExportContext) {
  const { index, events } = context;
  const groups = groupClaims(index, new Set(events.map((event) => event.id)));
  if (groups.length === 0) return undefined;
  const body = claimsChart(groups, { width: 760 });
  const claims = groups.reduce((sum, group) => sum + group.claims.length, 0);
  const subtitle = [EXPORT_TEXT.claims, EXPORT_TEXT.claimCount(claims)];
  return figure(body, figureText(context, subtitle), figureCss(indexGroupColors(index), CLAIMS_STYLE));
}

const blob = (text: string, type: string) => new Blob([text], { type });

/** The file for `kind`, named after the dataset. */
export async function makeExport(kind: ExportKind, context: ExportContext): Promise<ExportFile> {
  const { index, events } = context;
  const title = index.dataset.title;
  const subset = subsetDataset(index.dataset, events);
  switch (kind) {
    case 'csv':
      return { ok: true, name: fileName(title, '', 'csv'), blob: blob(`${toCsv(subset)}\n`, 'text/csv') };
    case 'ics': {
      const { text, skipped } = toIcs(subset, { now: context.now, locale: context.locale });
      if (skipped.length === subset.events.length) return { ok: false, message: EXPORT_TEXT.noCalendar };
      return { ok: true, name: fileName(title, '', 'ics'), blob: blob(text, 'text/calendar') };
    }
    case 'json':
      return {
        ok: true,
        name: fileName(title, 'events', 'json'),
        blob: blob(`${JSON.stringify(subset, null, 2)}\n`, 'application/json'),
      };
    case 'timeline-svg':
    case 'timeline-png':
    case 'claims-svg':
    case 'claims-png': {
      const made = kind.startsWith('timeline') ? timelineFigure(context) : claimsFigure(context);
      if (made === undefined) return { ok: false, message: EXPORT_TEXT.noClaims };
      const [what, format] = kind.split('-') as [string, 'svg' | 'png'];
      const name = fileName(title, what, format);
      if (format === 'svg') return { ok: true, name, blob: blob(made.svg, 'image/svg+xml') };
      return { ok: true, name, blob: await svgToPng(made.svg, made.width, made.height) };
    }
  }
}
