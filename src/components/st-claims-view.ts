import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { qualifierSymbol } from '../charts/claim-marks.js';
import {
  claimsChart,
  disagreementList,
  groupClaims,
  selectClaim,
  type ClaimEntry,
  type ClaimGroup,
  type DisagreementItem,
} from '../charts/claims.js';
import { datasetLang, sourceNoun, type DatasetIndex } from '../data/dataset-index.js';
import type { ClaimQualifier, TimelineEvent } from '../data/types.js';
import { emit } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { eventSourcingView } from '../data/sourcing-view.js';
import { singleSourceBadge } from './sourcing-marks.js';
import { excerptItem } from './excerpt.js';
import { styles } from './st-claims-view.styles.js';
import { WidthController } from './width-controller.js';
import { QuotingElement } from './quoting-element.js';
import { localized, msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';
import { eventCount } from '../i18n/words.js';

/** Wider rows would put a figure's label far from its title. */
const MAX_CHART_WIDTH = 760;

const LEGEND: [ClaimQualifier, () => string][] = [
  ['exact', () => msg('stated exactly')],
  ['about', () => msg('about')],
  ['at-least', () => msg('at least')],
  ['more-than', () => msg('more than')],
  ['up-to', () => msg('up to')],
];

/**
 * The numbers the articles give, compared: one row per thing counted, each on its own scale from zero; then the
 * disagreements between the articles. Choosing a figure selects its event and shows its words, with a button
 * that opens the article at the quote.
 *
 * @fires st-select - A figure or an event of a disagreement was chosen (`reveal: true`).
 * @fires st-open-article - "Show quote in article" was pressed for the chosen figure.
 * @cssprop --st-group-<id> - Colour of each claimant's group (set by the app from the dataset).
 */
@customElement('st-claims-view')
@localized()
export class StClaimsView extends QuotingElement {
  static override styles = styles;

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  /** The events shown (the current filter); all of the index's without it. */
  @property({ attribute: false }) events: readonly TimelineEvent[] | undefined;

  /** Content width, from the WidthController. */
  @state() private width = 0;

  /** Id of the chosen claim. */
  @state() private selected: string | undefined;

  /** The legend's symbols, made once: a DOM node can be in one place only. */
  private readonly symbols = LEGEND.map(([qualifier, text]) => ({ symbol: qualifierSymbol(qualifier), text }));

  private groups: ClaimGroup[] = [];
  private chart: SVGSVGElement | undefined;

  private readonly resize = new WidthController(this, (width) => (this.width = width));

  private get eventIds(): Set<string> | undefined {
    return this.events ? new Set(this.events.map((e) => e.id)) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.index) return;
    if (changed.has('index') || changed.has('events')) this.groups = groupClaims(this.index, this.eventIds);
    if (changed.has('index') || changed.has('events') || changed.has('width')) {
      // Drawn into the chart already there (data joins): a focused mark keeps its element, and so its focus.
      this.chart =
        this.width > 0 && this.groups.length > 0
          ? claimsChart(
              this.groups,
              {
                width: Math.min(this.width, MAX_CHART_WIDTH),
                selected: this.selected,
                onSelect: (entry) => {
                  this.choose(entry);
                },
              },
              this.chart,
            )
          : undefined;
    } else if (changed.has('selected') && this.chart) {
      selectClaim(this.chart, this.selected);
    }
  }

  private choose(entry: ClaimEntry): void {
    this.selected = entry.claim.id;
    emit(this, 'st-select', { id: entry.claim.event });
  }

  private get selectedEntry(): ClaimEntry | undefined {
    return this.groups.flatMap((g) => g.claims).find((e) => e.claim.id === this.selected);
  }

  override render() {
    const index = this.index;
    if (!index) return nothing;
    return html`
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">${msg('Claims in numbers')}</h2>
        ${this.groups.length === 0 ? this.renderEmpty(index) : this.renderChart()}
        <h3>
          ${sourceNoun(index) === 'article' ? msg('Where the articles disagree') : msg('Where the sources disagree')}
        </h3>
        ${this.renderDisagreements(disagreementList(index, this.eventIds))}
      </section>
    `;
  }

  private renderEmpty(index: DatasetIndex) {
    const total = index.dataset.claims.length;
    if (total === 0) return html`<p class="empty">${msg('This dataset has no numeric claims.')}</p>`;
    const shown = this.events?.length ?? index.events.length;
    const [events, all] = [eventCount(shown), numberText(total)];
    return html`<p class="empty">
      ${msg(str`No numeric claims among the ${events} shown. Clear filters to see all ${all}.`)}
    </p>`;
  }

  private renderChart() {
    return html`
      <p>
        ${msg(
          'Each row compares the figures given for one thing, on its own scale from zero. Choose a figure to see its words in its source.',
        )}
      </p>
      <ul class="legend" aria-label=${msg('Marks')}>
        ${this.symbols.map(({ symbol, text }) => html`<li>${symbol}${text()}</li>`)}
      </ul>
      <div class="chart">${this.chart ?? nothing}</div>
      <div aria-live="polite">${this.renderSelected()}</div>
    `;
  }

  private renderSelected() {
    const entry = this.selectedEntry;
    if (!entry || !this.index) return nothing;
    const { claim } = entry;
    return html`<div class="claim-details">
      <h3>${entry.valueText} <span lang=${datasetLang(this.index)} dir="auto">${claim.unit}: ${claim.counts}</span></h3>
      <p class="muted">${msg(str`Claimed by ${entry.claimant}, ${entry.dateText}`)}</p>
      <ol class="excerpts">
        ${excerptItem(this.index, claim.source)}
      </ol>
    </div>`;
  }

  private renderDisagreements(items: DisagreementItem[]) {
    if (items.length === 0) return html`<p class="empty">${msg('None among the events shown.')}</p>`;
    return html`<ul class="disagreements">
      ${items.map(
        (item) =>
          html`<li>
            <h4 lang=${this.lang_} dir="auto">${item.topic}</h4>
            <p lang=${this.lang_} dir="auto">${item.description}</p>
            <ul aria-label=${msg(str`Events: ${item.topic}`)}>
              ${item.events.map(
                (event) =>
                  html`<li>
                    <a
                      href="?event=${encodeURIComponent(event.id)}"
                      lang=${this.lang_}
                      dir="auto"
                      @click=${(e: MouseEvent) => this.onEventClick(e, event.id)}
                      >${event.title}</a
                    >
                    <span class="muted">(${event.dateText}${this.sourcingOf(event.id)})</span>
                    ${this.singleSourceOf(event.id)}
                  </li>`,
              )}
            </ul>
          </li>`,
      )}
    </ul>`;
  }

  /** "; 3 articles, 1 original source", after an event's date in a disagreement. */
  private sourcingOf(id: string): string {
    const event = this.index?.event.get(id);
    const count = this.index && event ? eventSourcingView(this.index, event).counts : '';
    return count === '' ? '' : `; ${count}`;
  }

  /** The dataset's language, for its text. */
  private get lang_(): string {
    return this.index ? datasetLang(this.index) : 'en';
  }

  private singleSourceOf(id: string) {
    const event = this.index?.event.get(id);
    return this.index && event ? singleSourceBadge(eventSourcingView(this.index, event)) : nothing;
  }

  private onEventClick(e: MouseEvent, id: string): void {
    // Let the browser open the link in a new tab or window as asked.
    if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    emit(this, 'st-select', { id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-claims-view': StClaimsView;
  }
}
