import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { dayText, parseAsOfDay, type AsOfChoice } from '../data/as-of.js';
import { emit } from '../events.js';
import { buttonStyles, focusRing, visuallyHidden } from '../styles/shared-styles.js';
import { localized, msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';
import { intlLocale } from '../i18n/intl-locale.js';

declare global {
  interface HTMLElementTagNameMap {
    'st-as-of': StAsOf;
  }
}

/**
 * Whether the browser's date field writes its day in another language than the interface's: Chromium formats it in
 * the browser's own language whatever the page's `lang`, so the day chosen is then also written beside it by Intl.
 */
function fieldSpeaksOtherLanguage(): boolean {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return primary(navigator.language) !== primary(intlLocale());
}

/** What the control says of the day chosen: how many events had been reported by then, and how many possibly. */
export interface AsOfSummary {
  reported: number;
  possibly: number;
  total: number;
  /** Articles possibly published by then. */
  possiblyArticles: number;
}

const styles = css`
  :host {
    display: block;
    color: var(--st-text);
  }
  .as-of {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem var(--st-space-2, 0.5rem);
    margin: 0;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--st-border-subtle);
    border-radius: var(--st-radius);
    background: var(--st-surface);
  }
  .as-of.set {
    border-color: var(--st-accent);
  }
  .label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  /* Collapsible (a phone): the heading is a disclosure button saying the day shown; the fields open under it. Closed
     on all the reporting, it is one quiet line, like "About this timeline" beside it. */
  :host([collapsible]) .as-of:not(.set, .open) {
    padding: 0;
    border-width: 0;
    background: none;
  }
  :host([collapsible]) .as-of:not(.set, .open) .label {
    font-weight: 400;
  }
  /* Where the line is too short for it (a longer language), its words wrap inside it, not under it. */
  :host([collapsible]) .as-of:not(.set, .open) button.toggle {
    display: block;
    text-align: start;
    line-height: 1.2;
    padding-block: 0.35rem;
    padding-inline: 0.2rem;
    gap: 0.25rem;
    color: var(--st-text-muted);
    font-size: var(--st-font-size-sm, 0.875rem);
    min-height: 2rem;
  }
  button.toggle {
    padding-inline: 0.2rem 0.5rem;
    border-color: transparent;
    background: none;
    font-weight: 400;
  }
  button.toggle::before {
    content: '▸';
    font-size: 0.8em;
  }
  button.toggle[aria-expanded='true']::before {
    content: '▾';
  }
  .fields {
    display: contents;
  }
  .fields[hidden] {
    display: none;
  }
  input[type='range'] {
    flex: 1 1 7rem;
    min-width: 6rem;
    max-width: 10rem;
    min-height: 2.25rem;
    margin: 0;
    accent-color: var(--st-accent);
  }
  input[type='date'] {
    font: inherit;
    font-size: 0.9rem;
    min-height: 2.25rem;
    padding: 0 0.4rem;
    color: var(--st-text);
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius);
  }
  .day-text {
    font-size: 0.9rem;
    white-space: nowrap;
  }
  .possibly {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 0.875rem;
    min-height: 2.25rem;
  }
  .possibly input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--st-accent);
  }
  .status {
    margin: 0;
    font-size: var(--st-font-size-sm, 0.875rem);
    color: var(--st-text-muted);
    font-variant-numeric: tabular-nums;
  }
  ${focusRing}
  /* Native fields keep their own colours (a range input's is grey): the ring takes the theme's, or the text's. A
     date field's focus is inside it, so :focus, not :focus-visible, shows it. */
  input:focus-visible,
  input[type='date']:focus,
  input[type='date']:focus-within {
    outline: var(--st-focus-width, 3px) solid var(--st-focus, var(--st-text, CanvasText));
    outline-offset: 2px;
  }
  ${buttonStyles}
  ${visuallyHidden}
`;

/**
 * "As known on": a slider over the days the articles were published (its last stop is all the reporting), a date
 * field for any other day, and whether articles possibly published by then count. It shows the choice it is given
 * and asks for a new one (`st-as-of-change`: a day, or none for everything); the app keeps it in the address.
 */
@customElement('st-as-of')
@localized()
export class StAsOf extends LitElement {
  static override styles = styles;

  /** The days on which what could be known changed (`publicationDays`), in order. */
  @property({ attribute: false }) days: readonly string[] = [];
  /** The day shown, if any. */
  @property({ attribute: false }) choice: AsOfChoice | undefined;
  /** What the day shows; undefined without a day. */
  @property({ attribute: false }) summary: AsOfSummary | undefined;
  /** The dataset's word for its sources ("article"). */
  @property() noun = 'article';
  /**
   * The fields wait behind a button that says the day shown (on a phone, where they would take a screen's sixth):
   * the control is one line until opened.
   */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  @state() private expanded = false;

  /** The slider's stop for the day chosen: the last publication day on or before it; the end for none. */
  private get stop(): number {
    const day = this.choice?.day;
    if (day === undefined) return this.days.length;
    let at = -1;
    for (const [i, known] of this.days.entries()) if (known <= day) at = i;
    return Math.max(0, at);
  }

  private stopText(stop: number): string {
    const day = this.days[stop];
    const [at, of] = [numberText(stop + 1), numberText(this.days.length)];
    return day === undefined ? msg('everything reported') : msg(str`${dayText(day)} (publication day ${at} of ${of})`);
  }

  override render() {
    const { days, choice } = this;
    if (days.length === 0) return nothing;
    const stop = this.stop;
    const closed = this.collapsible && !this.expanded;
    return html`<section class="as-of ${choice ? 'set' : ''} ${closed ? '' : 'open'}" aria-labelledby="as-of-label">
      ${
        this.collapsible
          ? html`<button
              type="button"
              class="label toggle"
              aria-expanded=${closed ? 'false' : 'true'}
              aria-controls="as-of-fields"
              @click=${() => (this.expanded = !this.expanded)}
            >
              <span id="as-of-label" class="label">${msg('As known on')}</span> ${
                closed ? html`<span>${choice ? dayText(choice.day) : msg('all reporting')}</span>` : nothing
              }
            </button>`
          : html`<span class="label" id="as-of-label">${msg('As known on')}</span>`
      }
      <div class="fields" id="as-of-fields" ?hidden=${closed}>
        <input
          type="range"
          min="0"
          max=${days.length}
          step="1"
          .value=${live(String(stop))}
          aria-labelledby="as-of-label"
          aria-valuetext=${this.stopText(stop)}
          @change=${this.onSlide}
        />
        <label class="visually-hidden" for="as-of-day">${msg('As known on (a day)')}</label>
        <input
          id="as-of-day"
          type="date"
          .value=${live(choice?.day ?? '')}
          min=${days[0] ?? nothing}
          aria-describedby=${choice && fieldSpeaksOtherLanguage() ? 'as-of-day-text' : nothing}
          @change=${this.onDate}
        />
        ${
          choice && fieldSpeaksOtherLanguage()
            ? html`<span class="day-text" id="as-of-day-text">${dayText(choice.day)}</span>`
            : nothing
        }
        ${this.renderPossibly()}
      </div>
      ${closed && !choice ? nothing : this.renderStatus()}
      ${
        choice
          ? html`<button type="button" class="all" @click=${() => this.ask(undefined)}>${msg('All reporting')}</button>`
          : nothing
      }
    </section>`;
  }

  private renderPossibly() {
    const { choice, summary } = this;
    if (!choice || !summary || (summary.possiblyArticles === 0 && !choice.possibly)) return nothing;
    const n = summary.possiblyArticles;
    return html`<label class="possibly"
      ><input
        type="checkbox"
        .checked=${live(choice.possibly)}
        @change=${this.onPossibly}
      />${this.includePossibly(n)}</label
    >`;
  }

  private renderStatus() {
    const { choice, summary } = this;
    if (!choice || !summary) {
      return html`<p class="status">${msg('Showing all reporting.')}</p>`;
    }
    const { reported, possibly, total } = summary;
    const counted = choice.possibly ? reported + possibly : reported;
    const maybe = numberText(possibly);
    const apart =
      possibly === 0 ? '' : choice.possibly ? msg(str` (${maybe} possibly)`) : msg(str` (${maybe} more possibly)`);
    const [shown, all] = [numberText(counted), numberText(total)];
    return html`<p class="status" role="status">
      ${plural(total, {
        one: msg(str`${shown} of ${all} event by then`, { id: 'as-of-count.one' }),
        few: msg(str`${shown} of ${all} events by then`, { id: 'as-of-count.few' }),
        many: msg(str`${shown} of ${all} events by then`, { id: 'as-of-count.many' }),
        other: msg(str`${shown} of ${all} events by then`, { id: 'as-of-count.other' }),
      })}${apart}<span class="visually-hidden">${msg(str`, the end of ${dayText(choice.day)}`)}</span>.
    </p>`;
  }

  private includePossibly(n: number): string {
    const count = numberText(n);
    return this.noun === 'article'
      ? plural(n, {
          one: msg(str`Include ${count} article possibly published by then`, { id: 'include-possibly-articles.one' }),
          few: msg(str`Include ${count} articles possibly published by then`, { id: 'include-possibly-articles.few' }),
          many: msg(str`Include ${count} articles possibly published by then`, {
            id: 'include-possibly-articles.many',
          }),
          other: msg(str`Include ${count} articles possibly published by then`, {
            id: 'include-possibly-articles.other',
          }),
        })
      : plural(n, {
          one: msg(str`Include ${count} source possibly published by then`, { id: 'include-possibly-sources.one' }),
          few: msg(str`Include ${count} sources possibly published by then`, { id: 'include-possibly-sources.few' }),
          many: msg(str`Include ${count} sources possibly published by then`, { id: 'include-possibly-sources.many' }),
          other: msg(str`Include ${count} sources possibly published by then`, {
            id: 'include-possibly-sources.other',
          }),
        });
  }

  private ask(choice: AsOfChoice | undefined): void {
    emit(this, 'st-as-of-change', choice);
  }

  private onSlide(event: Event): void {
    const day = this.days[Number((event.currentTarget as HTMLInputElement).value)];
    this.ask(day === undefined ? undefined : { day, possibly: this.choice?.possibly ?? false });
  }

  private onDate(event: Event): void {
    const value = (event.currentTarget as HTMLInputElement).value;
    const day = parseAsOfDay(value);
    // A cleared field shows everything; a half-typed one waits.
    if (value === '') this.ask(undefined);
    else if (day !== undefined) this.ask({ day, possibly: this.choice?.possibly ?? false });
  }

  private onPossibly(event: Event): void {
    const { choice } = this;
    if (choice) this.ask({ ...choice, possibly: (event.currentTarget as HTMLInputElement).checked });
  }
}
