import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { articleDateText, datasetLang, groupsNoun, sourceNoun, type DatasetIndex } from '../data/dataset-index.js';
import {
  EMPTY_FILTERS,
  FACETS,
  facetCounts,
  facetOptions,
  isEmpty,
  type Facet,
  type FacetCounts,
  type FilterState,
} from '../data/filters.js';
import { boundedQuery, buildSearchIndex, type EventSearch } from '../data/search.js';
import { emit } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { Debounce } from './debounce.js';
import { styles } from './st-filter-bar.styles.js';
import { localized, msg, str } from '@lit/localize';
import { chipList, type Chip } from './filter-chips.js';
import { facetLabel, eventsWord, matchingText, onlyText, optionLabel, searchCutNote } from './filter-words.js';

declare global {
  interface HTMLElementTagNameMap {
    'st-filter-bar': StFilterBar;
  }
}

/** How long typing must pause before the query is sent. */
export const QUERY_DELAY_MS = 200;

/**
 * The reader's tools: a search box and the group, actor, kind, status and source filters, each a
 * disclosure of checkboxes with how many events each would show, the number of events matching,
 * and the active filters as removable chips. Filters are properties down, changes events up: the
 * element never changes `filters` itself.
 *
 * @fires st-filters-change - Any change; `detail` is the new `FilterState`. Typing is sent once it pauses.
 * @fires st-search-submit - Enter in the search box, after the query is sent; for jumping to the first result.
 * @cssprop --st-surface - Background of the bar.
 * @cssprop --st-accent - Background of the number of chosen options.
 * @cssprop --st-group-<id> - Swatch of each of the dataset's groups (set by the app).
 */
@customElement('st-filter-bar')
@localized()
export class StFilterBar extends LitElement {
  static override styles = styles;

  /** The dataset, indexed; without it only the search box is shown. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The filters in force, as the app applies them. */
  @property({ attribute: false }) filters: FilterState = EMPTY_FILTERS;

  /** How many events match the filters. */
  @property({ type: Number }) matching = 0;

  /** How many events there are. */
  @property({ type: Number }) total = 0;

  /** The search the app filters with, for the counts; built from `index` when not given. */
  @property({ attribute: false }) search: EventSearch | undefined;

  /** What is typed in the search box and not yet answered by a new `filters`. */
  @state() private draft: string | undefined;

  /** The filters panel is open. */
  @state() private panelOpen = false;

  @query('input[type="search"]') private input!: HTMLInputElement | null;

  /** What is typed, sent once typing pauses. */
  private readonly typing = new Debounce(this, QUERY_DELAY_MS);
  private builtSearch: { index: DatasetIndex; search: EventSearch } | undefined;
  private counts: FacetCounts | undefined;
  /** Position of a removed chip, so focus can go to its neighbour once the filters change. */
  private removedChip: number | undefined;

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  /** The filters with what is typed: the base of every change sent. */
  private get current(): FilterState {
    return { ...this.filters, query: this.draft ?? this.filters.query };
  }

  private send(next: FilterState): void {
    this.typing.cancel();
    this.draft = next.query;
    emit(this, 'st-filters-change', next);
  }

  /** A facet's name: the dataset names its groups ("Party", "Side"). */
  private facetLabel(facet: Facet): string {
    if (facet === 'groups') return this.index ? groupsNoun(this.index) : msg('Group');
    if (facet === 'articles') return this.index && sourceNoun(this.index) === 'source' ? msg('Source') : msg('Article');
    return facetLabel(facet);
  }

  private onInput(e: InputEvent): void {
    this.draft = (e.target as HTMLInputElement).value;
    this.typing.schedule(() => {
      if (this.current.query !== this.filters.query) this.send(this.current);
    });
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const next = this.current;
    if (this.typing.pending || next.query !== this.filters.query) this.send(next);
    emit(this, 'st-search-submit', { query: next.query, filters: next });
  }

  private toggle(facet: Facet, value: string, on: boolean): void {
    const values: readonly string[] = this.current[facet];
    this.send({ ...this.current, [facet]: on ? [...values, value] : values.filter((v) => v !== value) });
  }

  private clearAll(): void {
    this.send({ ...EMPTY_FILTERS });
    // The button is now gone, which would drop focus to the page.
    this.input?.focus();
  }

  private removeChip(position: number, remove: (filters: FilterState) => FilterState): void {
    this.removedChip = position;
    // From the state now, not the one the chip was drawn with: the app may have answered a click since.
    this.send(remove(this.current));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new state from the app answers what was typed, unless typing goes on.
    if (changed.has('filters') && !this.typing.pending) this.draft = undefined;
    if (changed.has('index') || changed.has('filters') || changed.has('search')) {
      // Counted when the panel shows them: for 10,000 events that is tens of milliseconds the first frame need not wait.
      this.counts = undefined;
    }
  }

  /** The count of each facet's options under the filters, for the open panel. */
  private facetCounts(): FacetCounts | undefined {
    if (!this.counts && this.index) this.counts = facetCounts(this.index, this.filters, this.searchFor(this.index));
    return this.counts;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const position = this.removedChip;
    if (position === undefined || !changed.has('filters')) return;
    this.removedChip = undefined;
    const chips = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.chip') ?? [])];
    (chips[Math.min(position, chips.length - 1)] ?? this.input)?.focus();
  }

  /** Builds the search index in turns once the reader comes to the field, so that the first search is quick. */
  private readonly prepareSearch = (): void => {
    if (this.index)
      this.searchFor(this.index)
        .prepare()
        .catch(() => undefined);
  };

  private searchFor(index: DatasetIndex): EventSearch {
    if (this.search) return this.search;
    if (this.builtSearch?.index !== index) this.builtSearch = { index, search: buildSearchIndex(index) };
    return this.builtSearch.search;
  }

  override render() {
    const current = this.current;
    const clearable = !isEmpty(current) || current.onlyArticles;
    const chosen = FACETS.reduce((n, facet) => n + current[facet].length, 0) + (current.onlyArticles ? 1 : 0);
    return html`
      <form
        role="search"
        aria-label=${msg('Search and filter events')}
        @submit=${this.onSubmit}
        @keydown=${this.onKeydown}
      >
        <div class="bar">
          <label class="visually-hidden" for="query">${msg('Search events, quotes and people')}</label>
          <input
            id="query"
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            placeholder=${msg('Search events')}
            .value=${live(current.query)}
            @input=${this.onInput}
            @focus=${this.prepareSearch}
          />
          ${
            this.index
              ? html`<button
                  type="button"
                  class="filters-toggle"
                  aria-expanded=${this.panelOpen ? 'true' : 'false'}
                  aria-controls="filter-panel"
                  @click=${this.togglePanel}
                >
                  ${msg('Filters')}${
                    chosen > 0
                      ? html`<span class="chosen"
                          ><span class="visually-hidden">, </span>${chosen}<span class="visually-hidden">
                            ${msg('chosen')}</span
                          ></span
                        >`
                      : nothing
                  }
                </button>`
              : nothing
          }
          ${
            this.index
              ? html`<div
                  id="filter-panel"
                  class="filter-panel"
                  role="group"
                  aria-label=${msg('Filters')}
                  ?hidden=${!this.panelOpen}
                >
                  ${
                    // Drawn when opened: its options and their counts are work the first frame does not need.
                    this.panelOpen
                      ? html`<div class="facets">${this.facets().map((f) => this.renderFacet(f, current))}</div>
                          <p class="panel-actions">
                            <button type="button" class="done" @click=${this.closePanel}>${msg('Done')}</button>
                          </p>`
                      : nothing
                  }
                </div>`
              : nothing
          }
          <p role="status" class="matching">
            ${matchingText(this.matching, this.total)}${
              boundedQuery(current.query) !== current.query.trim().split(/\s+/).join(' ') ? searchCutNote() : nothing
            }
          </p>
          ${this.renderChips(current)}
          ${clearable ? html`<button type="button" class="clear" @click=${this.clearAll}>${msg('Clear all')}</button>` : nothing}
        </div>
      </form>
    `;
  }

  private togglePanel(): void {
    this.panelOpen = !this.panelOpen;
  }

  /** Closes the panel and gives focus back to the button that opened it. */
  private async closePanel(): Promise<void> {
    this.panelOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.filters-toggle')?.focus();
  }

  /** Esc in the panel closes it (a search box's own Esc clears it, as browsers do). */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.panelOpen) return;
    const inPanel = event.composedPath().some((node) => node instanceof HTMLElement && node.id === 'filter-panel');
    if (!inPanel) return;
    event.preventDefault();
    void this.closePanel();
  }

  /** The facets this dataset has anything to filter by: no groups, actors or kinds, no such filter. */
  private facets(): Facet[] {
    const index = this.index;
    if (!index) return [];
    const options = facetOptions(index);
    return FACETS.filter((facet) => {
      if (facet === 'kinds') return index.events.some((event) => event.kind !== undefined);
      return options[facet].length > 0;
    });
  }

  private renderFacet(facet: Facet, current: FilterState) {
    const index = this.index;
    if (!index) return nothing;
    const chosen = new Set<string>(current[facet]);
    const name = this.facetLabel(facet);
    return html`<details class=${facet}>
      <summary>
        ${this.dataText(facet, name)}${
          chosen.size > 0
            ? html`<span class="chosen"
                ><span class="visually-hidden">, </span>${chosen.size}<span class="visually-hidden">
                  ${msg('chosen')}</span
                ></span
              >`
            : nothing
        }
      </summary>
      <fieldset>
        <legend class="visually-hidden">${msg(str`Filter by ${name.toLowerCase()}`)}</legend>
        <ul class="options">
          ${facetOptions(index)[facet].map((value) =>
            this.renderOption(facet, value, chosen.has(value), this.facetCounts()?.[facet].get(value) ?? 0),
          )}
        </ul>
        ${facet === 'articles' ? this.renderOnly(current) : nothing}
      </fieldset>
    </details>`;
  }

  private renderOption(facet: Facet, value: string, checked: boolean, count: number) {
    let before: TemplateResult | typeof nothing = nothing;
    let after: TemplateResult | typeof nothing = nothing;
    if (facet === 'groups') before = html`<span class="swatch group-${value}" aria-hidden="true"></span>`;
    const article = facet === 'articles' ? this.index?.article.get(value) : undefined;
    if (article && this.index) {
      const date = articleDateText(this.index, article);
      after = html`<span class="detail muted"
        >${article.outlet ? html`<span lang=${datasetLang(this.index)}>${article.outlet}</span>` : msg('outlet not named')},
        ${date}</span
      >`;
    }
    const change = (e: Event) => this.toggle(facet, value, (e.target as HTMLInputElement).checked);
    return html`<li>
      <label class="option">
        <input type="checkbox" .checked=${live(checked)} @change=${change} />
        <span>${before}${this.dataText(facet, optionLabel(this.index, facet, value))}${after}</span>
        <span class="count">${count}<span class="visually-hidden"> ${eventsWord(count)}</span></span>
      </label>
    </li>`;
  }

  /** An option's name: the dataset's words (groups, actors, kinds, articles) in its language; statuses are ours. */
  private dataText(facet: Facet, text: string) {
    return facet === 'statuses' || !this.index
      ? text
      : html`<span lang=${datasetLang(this.index)} dir="auto">${text}</span>`;
  }

  private renderOnly(current: FilterState) {
    const change = (e: Event) => this.send({ ...this.current, onlyArticles: (e.target as HTMLInputElement).checked });
    return html`<label class="option only">
      <input type="checkbox" .checked=${live(current.onlyArticles)} @change=${change} />
      <span>${onlyText(this.index ? sourceNoun(this.index) : 'article', true)}</span>
    </label>`;
  }

  private renderChips(current: FilterState) {
    const chips: Chip[] = [];
    for (const facet of FACETS) {
      for (const value of current[facet]) {
        const remove = (f: FilterState) => ({
          ...f,
          [facet]: (f[facet] as readonly string[]).filter((v) => v !== value),
        });
        chips.push({
          facet: this.facetLabel(facet),
          value: optionLabel(this.index, facet, value),
          data: facet !== 'statuses',
          remove,
        });
      }
    }
    if (current.onlyArticles && current.articles.length > 0) {
      const remove = (f: FilterState) => ({ ...f, onlyArticles: false });
      const noun = this.index ? sourceNoun(this.index) : 'article';
      chips.push({ facet: msg('Only'), value: onlyText(noun, false), remove });
    }
    if (current.query.trim() !== '') {
      const query = current.query.trim();
      chips.push({ facet: msg('Search'), value: msg(str`“${query}”`), remove: (f) => ({ ...f, query: '' }) });
    }
    return chipList(
      chips,
      (position, chip) => this.removeChip(position, chip.remove),
      (text) => this.dataText('actors', text),
    );
  }
}
