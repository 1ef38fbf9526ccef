import { LitElement, html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { indexDataset, type DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import { EMPTY_FILTERS, applyFilters, type FilterState } from '../data/filters.js';
import { datasetSource, parseOrigins, refusedFile } from '../data/dataset-source.js';
import { fetchText, loadDataset, type TextReader } from '../data/load.js';
import { buildSearchIndex, type EventSearch } from '../data/search.js';
import type { Problem, TimelineEvent } from '../data/types.js';
import type { FilterArticleDetail, OpenArticleDetail, PresentChangeDetail, SelectDetail } from '../events.js';
import type { StArticleViewer } from '../components/st-article-viewer.js';
import { GroupStyles } from '../styles/group-styles.js';
import type { StTimeline } from '../timeline/st-timeline.js';
import '../components/st-article-viewer.js';
import '../components/st-embed-dialog.js';
import '../components/st-error-panel.js';
import '../components/st-event-details.js';
import '../components/st-event-list.js';
import '../components/st-filter-bar.js';
import '../components/st-handout.js';
import '../components/st-sources-view.js';
import { deepActiveElement } from '../components/focus.js';
import { decks, type Deck } from '../present/deck.js';
import { initialWindow } from '../timeline/items.js';
import type { AppState, View } from './app-state.js';
import { appStyles } from './st-app.styles.js';
import { UrlStateController, type StateHome } from './url-state-controller.js';
import { reportHeight } from '../embed/report-height.js';
import { attribution, embedHeader, fullTimelineUrl } from './embed-parts.js';
import { panelId, tabId, viewTabs } from './view-tabs.js';
import { LazyElements, loadElement, type LazyTag } from './lazy-elements.js';
import { timelinePreview } from './timeline-preview.js';

/** What was loaded, and from where (`custom`: named by `?data=`, not the site's own dataset). */
type Loaded =
  | { ok: true; index: DatasetIndex; search: EventSearch; url: string; custom: boolean }
  | { ok: false; problems: Problem[]; url: string; refused: boolean };

/**
 * Other origins `?data=` may load datasets from, set when the site is built (`VITE_DATA_ORIGINS`); the build
 * refuses entries that are not origins and writes these into the page's security policy too.
 */
const DATA_ORIGINS = parseOrigins(import.meta.env.VITE_DATA_ORIGINS).origins;

/** Below this width the list is the default view: a timeline needs room. */
const NARROW = '(max-width: 599px)';

/**
 * The app shell: loads and validates the dataset, then lays out the filters, the views
 * (timeline, list, claims, sources) and the details panel. Every part of the state lives
 * in the address (see `app-state.ts`), so a link reproduces what the reader sees.
 */
@customElement('st-app')
export class StApp extends LitElement {
  static override styles = appStyles;

  /** URL of the dataset, relative to the page. */
  @property() src = 'data/events.json';

  /**
   * Where the view, filters and selection live: the page's `address` (the app's own page), or
   * `memory` (an element inside another site's page, whose address is not ours to change).
   */
  @property({ attribute: 'state-in' }) stateIn: StateHome = 'address';

  /** With `state-in="memory"`: the state to start from, as a query string (`view=list&event=…`). */
  @property() query = '';

  /** Embed mode: no page chrome, an attribution line, and height reports to the embedding page. */
  @property({ type: Boolean, reflect: true }) embed = new URLSearchParams(window.location.search).get('embed') === '1';

  @state() private copied = '';
  private copiedTimer: number | undefined;

  @query('st-article-viewer') private viewer: StArticleViewer | undefined;
  @query('st-timeline') private timeline: StTimeline | undefined;

  private readonly url = new UrlStateController(this, (state) => this.onNavigate(state));
  /** The timeline, the d3 views and the presentation arrive after the page (see `lazy-elements.ts`). */
  private readonly lazy = new LazyElements(this);
  /** The dataset's group colours, defined where the theme is (the page, or `<sourced-timeline>`'s shadow root). */
  protected readonly groupStyles = new GroupStyles(this, () => this.loadedIndex, { themeRoot: 'root-node' });
  private readonly narrow = window.matchMedia(NARROW);
  private filtered: { index: DatasetIndex; filters: FilterState; events: TimelineEvent[]; terms: string[] } | undefined;
  /** The decks on offer for the events shown; rebuilt when those change. */
  private presentable: { events: TimelineEvent[]; decks: Deck[] } | undefined;
  /** Where focus was before the presentation, to give it back on leaving. */
  private presentOpener: HTMLElement | undefined;

  private readonly data = new Task(this, {
    task: async ([src, data], { signal }): Promise<Loaded> => {
      const page = window.location.href;
      const source = datasetSource(data, {
        page,
        fallback: new URL(src, document.baseURI).href,
        allowedOrigins: DATA_ORIGINS,
      });
      if (!source.ok) {
        return { ok: false, problems: [{ path: '', message: source.message }], url: source.given, refused: true };
      }
      // A dataset named by the address reads its files under the same rule as itself.
      const read: TextReader =
        data === null
          ? fetchText
          : (url, signal, options) => {
              const refused = refusedFile(url, { page, allowedOrigins: DATA_ORIGINS });
              return refused === undefined ? fetchText(url, signal, options) : Promise.reject(new Error(refused));
            };
      const result = await loadDataset(read, source.url, signal);
      if (!result.ok) return { ...result, url: source.url, refused: false };
      const index = indexDataset(result.dataset, result.texts);
      this.url.resolve(index);
      if (source.custom) document.title = `${index.dataset.title} (custom dataset)`;
      return { ok: true, index, search: buildSearchIndex(index), url: source.url, custom: source.custom };
    },
    args: () => [this.src, this.requestedData] as const,
  });

  /**
   * The `data` parameter of the page's address: another dataset to show (see `datasetSource`). Only the app's own
   * page has one; inside another site's page (`state-in="memory"`), the dataset is the `src` that page gave.
   */
  private get requestedData(): string | null {
    return this.stateIn === 'memory' ? null : new URLSearchParams(window.location.search).get('data');
  }

  private stopReporting: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.narrow.addEventListener('change', this.onNarrowChange);
    if (this.embed) this.stopReporting = reportHeight();
    // The views' code loads while the dataset does, not after it.
    for (const tag of this.tagsFor(this.view, this.url.state.present !== undefined))
      void loadElement(tag).catch(() => {});
  }

  /** The lazily loaded elements a view (and the presentation, if under way) needs. */
  private tagsFor(view: View, presenting: boolean): LazyTag[] {
    const tags: LazyTag[] =
      view === 'timeline' ? ['st-timeline', 'st-overview'] : view === 'claims' ? ['st-claims-view'] : [];
    return presenting ? [...tags, 'st-presentation'] : tags;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.narrow.removeEventListener('change', this.onNarrowChange);
    this.stopReporting?.();
  }

  protected override willUpdate(): void {
    this.toggleAttribute('presenting', this.url.state.present !== undefined);
  }

  override render() {
    return this.data.render({
      pending: () => html`<p class="loading" role="status">Loading the chronology…</p>`,
      complete: (loaded) =>
        loaded.ok
          ? this.renderApp(loaded.index, loaded.search, loaded.custom ? loaded.url : undefined)
          : this.renderProblems(loaded.problems, loaded.url, loaded.refused),
      error: (error) =>
        this.renderProblems([{ path: '', message: error instanceof Error ? error.message : String(error) }], this.src),
    });
  }

  /** The dataset shown, once loaded. */
  private get loadedIndex(): DatasetIndex | undefined {
    const loaded = this.data.value;
    return loaded?.ok ? loaded.index : undefined;
  }

  private get view(): View {
    return this.url.state.view ?? (this.narrow.matches ? 'list' : 'timeline');
  }

  /** The events that pass the filters, and the search terms to mark; recomputed only when they change. */
  private matching(index: DatasetIndex, search: EventSearch): { events: TimelineEvent[]; terms: string[] } {
    const filters = this.url.state.filters;
    if (this.filtered?.index !== index || this.filtered.filters !== filters) {
      const found = filters.query.trim() ? search.search(filters.query) : undefined;
      this.filtered = { index, filters, events: applyFilters(index, filters, search), terms: found?.terms ?? [] };
    }
    return this.filtered;
  }

  /** The dataset's first window, for the overview before the timeline reports one; once per dataset. */
  private readonly firstWindows = new WeakMap<DatasetIndex, TimeWindow | undefined>();
  private datasetWindow(index: DatasetIndex): TimeWindow | undefined {
    if (!this.firstWindows.has(index)) this.firstWindows.set(index, initialWindow(index));
    return this.firstWindows.get(index);
  }

  /**
   * The page's landmarks, `header` (banner) and `main`: the app's own page has them; inside another site's page
   * (`state-in="memory"`) that page has its own, and the app is one part of it, so plain `div`s stand in.
   */
  private get landmarks() {
    return this.stateIn === 'memory'
      ? { header: literal`div`, main: literal`div` }
      : { header: literal`header`, main: literal`main` };
  }

  private renderProblems(problems: Problem[], source: string, refused = false) {
    const { main } = this.landmarks;
    return staticHtml`<${main} class="layout">
      <st-error-panel
        .problems=${problems}
        source=${source}
        heading=${refused ? 'This dataset is not allowed here' : 'This timeline could not be loaded'}
      ></st-error-panel>
    </${main}>`;
  }

  /**
   * Says, above everything, that the dataset is not the site's own: a link can name any dataset on this site (or
   * an allowed origin), and a reader must not take it for the curated chronology. The address is text, not a link.
   */
  private renderCustomData(url: string) {
    return html`<p class="custom-data" role="note">
      <strong>Not the curated dataset.</strong> This timeline shows a dataset loaded from
      <code class="custom-url">${url}</code>, not the project's curated dataset; the project has not reviewed it.
    </p>`;
  }

  /** The app's address for the embed snippet: the page's folder, with `data` if the address names a dataset. */
  private get embedAppUrl(): string {
    const url = new URL('./', document.baseURI);
    const data = this.requestedData;
    if (data !== null && data.trim() !== '') url.searchParams.set('data', data);
    return url.href;
  }

  /** `customUrl`: where the dataset came from, when it is not the site's own. */
  private renderApp(index: DatasetIndex, search: EventSearch, customUrl?: string) {
    const { filters, event: selected, window: timeWindow } = this.url.state;
    const { events, terms } = this.matching(index, search);
    // The state drops ids the dataset lacks; the address still says what was asked for.
    const asked = new URLSearchParams(this.stateIn === 'memory' ? this.query : window.location.search).get('event');
    const unknown = asked !== null && asked !== '' && !index.event.has(asked);
    const view = this.view;
    const embed = this.embed;
    const present = this.url.state.present;
    const { header, main } = this.landmarks;
    return staticHtml`
      ${customUrl === undefined ? nothing : this.renderCustomData(customUrl)}
      ${
        embed
          ? embedHeader(index, new URLSearchParams(window.location.search).get('title'))
          : staticHtml`<${header} class="masthead">
              <h1>${index.dataset.title}</h1>
              <p class="description">${index.dataset.description}</p>
            </${header}>`
      }
      <nav class="bar" aria-label="Views and sharing">
        ${viewTabs(view, (next, focus) => this.chooseView(next, focus))}
        <div class="actions">
          <button type="button" class="present" @click=${this.startPresenting}>Present</button>
          ${
            embed
              ? nothing
              : html`<button type="button" class="print" @click=${() => window.print()}>Print handout</button>
                  <button type="button" class="copy" @click=${this.copyLink}>Copy link</button>
                  <button type="button" @click=${this.openEmbedDialog}>Embed</button>
                  <span class="copied" role="status">${this.copied}</span>`
          }
        </div>
      </nav>
      ${embed ? nothing : this.renderFilterBar(index, search, filters, events.length)}
      <${main}
        class="layout view-${view}"
        @st-select=${this.onSelect}
        @st-open-article=${this.onOpenArticle}
        @st-window-request=${this.onWindowRequest}
        @st-filter-article=${(e: CustomEvent<FilterArticleDetail>) => this.filterToArticle(e.detail)}
      >
        <section class="panel" role="tabpanel" id=${panelId(view)} aria-labelledby=${tabId(view)} tabindex="-1">
          ${
            unknown
              ? html`<p class="notice" role="status">
                  No event has the id “${asked}” in this dataset; showing the whole chronology.
                </p>`
              : nothing
          }
          ${this.renderView(view, index, events, terms, selected, timeWindow)}
        </section>
        ${
          view === 'sources'
            ? nothing
            : html`<aside aria-label="Event details">
                <st-event-details .index=${index} .eventId=${selected}></st-event-details>
              </aside>`
        }
      </${main}>
      ${embed ? attribution(index, fullTimelineUrl(window.location.href, this.url.state)) : nothing}
      <st-article-viewer .index=${index}></st-article-viewer>
      <st-handout .index=${index} .events=${events} .filters=${filters}></st-handout>
      ${
        embed
          ? nothing
          : html`<st-embed-dialog
              .index=${index}
              .state=${this.url.state}
              app-url=${this.embedAppUrl}
            ></st-embed-dialog>`
      }
      ${present ? this.renderPresentation(index, events, present.story, present.step) : nothing}
    `;
  }

  /**
   * Presentation mode covers the page, which stays as it was underneath (hidden, so neither Tab nor a screen
   * reader reaches it; see the styles), so that leaving finds the same view and the same focus.
   */
  private renderPresentation(index: DatasetIndex, events: TimelineEvent[], story: string | undefined, step: number) {
    if (this.presentable?.events !== events) {
      this.presentable = { events, decks: decks(index, events, events.length !== index.events.length) };
    }
    const state = this.lazy.state('st-presentation');
    return html`<st-presentation
      .index=${index}
      .decks=${this.presentable.decks}
      .story=${story}
      .step=${step}
      @st-present-change=${(e: CustomEvent<PresentChangeDetail>) =>
        this.url.set({ present: { story: e.detail.story, step: e.detail.step } }, 'replace')}
      @st-present-exit=${this.stopPresenting}
      >${state === 'ready' ? nothing : this.renderLoading('st-presentation', 'presentation', state)}</st-presentation
    >`;
  }

  private startPresenting(): void {
    this.presentOpener = deepActiveElement() ?? undefined;
    this.url.set({ present: { story: undefined, step: 0 } }, 'push');
  }

  private async stopPresenting(): Promise<void> {
    const opener = this.presentOpener;
    this.presentOpener = undefined;
    this.url.set({ present: undefined }, 'push');
    await this.updateComplete;
    // Back to where the reader was; opened from a link (no opener), to the Present button.
    const target = opener?.isConnected ? opener : this.renderRoot.querySelector<HTMLElement>('button.present');
    target?.focus();
  }

  private renderFilterBar(index: DatasetIndex, search: EventSearch, filters: FilterState, matching: number) {
    return html`<st-filter-bar
      .index=${index}
      .search=${search}
      .filters=${filters}
      .matching=${matching}
      .total=${index.events.length}
      @st-filters-change=${(e: CustomEvent<FilterState>) => this.url.set({ filters: e.detail }, 'push')}
      @st-search-submit=${() => this.jumpToFirstResult(search)}
    ></st-filter-bar>`;
  }

  private renderView(
    view: View,
    index: DatasetIndex,
    events: TimelineEvent[],
    terms: string[],
    selected: string | undefined,
    timeWindow: TimeWindow | undefined,
  ) {
    switch (view) {
      case 'timeline': {
        const timeline = this.lazy.state('st-timeline');
        const overview = this.lazy.state('st-overview');
        return html`<h2 class="visually-hidden">Timeline</h2>
          <st-overview .index=${index} .events=${events} .window=${timeWindow ?? this.datasetWindow(index)}
            >${overview === 'failed' ? this.renderLoading('st-overview', 'overview', overview) : nothing}</st-overview
          >
          <st-timeline
            .index=${index}
            .events=${events}
            .selectedId=${selected}
            .startWindow=${timeWindow}
            @st-window-change=${this.onWindowChange}
            >${
              timeline === 'ready'
                ? nothing
                : timelinePreview(index, events, timeWindow ?? this.datasetWindow(index), timeline, () =>
                    this.lazy.retry('st-timeline'),
                  )
            }</st-timeline
          >`;
      }
      case 'list':
        return html`<h2 class="view-heading">Events in date order</h2>
          <st-event-list .index=${index} .events=${events} .selectedId=${selected} .terms=${terms}></st-event-list>`;
      case 'claims': {
        const claims = this.lazy.state('st-claims-view');
        return html`<st-claims-view .index=${index} .events=${events}
          >${claims === 'ready' ? nothing : this.renderLoading('st-claims-view', 'claims chart', claims)}</st-claims-view
        >`;
      }
      case 'sources':
        return html`<st-sources-view .index=${index} .events=${events}></st-sources-view>`;
    }
  }

  /** Stands in for a lazily loaded element until its code arrives (shown only while the element is undefined). */
  private renderLoading(tag: LazyTag, what: string, state: 'loading' | 'failed') {
    return state === 'failed'
      ? html`<p class="lazy-status" role="status">
          The ${what} could not be loaded.
          <button type="button" @click=${() => this.lazy.retry(tag)}>Try again</button>
        </p>`
      : html`<p class="lazy-status" role="status">Loading the ${what}…</p>`;
  }

  private chooseView(view: View, focus: boolean): void {
    this.url.set({ view }, 'push');
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus());
  }

  private onSelect(event: CustomEvent<SelectDetail>): void {
    this.url.set({ event: event.detail.id }, 'replace');
    void this.showDetails();
  }

  private onWindowChange(event: CustomEvent<TimeWindow>): void {
    this.url.set({ window: event.detail }, 'replace');
  }

  private onWindowRequest(event: CustomEvent<TimeWindow>): void {
    this.definedTimeline?.showWindow(event.detail);
  }

  /** Back and forward: what the address says now, including where the timeline looks. */
  private onNavigate(state: AppState): void {
    if (state.window) this.definedTimeline?.showWindow(state.window);
  }

  /** The timeline, once its code has arrived (before, it takes its window from `startWindow`). */
  private get definedTimeline(): StTimeline | undefined {
    return customElements.get('st-timeline') ? this.timeline : undefined;
  }

  private readonly onNarrowChange = (): void => this.requestUpdate();

  private jumpToFirstResult(search: EventSearch): void {
    const query = this.url.state.filters.query;
    const first = query.trim() ? search.search(query)?.ids[0] : undefined;
    if (first === undefined) return;
    this.url.set({ event: first }, 'replace');
    void this.showDetails();
  }

  private filterToArticle({ article, only }: FilterArticleDetail): void {
    this.url.set({ filters: { ...EMPTY_FILTERS, articles: [article], onlyArticles: only }, view: 'list' }, 'push');
  }

  private openEmbedDialog(event: MouseEvent): void {
    const opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
    void this.renderRoot.querySelector('st-embed-dialog')?.open(opener);
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(window.location.href);
      this.copied = 'Link copied.';
    } catch {
      // Clipboard refused (e.g. in a sandboxed frame): say where the link is instead.
      this.copied = 'Copy the address from the address bar: it holds this view.';
    }
    window.clearTimeout(this.copiedTimer);
    this.copiedTimer = window.setTimeout(() => (this.copied = ''), 5000);
  }

  /** On narrow screens the details stack below the view: bring them into view, or a tap seems to do nothing. */
  private async showDetails(): Promise<void> {
    await this.updateComplete;
    const details = this.renderRoot.querySelector('st-event-details');
    // Not shown (the list view on a phone carries the details in its entries), or embedded: scrolling
    // there would move the host's page too.
    if (!details || details.offsetParent === null || this.embed) return;
    const { top, bottom } = details.getBoundingClientRect();
    if (top < window.innerHeight && bottom > 0) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    details.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
  }

  private onOpenArticle(event: CustomEvent<OpenArticleDetail>): void {
    // The button that asked, deep in a panel, gets focus back on close; buttons that a click did not
    // focus (Safari) are covered too. Without an element, the viewer falls back to the focused one.
    const origin = event.composedPath()[0];
    void this.viewer?.open(
      event.detail.article,
      event.detail.quote,
      origin instanceof HTMLElement ? origin : undefined,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-app': StApp;
  }
}
