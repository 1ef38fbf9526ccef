import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  datasetLang,
  eventDateText,
  eventGroup,
  groupLabel,
  groupsNoun,
  type DatasetIndex,
} from '../data/dataset-index.js';
import { markTerms } from '../data/highlight.js';
import { relationText, statusText } from '../data/labels.js';
import type { TimelineEvent } from '../data/types.js';
import { emit } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { listStyles } from './st-event-list.styles.js';
import { excerptItem, unsourcedMark } from './excerpt.js';
import { forecastLine, possiblyMark } from './two-clocks.js';
import { editorNotes, singleSourceBadge } from './sourcing-marks.js';
import { eventSourcingView } from '../data/sourcing-view.js';
import { QuotingElement } from './quoting-element.js';
import { DrawnInTurns } from './drawn-in-turns.js';
import { scrollBehavior } from '../styles/motion.js';
import { localized, msg, str } from '@lit/localize';
import { plural } from '../i18n/plural.js';

/** Entries drawn at a time. */
const PAGE = 100;

/**
 * Entries drawn in the list's first frame, the rest of the page `TURN` at a time in tasks of their own: as many as
 * the window's height could show (an entry is a title, its date and a line of summary at least, 100 px), 12 at
 * most, so that the first frame costs a tenth of a page's (its task was the longest of the page's loading, 280 ms
 * on a slow phone for 45 entries), and no later task costs more.
 */
const firstFrame = () => Math.max(4, Math.min(12, Math.ceil(innerHeight / 100)));
const TURN = 12;

/**
 * The events as a chronological list, following the WAI-ARIA feed pattern: every entry is
 * a focusable `<article>`; Page Down and Page Up move focus between entries; Enter on an
 * entry, or a click on its title, selects it. Search terms are marked in titles, summaries
 * and excerpts. Long lists arrive a page at a time, as feeds do: more entries are added when
 * the end of the list comes into view, when Page Down reaches it, or with the "Show more" button,
 * so 10,000 events never lock the page up.
 *
 * @fires st-select - An entry was chosen (title clicked, or Enter on the entry).
 * @fires st-open-article - "Show in article" was pressed for an excerpt; sent from the button.
 * @cssprop --st-accent - Title links and the "Selected" tag (with --st-accent-text).
 * @cssprop --st-mark-bg - Background of matched search terms (with --st-mark-text).
 * @cssprop --st-group-<id> - Entry rule colour of each of the dataset's groups (set by the app).
 */
@customElement('st-event-list')
@localized()
export class StEventList extends QuotingElement {
  static override styles = listStyles;

  /** The events to list, already filtered, in chronological order. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  /** Id of the selected event: marked, and scrolled into view when it changes from outside. */
  @property({ attribute: 'selected-id' }) selectedId: string | undefined;

  /**
   * Whether a selection made elsewhere scrolls its entry into view. Off where the page shows the selected event
   * itself, above the list (a narrow embed): scrolling would carry that out of the frame.
   */
  @property({ type: Boolean, attribute: 'follow-selection' }) followSelection = true;

  /** Search terms to mark in titles, summaries and excerpts. */
  @property({ attribute: false }) terms: readonly string[] = [];

  /** How many entries are drawn; grows a page at a time, and to reach the selected event. */
  @state() private shown = PAGE;
  /** How many of the page's entries are drawn so far: what the window shows in the first frame, then `TURN` a task. */
  private readonly turns = new DrawnInTurns(this, () => Math.min(this.shown, this.events.length), firstFrame(), TURN);
  private more: IntersectionObserver | undefined;

  /** The id this element last asked to select: that entry is where the reader already is. */
  private selectedHere: string | undefined;
  private revealPending = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) this.shown = PAGE;
    if (changed.has('selectedId')) {
      this.revealPending =
        this.followSelection && this.selectedId !== undefined && this.selectedId !== this.selectedHere;
      this.selectedHere = undefined;
    }
    // An entry to scroll to is drawn in the first frame, with the whole page.
    if (this.revealPending) this.turns.finish();
    // The selected entry is always drawn, with a little of what follows it.
    if (changed.has('selectedId') || changed.has('events')) {
      const at = this.selectedId === undefined ? -1 : this.events.findIndex((e) => e.id === this.selectedId);
      if (at >= this.shown) this.shown = Math.ceil((at + 1 + PAGE / 2) / PAGE) * PAGE;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.more?.disconnect();
    this.more = undefined;
  }

  /** Adds a page of entries; `focusNext` moves focus to the first new one (Page Down at the end). */
  private async showMore(focusNext = false): Promise<void> {
    const before = Math.min(this.shown, this.events.length);
    if (before >= this.events.length) return;
    this.shown = before + PAGE;
    await this.updateComplete;
    if (focusNext) this.entries()[before]?.focus();
  }

  protected override updated(): void {
    // Add a page when the end of the list scrolls into view (well before: 800 px ahead).
    const sentinel = this.renderRoot.querySelector('.more');
    this.more?.disconnect();
    if (sentinel) {
      this.more ??= new IntersectionObserver(
        (seen) => {
          if (seen.some((entry) => entry.isIntersecting)) void this.showMore();
        },
        { rootMargin: '800px 0px' },
      );
      this.more.observe(sentinel);
    }
    if (!this.revealPending || !this.index) return;
    this.revealPending = false;
    // Scrolling never moves focus: the reader's place in the page stays where it was.
    this.entry(this.selectedId)?.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
  }

  private entry(id: string | undefined): HTMLElement | undefined {
    return this.entries().find((entry) => entry.dataset['id'] === id);
  }

  private entries(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('article')];
  }

  private select(id: string): void {
    this.selectedHere = id;
    emit(this, 'st-select', { id });
  }

  /** On the feed, not the document: the keys belong to whoever has focus in the list. */
  private onFeedKeydown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.metaKey || e.shiftKey || e.ctrlKey) return;
    const path = e.composedPath();
    const current = path.find(
      (node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'article',
    );
    if (!current) return;
    if (e.key === 'Enter' && path[0] === current) {
      e.preventDefault();
      const id = current.dataset['id'];
      if (id !== undefined) this.select(id);
      return;
    }
    if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
    const entries = this.entries();
    const at = entries.indexOf(current);
    const target = entries[at + (e.key === 'PageDown' ? 1 : -1)];
    if (!target) {
      // Page Down on the last entry drawn: draw the next page and go on into it.
      if (e.key === 'PageDown' && at === entries.length - 1 && entries.length < this.events.length) {
        e.preventDefault();
        void this.showMore(true);
      }
      return;
    }
    e.preventDefault();
    target.focus();
  }

  private marked(text: string) {
    return markTerms(text, this.terms).map((part) => (part.mark ? html`<mark>${part.text}</mark>` : part.text));
  }

  override render() {
    const index = this.index;
    if (!index) return nothing;
    if (this.events.length === 0) {
      return html`<div class="empty">
        <p><strong>${msg('No events match these filters.')}</strong></p>
        <p>${msg('Remove a filter or change the search words to see more of the chronology.')}</p>
      </div>`;
    }
    const size = this.events.length;
    const limit = Math.min(this.turns.count, this.shown);
    const drawn = this.events.length > limit ? this.events.slice(0, limit) : this.events;
    // The "Show more" button waits for the page's rest: it would offer what is about to be drawn anyway.
    const left = this.turns.done ? size - drawn.length : 0;
    return html`<div
        class="feed"
        role="feed"
        aria-busy="false"
        aria-label=${msg('Events, in date order')}
        @keydown=${this.onFeedKeydown}
      >
        ${repeat(
          drawn,
          (event) => event.id,
          (event, i) => this.renderEntry(index, event, i + 1, size),
        )}
      </div>
      ${
        left > 0
          ? html`<p class="more">
              <button type="button" @click=${() => this.showMore(true)}>
                ${showMoreText(Math.min(PAGE, left), drawn.length, size)}
              </button>
            </p>`
          : nothing
      }`;
  }

  private renderEntry(index: DatasetIndex, event: TimelineEvent, position: number, size: number) {
    const id = `e-${event.id}`;
    const status = statusText(event.status);
    const selected = event.id === this.selectedId;
    const sourcing = eventSourcingView(index, event);
    const lang = datasetLang(index);
    return html`<article
      tabindex="0"
      class="group-${eventGroup(index, event)}"
      data-id=${event.id}
      aria-posinset=${position}
      aria-setsize=${size}
      aria-labelledby="${id}-title"
      aria-describedby=${event.summary ? `${id}-when ${id}-summary` : `${id}-when`}
      aria-current=${selected ? 'true' : 'false'}
    >
      <p class="when" id="${id}-when">
        <span class="date">${eventDateText(index, event, 'long')}</span>
        <span class="badge status-${event.status}">${status.label}</span>${possiblyMark(index, 'event', event.id)}
        ${
          index.groups.length === 0
            ? nothing
            : html`<span class="group-name" lang=${datasetLang(index)} dir="auto"
                ><span class="visually-hidden">${groupsNoun(index)}: </span>${groupLabel(
                  index,
                  eventGroup(index, event),
                )}</span
              >`
        }
        ${singleSourceBadge(sourcing)}
        ${selected ? html`<span class="current" aria-hidden="true">${msg('Selected')}</span>` : nothing}
      </p>
      <h3 id="${id}-title" lang=${lang} dir="auto">
        <button type="button" @click=${() => this.select(event.id)}>${this.marked(event.title)}</button>
      </h3>
      ${event.summary ? html`<p class="summary" id="${id}-summary" lang=${lang} dir="auto">${this.marked(event.summary)}</p>` : nothing}
      ${this.renderRelated(index, event)}
      ${
        event.unsourced
          ? unsourcedMark(event)
          : html`<details class="sources" ?open=${selected || this.matchesInside(event)}>
              <summary class="count">
                ${sourcing.count}<span class="more-text">${msg(': quotes, date basis')}</span>
              </summary>
              <ol class="excerpts">
                ${event.sources.map((source) => excerptItem(index, source, (text) => this.marked(text)))}
              </ol>
              ${editorNotes(index, sourcing)} ${this.renderFacts(index, event)}
            </details>`
      }
      ${event.unsourced ? this.renderFacts(index, event) : nothing}
    </article>`;
  }

  /** How the date is known, and who: under the quotes, for whoever reads on. */
  private renderFacts(index: DatasetIndex, event: TimelineEvent) {
    const actors = event.actors.map((actor) => index.actor.get(actor)?.name ?? actor).join(', ');
    return html`<dl class="facts">
      <div>
        <dt>${msg('How the date is known')}</dt>
        <dd lang=${datasetLang(index)} dir="auto">${event.dateBasis}</dd>
      </div>
      ${
        actors === ''
          ? nothing
          : html`<div>
              <dt>${msg('Who')}</dt>
              <dd lang=${datasetLang(index)} dir="auto">${actors}</dd>
            </div>`
      }
    </dl>`;
  }

  /** Whether the search words are found in the event's quotes: then they are shown open. */
  private matchesInside(event: TimelineEvent): boolean {
    if (this.terms.length === 0) return false;
    return event.sources.some((source) => markTerms(source.quote ?? '', this.terms).some((part) => part.mark));
  }

  /** Outcomes and contradictions, so a forecast says whether it came true without opening it. */
  private renderRelated(index: DatasetIndex, event: TimelineEvent) {
    const shown = event.related.filter(
      (r) => r.type === 'outcome' || r.type === 'contradicts' || r.type === 'forecast',
    );
    const noOutcome = forecastLine(index, event, 'li');
    if (shown.length === 0 && noOutcome === nothing) return nothing;
    return html`<ul class="related">
      ${shown.map((relation) => {
        const other = index.event.get(relation.event);
        if (!other) return nothing;
        const follow = (e: MouseEvent) => {
          if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          this.select(other.id);
        };
        return html`<li>
          ${relationText(relation.type)}
          <a href="?event=${encodeURIComponent(other.id)}" lang=${datasetLang(index)} dir="auto" @click=${follow}
            >${other.title}</a
          >
          (${eventDateText(index, other)})
        </li>`;
      })}
      ${noOutcome}
    </ul>`;
  }
}

/** "Show 20 more (20 of 45 shown)". */
function showMoreText(more: number, drawn: number, size: number): string {
  const [next, shown, all] = [more, drawn, size];
  return plural(more, {
    one: msg(str`Show ${next} more (${shown} of ${all} shown)`, { id: 'show-more.one' }),
    few: msg(str`Show ${next} more (${shown} of ${all} shown)`, { id: 'show-more.few' }),
    many: msg(str`Show ${next} more (${shown} of ${all} shown)`, { id: 'show-more.many' }),
    other: msg(str`Show ${next} more (${shown} of ${all} shown)`, { id: 'show-more.other' }),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'st-event-list': StEventList;
  }
}
