import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';
import { download } from '../export/download.js';
import type { ExportKind } from '../export/exports.js';
import { buttonStyles, focusRing } from '../styles/shared-styles.js';
import { ConnectedListeners } from './connected-listeners.js';
import { localized, msg, str } from '@lit/localize';
import { intlLocale } from '../i18n/intl-locale.js';
import { numberText, plural } from '../i18n/plural.js';

/** The interface's words, in one place (read when shown, in the interface language). */
const TEXT = {
  get button() {
    return msg('Export');
  },
  heading: (shown: number, total: number) => {
    const [of, all] = [numberText(shown), numberText(total)];
    return shown === total
      ? plural(total, {
          one: msg(str`Export the ${all} event`, { id: 'export-all.one' }),
          few: msg(str`Export all ${all} events`, { id: 'export-all.few' }),
          many: msg(str`Export all ${all} events`, { id: 'export-all.many' }),
          other: msg(str`Export all ${all} events`, { id: 'export-all.other' }),
        })
      : plural(total, {
          one: msg(str`Export the ${of} of ${all} event the filters leave`, { id: 'export-some.one' }),
          few: msg(str`Export the ${of} of ${all} events the filters leave`, { id: 'export-some.few' }),
          many: msg(str`Export the ${of} of ${all} events the filters leave`, { id: 'export-some.many' }),
          other: msg(str`Export the ${of} of ${all} events the filters leave`, { id: 'export-some.other' }),
        });
  },
  get data() {
    return msg('Data');
  },
  get pictures() {
    return msg('Pictures');
  },
  kind(kind: ExportKind): string {
    const kinds: Record<ExportKind, () => string> = {
      csv: () => msg('Spreadsheet (CSV)'),
      ics: () => msg('Calendar (iCalendar)'),
      json: () => msg('Dataset (JSON)'),
      'timeline-svg': () => msg('Timeline window (SVG)'),
      'timeline-png': () => msg('Timeline window (PNG)'),
      'claims-svg': () => msg('Claims chart (SVG)'),
      'claims-png': () => msg('Claims chart (PNG)'),
    };
    return kinds[kind]();
  },
  get working() {
    return msg('Preparing the file…');
  },
  saved: (name: string) => msg(str`Saved ${name}.`),
  failed: (message: string) => msg(str`Could not export: ${message}`),
};

const DATA: readonly ExportKind[] = ['csv', 'ics', 'json'];
const PICTURES: readonly ExportKind[] = ['timeline-svg', 'timeline-png', 'claims-svg', 'claims-png'];

/**
 * The Export button and the list of files it can make from the events the filters leave: data (CSV, iCalendar, the
 * dataset's JSON) and pictures (the timeline's window and the claims chart, as SVG and PNG). A disclosure: the
 * button opens a panel of plain buttons; Escape closes it and returns focus to the button. What happened is said in a
 * status line. The code that makes the files is fetched on first use.
 */
@customElement('st-export-menu')
@localized()
export class StExportMenu extends LitElement {
  static override styles = [
    buttonStyles,
    focusRing,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      .panel {
        position: absolute;
        z-index: 20;
        top: calc(100% + 0.25rem);
        inset-inline-end: 0;
        width: max-content;
        max-width: min(22rem, 90vw);
        padding: var(--st-space-2, 0.5rem) var(--st-space-3, 0.75rem);
        background: var(--st-surface-raised);
        color: var(--st-text);
        border: 1px solid var(--st-border);
        border-radius: var(--st-radius);
        box-shadow: 0 0.5rem 1.5rem var(--st-shadow);
      }
      .panel[hidden] {
        display: none;
      }
      p {
        margin: 0 0 0.4rem;
        font-size: var(--st-font-size-sm, 0.875rem);
      }
      h3 {
        margin: 0.5rem 0 0.25rem;
        font-size: var(--st-font-size-sm, 0.875rem);
        color: var(--st-text-muted);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li button {
        width: 100%;
        justify-content: flex-start;
        text-align: start;
      }
      .status:empty {
        display: none;
      }
      .status {
        margin-top: 0.5rem;
      }
      /* Inside the phone's "More" list, the panel opens in place rather than over it. */
      @media (max-width: 39.99rem) {
        :host {
          display: block;
        }
        .toggle {
          width: 100%;
          justify-content: center;
        }
        .panel {
          position: static;
          margin-top: 0.25rem;
          box-shadow: none;
        }
      }
      .arrow {
        margin-inline-start: 0.3rem;
      }
    `,
  ];

  /** The dataset shown. */
  @property({ attribute: false }) index: DatasetIndex | undefined;
  /** The events the filters leave, in date order. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  /** The timeline's window, for its picture. */
  @property({ attribute: false }) window: TimeWindow | undefined;
  /** The filters in words, written on the pictures; none when nothing is filtered. */
  @property({ attribute: false }) filters: string | undefined;
  /** The address of what is shown, written on the pictures. */
  @property({ attribute: false }) link: string | undefined;

  @state() private open = false;
  @state() private status = '';

  @query('.toggle') private toggle!: HTMLButtonElement;

  /** A click anywhere else closes the menu. */
  private readonly outside = new ConnectedListeners(this, (signal) =>
    document.addEventListener('click', this.onDocumentClick, { signal }),
  );

  override render() {
    const total = this.index?.events.length ?? 0;
    const item = (kind: ExportKind) =>
      html`<li>
        <button type="button" data-kind=${kind} @click=${() => void this.save(kind)}>${TEXT.kind(kind)}</button>
      </li>`;
    return html`<button
        type="button"
        class="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="export-panel"
        @click=${() => this.setOpen(!this.open)}
      >
        ${TEXT.button}<span class="arrow" aria-hidden="true">${this.open ? '▴' : '▾'}</span>
      </button>
      <div
        id="export-panel"
        class="panel"
        role="group"
        aria-labelledby="export-heading"
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        <p id="export-heading">${TEXT.heading(this.events.length, total)}</p>
        <h3 id="export-data">${TEXT.data}</h3>
        <ul aria-labelledby="export-data">
          ${DATA.map(item)}
        </ul>
        <h3 id="export-pictures">${TEXT.pictures}</h3>
        <ul aria-labelledby="export-pictures">
          ${PICTURES.map(item)}
        </ul>
        <p class="status" role="status">${this.status || nothing}</p>
      </div>`;
  }

  private setOpen(open: boolean, focusToggle = false): void {
    this.open = open;
    if (!open) this.status = '';
    if (focusToggle) void this.updateComplete.then(() => this.toggle.focus());
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.setOpen(false, true);
  };

  private readonly onDocumentClick = (event: MouseEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.setOpen(false);
  };

  private async save(kind: ExportKind): Promise<void> {
    const index = this.index;
    const window = this.window;
    if (!index || !window) return;
    this.status = TEXT.working;
    try {
      const { makeExport } = await import('../export/exports.js');
      const file = await makeExport(kind, {
        index,
        events: this.events,
        window,
        locale: intlLocale(),
        now: new Date(),
        filters: this.filters,
        link: this.link,
      });
      if (!file.ok) {
        this.status = TEXT.failed(file.message);
        return;
      }
      download(file.name, file.blob);
      this.status = TEXT.saved(file.name);
    } catch (error) {
      this.status = TEXT.failed(error instanceof Error ? error.message : String(error));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-export-menu': StExportMenu;
  }
}
