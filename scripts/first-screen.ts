/**
 * The first screen, written into the built index.html from the site's own dataset: its headline, its standfirst and
 * the events a reader sees first (on a wide screen those of the window the timeline opens on, as the app's preview
 * lists them; on a phone the first entries of the list), so that the page shows readable events at its first paint,
 * before any script has run. The app draws its own screen over it as soon as it has the dataset (`<st-app>` shows
 * its `first-screen` slot only while it loads). See docs/decisions/0053-first-screen-in-the-page.md.
 *
 * Written for the site's own dataset only: `public/first-screen.js`, a small script run before the page is drawn,
 * hides it when the address asks for something else (another dataset, an event, a view, a search, a language other
 * than English), and starts the request for the dataset the page will load.
 */
import { escapeAttribute, escapeText } from 'entities';
import type { Plugin } from 'vite';
import { formatDateSpan } from '../src/data/dates.js';
import { datasetLang, eventDate, indexDataset, type DatasetIndex } from '../src/data/dataset-index.js';
import type { Dataset, TimelineEvent } from '../src/data/types.js';
import { siteDataset } from './site-dataset.js';
import { eventsInWindow } from '../src/app/timeline-preview.js';
import { initialWindow } from '../src/timeline/items.js';
import { LANGUAGES } from '../src/i18n/languages.js';

/** Entries of the phone's list written into the page: what a 375x812 screen shows, and one more. */
export const LIST_ENTRIES = 4;

/** One event as the first screen lists it. */
export interface FirstEntry {
  id: string;
  date: string;
  title: string;
  summary: string;
}

/** What the first screen shows of a validated dataset. */
export interface FirstScreen {
  title: string;
  description: string;
  /** The dataset's language (BCP 47), for the `lang` of its text. */
  lang: string;
  /** The events of the window the timeline opens on, as the app's preview lists them. */
  window: FirstEntry[];
  /** How many more events that window holds. */
  more: number;
  /** The first entries of the list (phones). */
  list: FirstEntry[];
}

function entry(index: DatasetIndex, event: TimelineEvent, style: 'short' | 'long'): FirstEntry {
  return {
    id: event.id,
    date: formatDateSpan(eventDate(index, event), { style, locale: 'en-GB' }),
    title: event.title,
    summary: event.summary ?? '',
  };
}

/** The first screen of a validated dataset. Pure. */
export function firstScreen(dataset: Dataset): FirstScreen {
  const index = indexDataset(dataset);
  const { shown, total } = eventsInWindow(index, index.events, initialWindow(index));
  return {
    title: dataset.title,
    description: dataset.description,
    lang: datasetLang(index),
    window: shown.map((event) => entry(index, event, 'short')),
    more: total - shown.length,
    list: index.events.slice(0, LIST_ENTRIES).map((event) => entry(index, event, 'long')),
  };
}

function item(entry: FirstEntry, withSummary: boolean): string {
  const summary = withSummary && entry.summary !== '' ? `<p class="fs-summary">${escapeText(entry.summary)}</p>` : '';
  return `<li><span class="fs-date">${escapeText(entry.date)}</span> <span class="fs-title">${escapeText(entry.title)}</span>${summary}</li>`;
}

/**
 * The first screen as HTML, for `<st-app>`'s `first-screen` slot. Every dataset string is escaped (text, and the one
 * attribute value); nothing in it is interactive (the app's own screen replaces it). The dataset's text is in its own
 * language, the two lines of the page's own in English (index.html's language).
 */
export function firstScreenHtml(screen: FirstScreen): string {
  const lang = escapeAttribute(screen.lang);
  const more = screen.more > 0 ? `<p class="fs-more">and ${screen.more} more in this period</p>` : '';
  return [
    '<div slot="first-screen" class="st-first-screen">',
    `<h1 lang="${lang}" dir="auto">${escapeText(screen.title)}</h1>`,
    `<p class="fs-description" lang="${lang}" dir="auto">${escapeText(screen.description)}</p>`,
    '<p class="fs-status">Loading the chronology…</p>',
    `<ol class="fs-window" lang="${lang}" dir="auto">${screen.window.map((e) => item(e, false)).join('')}</ol>`,
    more,
    `<ol class="fs-list" lang="${lang}" dir="auto">${screen.list.map((e) => item(e, true)).join('')}</ol>`,
    '</div>',
  ].join('');
}

/** The built page's stylesheet links. */
const STYLESHEET = /<link rel="stylesheet"[^>]*>/g;

/** The `<st-app>` the first screen goes into, as written in index.html. */
const APP = (src: string) => new RegExp(`<st-app src="${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*</st-app>`);

/**
 * The build step: reads and validates the site's dataset, writes its first screen into `<st-app src=…>` and the
 * script that hides it when the address asks for something else.
 */
export function firstScreenPlugin(options: { dataset: string }): Plugin {
  return {
    name: 'sourced-timeline:first-screen',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const app = APP(options.dataset);
        // Only the page that shows the site's dataset (not element.html, the embed dialog's preview).
        if (!app.test(html)) return html;
        const dataset = await siteDataset(options.dataset);
        if (!dataset) {
          // The app shows the problems; the page has nothing of the dataset to write.
          context.server?.config.logger.warn(`${options.dataset} does not validate: no first screen written`);
          return html;
        }
        const screen = firstScreenHtml(firstScreen(dataset));
        const script =
          `<script src="first-screen.js" data-dataset="${escapeAttribute(options.dataset)}" ` +
          `data-languages="${LANGUAGES.join(' ')}"></script>`;
        // The stylesheets and this script first, before the modules and their preloads: what the first paint waits
        // for is asked for first (over HTTP/1.1 a browser opens six connections to a host, in the order it finds).
        const sheets = html.match(STYLESHEET) ?? [];
        const first = [...sheets, script].join('\n    ');
        return html
          .replace(STYLESHEET, '')
          .replace(/\n\s*\n/g, '\n')
          .replace(/<script type="module"/, `${first}\n    <script type="module"`)
          .replace(app, `<st-app src="${escapeAttribute(options.dataset)}">${screen}</st-app>`);
      },
    },
  };
}
