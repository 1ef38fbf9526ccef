/**
 * Parts of the app shell that are plain templates: the notice that a dataset is not the curated one (from another
 * address, or from the reader's own files, with a way to download it), the overlay shown while a file is
 * dragged over the app, the Export menu with what it exports, and the notice for a link to an unknown event.
 */
import { html, nothing } from 'lit';
import { echoText } from '../data/echo.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import type { FilterState } from '../data/filters.js';
import { describeFilters } from '../data/handout.js';
import type { TimelineEvent } from '../data/types.js';
import { download } from '../export/download.js';
import '../components/st-export-menu.js';
import type { DatasetOrigin } from './dataset-loader.js';
import { msg, str } from '@lit/localize';
import { plural } from '../i18n/plural.js';

/** How a file opened in the page was read, in words. */
const FORMAT_TEXT: Readonly<Record<string, () => string>> = {
  ours: () => msg('a Sourced Timeline dataset'),
  'timelinejs-json': () => msg('a TimelineJS file, converted'),
  'timelinejs-csv': () => msg('a TimelineJS spreadsheet (CSV), converted'),
  csv: () => msg('a spreadsheet (CSV), converted'),
};

/**
 * Says, above everything, that the dataset is not the site's own: a link can name any dataset on this site (or an
 * allowed origin), and a reader can open any file, and neither must be taken for the curated chronology. Addresses
 * and file names are text, never links.
 */
export function notCurated(origin: DatasetOrigin, actions: { download: () => void; close: () => void }) {
  if (origin.kind === 'site') return nothing;
  if (origin.kind === 'address') {
    return html`<p class="custom-data" role="note">
      <strong>${msg('Not the curated dataset.')}</strong> ${msg('This timeline shows a dataset loaded from')}
      <code class="custom-url">${origin.url}</code
      >${msg(", not the project's curated dataset; the project has not reviewed it.")}
    </p>`;
  }
  const skipped =
    origin.skipped > 0
      ? ` ${plural(origin.skipped, {
          one: msg(str`${origin.skipped} row was left out (see its description).`, { id: 'rows-left-out.one' }),
          few: msg(str`${origin.skipped} rows were left out (see its description).`, { id: 'rows-left-out.few' }),
          many: msg(str`${origin.skipped} rows were left out (see its description).`, { id: 'rows-left-out.many' }),
          other: msg(str`${origin.skipped} rows were left out (see its description).`, { id: 'rows-left-out.other' }),
        })}`
      : '';
  return html`<div class="custom-data" role="note">
    <p>
      <strong>${msg('Not the curated dataset.')}</strong> ${msg('This timeline shows')}
      <code class="custom-url">${origin.name}</code>,
      ${msg(str`${FORMAT_TEXT[origin.format]?.() ?? msg('a file')}, opened from your device. It stays in this page: nothing was sent anywhere.`)}${skipped}
    </p>
    <p class="file-actions">
      <button type="button" class="download" @click=${actions.download}>${msg('Download as events.json')}</button>
      <button type="button" class="close-file" @click=${actions.close}>${msg('Close the file')}</button>
    </p>
  </div>`;
}

/** Shown while a file is dragged over the app: where to drop it, and what it can be. */
export function dropOverlay(dragging: boolean) {
  if (!dragging) return nothing;
  return html`<div class="drop-overlay" aria-hidden="true">
    <p>
      <strong>${msg('Drop the file to open it as a timeline')}</strong><br />
      ${msg('A Sourced Timeline events.json (with its article files), a TimelineJS file, or a spreadsheet saved as CSV.')}
    </p>
  </div>`;
}

/** "Download as events.json": the dataset opened from files, as our JSON, through the browser's download. */
export function downloadDataset(origin: DatasetOrigin): void {
  if (origin.kind === 'file') download('events.json', `${origin.json}\n`, 'application/json');
}

/** The Export menu, given the events the filters leave, the timeline's window and the address of what is shown. */
export function exportMenu(
  index: DatasetIndex,
  shown: { events: readonly TimelineEvent[]; filters: FilterState; window: TimeWindow | undefined },
  link: string | undefined,
) {
  return html`<st-export-menu
    .index=${index}
    .events=${shown.events}
    .window=${shown.window}
    .filters=${describeFilters(index, shown.filters)}
    .link=${link}
  ></st-export-menu>`;
}

/** Said when the address asks for an event the dataset lacks: what was asked, cleaned, as the reader's input. */
export function unknownEvent(asked: string) {
  return html`<p class="notice" role="status">
    ${msg('The link asks for an event this dataset does not have:')} <code>${echoText(asked, 60)}</code>.
    ${msg('Showing the whole chronology.')}
  </p>`;
}
