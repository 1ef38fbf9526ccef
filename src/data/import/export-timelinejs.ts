/**
 * A dataset as a TimelineJS 3 JSON file: the title slide from the title and description, one slide per event,
 * eras from the windows, groups from the lanes.
 *
 * TimelineJS shows text as HTML, so every string is escaped. What TimelineJS has no field for is written where a
 * reader sees it, in the slide's text: the status, how the date is known, and the sources (links, and the quotes
 * of stored articles, whose text stays behind). Each slide also carries `sourced_timeline`, a key TimelineJS
 * ignores, with the event's exact EDTF date, date basis, status, summary and sources; the importer uses it only
 * while the slide's dates and text are still what this export wrote, so an edit made in TimelineJS wins.
 */
import { formatDateSpan, parseEdtf } from '../dates.js';
import type { Dataset, EventStatus } from '../types.js';
import { laneOf, sourcesOf, type StoredSource } from './export-shared.js';
import { timelineJsDatesOf, type TimelineJsParts } from './timelinejs-date.js';
import type { LinkSourceFile } from './types.js';

/** What a slide carries for this app, beside what TimelineJS shows. */
export interface SlideExtension {
  date: string;
  dateBasis: string;
  status?: EventStatus;
  summary?: string;
  /** Link sources, as written in the dataset. */
  sources?: LinkSourceFile[];
  /** Excerpts of stored articles: only their words travel. */
  stored?: Omit<StoredSource, 'article'>[];
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsParts;
  end_date?: TimelineJsParts;
  display_date?: string;
  text: { headline: string; text?: string };
  group?: string;
  sourced_timeline?: SlideExtension;
}

export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsSlide[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const paragraph = (text: string): string => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;

const STATUS_WORDS: Record<EventStatus, string> = {
  happened: 'Happened',
  claimed: 'Claimed: asserted by someone, not confirmed in the sources',
  expected: 'Expected: a forecast of something still to come when it was made',
  denied: 'Denied: a denial of a claim',
};

/**
 * The chain of sourcing by name, as the app says it: `["Wire", "Minister"]` (the outlet has it through the wire, from
 * the minister) → "attributed to Minister, via Wire".
 */
function creditText(via: readonly string[]): string {
  const links = [...via];
  const original = links.pop() ?? '';
  return [`attributed to ${original}`, ...links.reverse().map((name) => `via ${name}`)].join(', ');
}

/** `“quote”` and what is known of where it comes from, as plain text. */
function described(parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join(', ');
}

/** The slide's text: summary, status, date basis and sources, as escaped HTML. A function of `extension` only. */
export function slideHtml(extension: SlideExtension): string {
  const html: string[] = [];
  if (extension.summary !== undefined) html.push(paragraph(extension.summary));
  if (extension.status !== undefined && extension.status !== 'happened') {
    html.push(paragraph(`Status: ${STATUS_WORDS[extension.status]}.`));
  }
  html.push(paragraph(`How the date is known: ${extension.dateBasis}`));
  for (const link of extension.sources ?? []) {
    const name = escapeHtml(link.title ?? link.url);
    const about = described([link.outlet, link.published]);
    const credit = link.via === undefined ? '' : `, ${escapeHtml(creditText(link.via))}`;
    const quote = link.quote === undefined ? '' : `: “${escapeHtml(link.quote)}”`;
    html.push(
      `<p>Source: <a href="${escapeHtml(link.url)}">${name}</a>${about ? ` (${escapeHtml(about)})` : ''}${credit}${quote}</p>`,
    );
  }
  for (const stored of extension.stored ?? []) {
    const about = described([stored.title, stored.outlet, stored.published]);
    const credit = stored.via === undefined ? '' : `; ${creditText(stored.via)}`;
    const quote = stored.quote === undefined ? '' : `“${stored.quote}” `;
    html.push(paragraph(`Source: ${quote}(${about}${credit}; an article stored with the original dataset)`));
  }
  return html.join('');
}

/** A stored source without its article id, which means nothing outside the dataset. */
function withoutId(source: StoredSource): Omit<StoredSource, 'article'> {
  const copy: Partial<StoredSource> = { ...source };
  delete copy.article;
  return copy as Omit<StoredSource, 'article'>;
}

/** `start_date`, `end_date` and a readable `display_date` for an EDTF date. */
function datesOf(edtf: string): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> {
  const dates = timelineJsDatesOf(edtf);
  const parsed = parseEdtf(edtf);
  return {
    ...(dates ? { start_date: dates.start } : {}),
    ...(dates?.end ? { end_date: dates.end } : {}),
    ...(parsed.ok ? { display_date: formatDateSpan(parsed.value) } : {}),
  };
}

/** The dataset as a TimelineJS file. Pure; takes a dataset that passed `validateDataset`. */
export function toTimelineJs(dataset: Dataset): TimelineJsFile {
  const events = dataset.events.map((event): TimelineJsSlide => {
    const sources = sourcesOf(dataset, event);
    const links = sources.flatMap((source) => ('link' in source ? [source.link] : []));
    const stored = sources.flatMap((source) => ('stored' in source ? [source.stored] : []));
    const extension: SlideExtension = {
      date: event.date,
      dateBasis: event.dateBasis,
      ...(event.status === 'happened' ? {} : { status: event.status }),
      ...(event.summary === undefined ? {} : { summary: event.summary }),
      ...(links.length > 0 ? { sources: links } : {}),
      ...(stored.length > 0 ? { stored: stored.map(withoutId) } : {}),
    };
    const lane = laneOf(dataset, event);
    return {
      unique_id: event.id,
      ...datesOf(event.date),
      text: { headline: escapeHtml(event.title), text: slideHtml(extension) },
      ...(lane ? { group: lane.label } : {}),
      sourced_timeline: extension,
    };
  });
  const eras = (dataset.windows ?? []).map((window): TimelineJsSlide => {
    const { start_date, end_date } = datesOf(window.date);
    // TimelineJS wants both ends of an era; a window of one day, month or year starts and ends in it.
    return {
      ...(start_date ? { start_date, end_date: end_date ?? start_date } : {}),
      text: { headline: escapeHtml(window.label) },
    };
  });
  return {
    title: { text: { headline: escapeHtml(dataset.title), text: paragraph(dataset.description) } },
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
}
