import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { articleLang, datasetLang, sourceNoun, type DatasetIndex } from '../data/dataset-index.js';
import { editorNoteLabel } from '../data/sourcing-view.js';
import { EMPTY_FILTERS, type FilterState } from '../data/filters.js';
import {
  eventCountText,
  filterParts,
  searchWord,
  type FilterPart,
  handoutArticle,
  handoutEvent,
  type HandoutArticle,
  type HandoutEvent,
} from '../data/handout.js';
import type { TimelineEvent } from '../data/types.js';
import { sourceCheckText } from './excerpt.js';
import { asOfSentence, isPossibly } from '../data/as-of.js';
import { styles } from './st-handout.styles.js';
import { ConnectedListeners } from './connected-listeners.js';
import { reducedMotion } from '../styles/shared-styles.js';
import { localized, msg, str } from '@lit/localize';
import { intlLocale } from '../i18n/intl-locale.js';

/** Handouts with up to this many events are always drawn (hidden on screen); longer ones only for printing. */
const EAGER = 500;

/**
 * The chronology on paper: the title, the events given (date, status, summary and every excerpt with
 * its source) and the list of articles, with nothing to click. The app shows it only in print media;
 * addresses are printed as text, since paper has no links.
 *
 * @cssprop --st-text - Body text colour.
 * @cssprop --st-text-muted - Secondary text: date basis, attributions.
 * @cssprop --st-border - Excerpt rule colour.
 * @cssprop --st-font-serif - Body font.
 */
@localized()
@customElement('st-handout')
export class StHandout extends LitElement {
  static override styles = [reducedMotion, styles];

  /** The dataset, indexed; nothing is rendered without it. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The events to print, in the order given (the app gives the filtered events in date order). */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];

  /** The filters that chose `events`, described under the title. */
  @property({ attribute: false }) filters: FilterState = EMPTY_FILTERS;

  /** Set while the page prints: long handouts are drawn only then. */
  @state() private printing = false;
  private readonly printMedia = window.matchMedia('print');

  private readonly printListeners = new ConnectedListeners(this, (signal) => {
    window.addEventListener('beforeprint', this.onPrint, { signal });
    window.addEventListener('afterprint', this.onPrintDone, { signal });
    this.printMedia.addEventListener('change', this.onMediaChange, { signal });
  });

  // lit updates in a microtask, which runs before the browser lays the page out for printing.
  private readonly onPrint = (): void => {
    this.printing = true;
  };
  private readonly onPrintDone = (): void => {
    this.printing = false;
  };
  private readonly onMediaChange = (): void => {
    this.printing = this.printMedia.matches;
  };

  override render() {
    const index = this.index;
    if (!index) return nothing;
    const filtered = this.renderFilters(index);
    // Thousands of events would cost seconds on every change for a page nobody sees: drawn when printing.
    const drawn = this.events.length <= EAGER || this.printing || this.printMedia.matches;
    const lang = datasetLang(index);
    return html`
      <header>
        <h1 lang=${lang} dir="auto">${index.dataset.title}</h1>
        <p class="description" lang=${lang} dir="auto">${index.dataset.description}</p>
        <p class="scope">
          ${eventCountText(this.events.length, index.events.length)}
          ${filtered === undefined ? nothing : msg(html`<strong>Filtered</strong> by ${filtered}.`)}
        </p>
        ${index.asOf ? html`<p class="scope as-of">${asOfSentence(index.asOf, sourceNoun(index))}</p>` : nothing}
      </header>
      <section aria-labelledby="events">
        <h2 id="events">${msg('Events')}</h2>
        ${
          this.events.length === 0
            ? html`<p>${msg('No event matches the filters.')}</p>`
            : !drawn
              ? html`<p>${msg('The events are set out when the page is printed.')}</p>`
              : repeat(
                  this.events,
                  (event) => event.id,
                  (event) => this.renderEvent(handoutEvent(index, event)),
                )
        }
      </section>
      <section aria-labelledby="articles">
        <h2 id="articles">${sourceNoun(index) === 'article' ? msg('Articles') : msg('Sources')}</h2>
        <ol class="articles">
          ${index.dataset.articles.map((article) => this.renderArticle(handoutArticle(index, article), isPossibly(index, 'article', article.id)))}
        </ol>
      </section>
    `;
  }

  /** The filters, facet by facet, the dataset's words marked with its language; nothing when none apply. */
  private renderFilters(index: DatasetIndex) {
    const described = filterParts(index, this.filters);
    if (!described) return undefined;
    const lang = datasetLang(index);
    const list = new Intl.ListFormat(intlLocale(), { type: 'disjunction' });
    const part = ({ name, nameIsData, values, valuesAreData, note }: FilterPart) => {
      const alternatives = list
        .formatToParts(values)
        .map((item) =>
          item.type === 'element'
            ? html`<span lang=${valuesAreData ? lang : nothing}>${item.value}</span>`
            : item.value,
        );
      return html`<span lang=${nameIsData ? lang : nothing}>${name}</span>: ${alternatives}${note}`;
    };
    // The search is matched against the dataset's text, so its words are read as that text.
    const query = described.query === '' ? [] : [html`${searchWord()}: <span lang=${lang}>“${described.query}”</span>`];
    const parts = [...described.parts.map(part), ...query];
    return parts.map((item, i) => (i === 0 ? item : html`; ${item}`));
  }

  private get noteLabel(): string {
    return this.index ? editorNoteLabel(this.index) : '';
  }

  private renderEvent(event: HandoutEvent) {
    const lang = this.index ? datasetLang(this.index) : 'en';
    return html`<article class="event">
      <header>
        <p class="when">
          <span class="date">${event.date}</span> · <span class="status">${event.status}</span>
          <span class="meaning">(${event.statusMeaning})</span>${event.background ? ` · ${msg('background')}` : nothing}
        </p>
        <h3 lang=${lang} dir="auto">${event.title}</h3>
      </header>
      <p class="basis">${msg('Date basis:')} <span lang=${lang} dir="auto">${event.dateBasis}</span></p>
      ${event.summary === undefined ? nothing : html`<p class="summary" lang=${lang} dir="auto">${event.summary}</p>`}
      ${event.actors === '' ? nothing : html`<p class="who">${msg('Who:')} <span lang=${lang} dir="auto">${event.actors}</span></p>`}
      ${event.outcome === undefined ? nothing : html`<p class="outcome">${event.outcome}</p>`}
      ${event.unsourced ? html`<p class="unsourced">${msg(html`<strong>No source given</strong> for this event.`)}</p>` : nothing}
      ${event.sourcing === '' ? nothing : html`<p class="sourcing">${event.sourcing}.</p>`}
      ${event.singleSource === undefined ? nothing : html`<p class="single"><strong>${msg('Single source.')}</strong> ${event.singleSource}</p>`}
      ${event.singleDate === undefined ? nothing : html`<p class="single">${event.singleDate}</p>`}
      ${event.excerpts.map(
        (excerpt) =>
          html`<figure>
            ${excerpt.quote === undefined ? nothing : html`<blockquote lang=${this.index ? articleLang(this.index, excerpt.article) : lang} dir="auto">${excerpt.quote}</blockquote>`}
            <figcaption>
              — <cite lang=${lang} dir="auto">${excerpt.title}</cite>${
                excerpt.published === undefined
                  ? nothing
                  : html`,
                    ${excerpt.outlet === undefined ? nothing : html`<span lang=${lang} dir="auto">${excerpt.outlet}</span>,`}
                    ${excerpt.published}`
              }
              ${excerpt.url === undefined ? nothing : html`<span class="url">${excerpt.url}</span>`}
              <span class="check"
                >(${excerpt.checked ? sourceCheckText('stored') : excerpt.quote ? sourceCheckText('linked') : sourceCheckText('unquoted')})</span
              >
              ${excerpt.via === undefined ? nothing : html`<span class="via">${excerpt.via}.</span>`}
            </figcaption>
          </figure>`,
      )}
      ${event.editorNotes.map(
        (note) =>
          html`<aside class="editor-note">
            <p>
              <strong>${this.noteLabel}</strong> ${msg(str`(about ${note.about})`)}:
              <span lang=${lang} dir="auto">${note.text}</span>
            </p>
          </aside>`,
      )}
    </article>`;
  }

  private renderArticle(article: HandoutArticle, possibly: boolean) {
    const lang = this.index ? datasetLang(this.index) : 'en';
    const outlet =
      article.outlet === undefined
        ? msg('Outlet not named')
        : html`<span lang=${lang} dir="auto">${article.outlet}</span>`;
    return html`<li>
      <cite lang=${this.index ? articleLang(this.index, article.id) : lang} dir="auto">${article.title}</cite
      >${article.descriptive ? ` ${msg('(descriptive title)')}` : nothing}.
      ${msg(html`${outlet}, published ${article.published}`)}${possibly ? ` ${msg('(possibly not yet published on the day shown)')}` : ''}.
      ${article.url === undefined ? nothing : html`<span class="url">${article.url}</span>`}
      ${article.editorNote === undefined ? nothing : html`<span class="editor-note"><strong>${this.noteLabel}:</strong> <span lang=${lang} dir="auto">${article.editorNote}</span></span>`}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-handout': StHandout;
  }
}
