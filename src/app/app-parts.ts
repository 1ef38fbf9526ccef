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

/** How a file opened in the page was read, in words. */
const FORMAT_TEXT: Readonly<Record<string, string>> = {
  ours: 'a Sourced Timeline dataset',
  'timelinejs-json': 'a TimelineJS file, converted',
  'timelinejs-csv': 'a TimelineJS spreadsheet (CSV), converted',
  csv: 'a spreadsheet (CSV), converted',
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
      <strong>Not the curated dataset.</strong> This timeline shows a dataset loaded from
      <code class="custom-url">${origin.url}</code>, not the project's curated dataset; the project has not reviewed it.
    </p>`;
  }
  const skipped =
    origin.skipped > 0
      ? ` ${origin.skipped} row${origin.skipped === 1 ? ' was' : 's were'} left out (see its description).`
      : '';
  return html`<div class="custom-data" role="note">
    <p>
      <strong>Not the curated dataset.</strong> This timeline shows <code class="custom-url">${origin.name}</code>,
      ${FORMAT_TEXT[origin.format] ?? 'a file'}, opened from your device. It stays in this page: nothing was sent
      anywhere.${skipped}
    </p>
    <p class="file-actions">
      <button type="button" class="download" @click=${actions.download}>Download as events.json</button>
      <button type="button" class="close-file" @click=${actions.close}>Close the file</button>
    </p>
  </div>`;
}

/** Shown while a file is dragged over the app: where to drop it, and what it can be. */
export function dropOverlay(dragging: boolean) {
  if (!dragging) return nothing;
  return html`<div class="drop-overlay" aria-hidden="true">
    <p>
      <strong>Drop the file to open it as a timeline</strong><br />
      A Sourced Timeline <code>events.json</code> (with its article files), a TimelineJS file, or a spreadsheet saved as
      CSV.
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
    The link asks for an event this dataset does not have (<code>${echoText(asked, 60)}</code>); showing the whole
    chronology.
  </p>`;
}
