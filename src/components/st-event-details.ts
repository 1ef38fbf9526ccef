import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import {
  eventDateText,
  datasetLang,
  eventGroup,
  groupLabel,
  groupsNoun,
  kindLabel,
  neighbours,
  sourceNoun,
  type DatasetIndex,
} from '../data/dataset-index.js';
import { relationText, statusText, claimValueText } from '../data/labels.js';
import type { Claim, Relation, TimelineEvent } from '../data/types.js';
import { emit } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { styles } from './st-event-details.styles.js';
import { excerptItem, unsourcedMark } from './excerpt.js';
import { clockFacts, forecastLine, possiblyMark } from './two-clocks.js';
import { editorNotes, singleSourceBadge, sourcingBlock } from './sourcing-marks.js';
import { eventSourcingView } from '../data/sourcing-view.js';
import { QuotingElement } from './quoting-element.js';
import { localized, msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';

/** Keys typed into these must never move the selection. */
function isTextEntry(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * The selected event in full: date and how it was inferred, status in words, actors,
 * numbers claimed, every excerpt with its attribution, related events and chronological
 * stepping. ← and → step through events while focus is inside the panel.
 * `focus()` moves focus to the event's title.
 *
 * @fires st-select - A related event was followed, or Previous/Next (or ←/→) was used.
 * @fires st-open-article - "Show in article" was pressed for an excerpt.
 * @cssprop --st-text - Body text colour.
 * @cssprop --st-text-muted - Secondary text: date basis, attributions.
 * @cssprop --st-border - Badge, button and excerpt rule colour.
 * @cssprop --st-group-<id> - Colour of each of the dataset's groups (set by the app from the dataset).
 */
@customElement('st-event-details')
@localized()
export class StEventDetails extends QuotingElement {
  static override styles = styles;

  /**
   * Small spaces (an embed in an article): the quotes come straight after the title, before the summary, so that
   * the event and its source show in the first screen.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Id of the event to show; none shows a hint. */
  @property({ attribute: 'event-id' }) eventId: string | undefined;

  @query('h2') private heading!: HTMLElement | null;

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  /** Focused element inside the panel just before the event changed. */
  private focusBeforeChange: Element | null = null;

  constructor() {
    super();
    // On the host, not the document: the keys belong to whoever has focus in the panel.
    this.addEventListener('keydown', (e) => {
      this.onKeydown(e);
    });
  }

  /** Moves focus to the title, e.g. after the selection changed elsewhere. */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  private get event(): TimelineEvent | undefined {
    return this.eventId === undefined ? undefined : this.index?.event.get(this.eventId);
  }

  private select(target: TimelineEvent | undefined): void {
    if (target) emit(this, 'st-select', { id: target.id });
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || isTextEntry(e.composedPath()[0])) return;
    const event = this.event;
    if (!this.index || !event) return;
    const { previous, next } = neighbours(this.index, event.id);
    // Right to left, Previous is on the right: the keys follow the buttons.
    const back = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    const target = e.key === back ? previous : next;
    if (!target) return;
    e.preventDefault();
    this.select(target);
  }

  private get rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private onRelatedClick(e: MouseEvent, target: TimelineEvent): void {
    // Let the browser open the link in a new tab or window as asked.
    if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    this.select(target);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId')) this.focusBeforeChange = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focused = this.focusBeforeChange;
    this.focusBeforeChange = null;
    // Whatever had focus now shows another event's content, or is gone; the title says where we are.
    // Previous/Next keep it, so they can be pressed again.
    if (changed.has('eventId') && focused && !(focused.isConnected && focused.closest('nav'))) this.focus();
  }

  override render() {
    const index = this.index;
    const event = this.event;
    if (!index || !event) return this.renderEmpty();
    const status = statusText(event.status);
    const claims = index.claimsByEvent.get(event.id) ?? [];
    const lang = datasetLang(index);
    const summary = event.summary ? html`<p class="summary" lang=${lang} dir="auto">${event.summary}</p>` : nothing;
    const sourcing = eventSourcingView(index, event);
    // The counts after the excerpts: in a small frame the first excerpt comes straight after the date line.
    const quotes = html`<h3>${sourceNoun(index) === 'article' ? msg('In the articles') : msg('In the sources')}</h3>
      ${unsourcedMark(event)}
      ${
        event.sources.length === 0
          ? nothing
          : html`<ol class="excerpts">
              ${event.sources.map((source) => excerptItem(index, source))}
            </ol>`
      }
      ${sourcingBlock(sourcing)}`;
    return html`
      <section aria-labelledby="title" class="group-${eventGroup(index, event)}">
        <h2 id="title" tabindex="-1" lang=${lang} dir="auto">${event.title}</h2>
        <p class="meta">
          <span class="date">${eventDateText(index, event, 'long')}</span>
          <span class="badge status-${event.status}">${status.label}</span>${possiblyMark(index, 'event', event.id)}
          ${index.groups.length === 0 ? nothing : html`<span class="group-name" lang=${lang} dir="auto">${groupLabel(index, eventGroup(index, event))}</span>`}
          ${singleSourceBadge(sourcing, true)}
        </p>
        ${this.compact ? [quotes, summary] : [summary, quotes]} ${forecastLine(index, event)}
        ${editorNotes(index, sourcing)} ${claims.length === 0 ? nothing : this.renderClaims(index, claims)}
        <h3>${msg('About this event')}</h3>
        <dl class="facts">
          <div>
            <dt>${msg('When')}</dt>
            <dd>
              ${eventDateText(index, event, 'long')}
              <span class="basis">${msg('Basis:')} <span lang=${lang} dir="auto">${event.dateBasis}</span></span>
            </dd>
          </div>
          <div>
            <dt>${msg('Status')}</dt>
            <dd><span class="badge status-${event.status}">${status.label}</span> — ${status.meaning}</dd>
          </div>
          ${clockFacts(index, event)}
          ${
            event.kind === undefined
              ? nothing
              : html`<div>
                  <dt>${msg('Kind')}</dt>
                  <dd lang=${lang} dir="auto">${kindLabel(index, event.kind)}</dd>
                </div>`
          }
          ${
            index.groups.length === 0
              ? nothing
              : html`<div>
                  <dt lang=${lang} dir="auto">${groupsNoun(index)}</dt>
                  <dd lang=${lang} dir="auto">${groupLabel(index, eventGroup(index, event))}</dd>
                </div>`
          }
          ${
            event.actors.length === 0
              ? nothing
              : html`<div>
                  <dt>${msg('Who')}</dt>
                  <dd lang=${lang} dir="auto">
                    <ul class="actors">
                      ${event.actors.map((id) => this.renderActor(index, id))}
                    </ul>
                  </dd>
                </div>`
          }
        </dl>
        ${
          event.related.length === 0
            ? nothing
            : html`<h3>${msg('Related events')}</h3>
                <ul class="related">
                  ${event.related.map((relation) => this.renderRelation(index, relation))}
                </ul>`
        }
        ${this.renderSteps(index, event)}
      </section>
    `;
  }

  private renderEmpty() {
    const missing = this.index && this.eventId !== undefined;
    return html`
      <section aria-labelledby="title" class="empty">
        <h2 id="title" tabindex="-1">${msg('Event details')}</h2>
        ${missing ? html`<p>${msg(str`There is no event “${this.eventId ?? ''}” in this timeline.`)}</p>` : nothing}
        <p>
          ${msg(
            'Select an event (on the timeline, in the list or from a figure) to see when it happened, who was involved and what the sources say about it, word for word. Then ← and → step through the events in date order.',
          )}
        </p>
      </section>
    `;
  }

  private renderActor(index: DatasetIndex, id: string) {
    const actor = index.actor.get(id);
    if (!actor) return html`<li>${id}</li>`;
    return html`<li>
      ${actor.group ? html`<span class="swatch group-${actor.group}" aria-hidden="true"></span>` : nothing}${
        actor.role ? `${actor.name}, ${actor.role}` : actor.name
      }
      ${actor.group ? html`<span class="muted">(${groupLabel(index, actor.group)})</span>` : nothing}
    </li>`;
  }

  private renderClaims(index: DatasetIndex, claims: readonly Claim[]) {
    const claimant = (claim: Claim) => index.actor.get(claim.claimant)?.name ?? claim.claimant;
    return html`<h3>${msg('Numbers claimed')}</h3>
      <ul class="claims">
        ${claims.map(
          (claim) =>
            html`<li>
              <strong>${claimValueText(claim)}</strong>:
              <span lang=${datasetLang(index)} dir="auto">${claim.counts}</span>
              <span class="muted">${msg(str`(claimed by ${claimant(claim)})`)}</span>
            </li>`,
        )}
      </ul>`;
  }

  private renderRelation(index: DatasetIndex, relation: Relation) {
    const other = index.event.get(relation.event);
    if (!other) return nothing;
    return html`<li>
      ${relationText(relation.type)}
      <a
        href="?event=${encodeURIComponent(other.id)}"
        lang=${datasetLang(index)}
        dir="auto"
        @click=${(e: MouseEvent) => this.onRelatedClick(e, other)}
        >${other.title}</a
      >
      <span class="muted">(${eventDateText(index, other)})</span>
      ${relation.note ? html`<span class="note" lang=${datasetLang(index)} dir="auto">${relation.note}</span>` : nothing}
    </li>`;
  }

  private renderSteps(index: DatasetIndex, event: TimelineEvent) {
    const { previous, next, position } = neighbours(index, event.id);
    const total = index.events.length;
    const [at, of] = [numberText(position + 1), numberText(total)];
    return html`<nav class="steps" aria-label=${msg('Events in date order')}>
      ${this.renderStep('Previous', previous)}
      <span class="position">
        <span aria-hidden="true">${at} / ${of}</span>
        <span class="visually-hidden">${msg(str`Event ${at} of ${of}`)}</span>
      </span>
      ${this.renderStep('Next', next)}
    </nav>`;
  }

  private renderStep(label: 'Previous' | 'Next', target: TimelineEvent | undefined) {
    const back = label === 'Previous';
    // aria-disabled, not disabled: a disabled button drops focus, and with it the keyboard user's place.
    return html`<button
      type="button"
      class=${back ? 'previous' : 'next'}
      aria-keyshortcuts=${back === !this.rtl ? 'ArrowLeft' : 'ArrowRight'}
      aria-disabled=${target ? 'false' : 'true'}
      @click=${() => this.select(target)}
    >
      ${back ? msg('Previous') : msg('Next')}<span class="visually-hidden"
        >${target ? html`: <span lang=${this.index ? datasetLang(this.index) : 'en'}>${target.title}</span>` : msg(', none')}</span
      >
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-event-details': StEventDetails;
  }
}
