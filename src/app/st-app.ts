// Before anything else: the element is defined once the page's first screen has been painted (decision 0057).
import '../first-screen/hold-until-painted.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { datasetLang, type DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import { echoText } from '../data/echo.js';
import { EMPTY_FILTERS, applyFilters, type FilterState } from '../data/filters.js';
import type { EventSearch } from '../data/search.js';
import type { TimelineEvent } from '../data/types.js';
import type { FilterArticleDetail, OpenArticleDetail, SelectDetail } from '../events.js';
import type { StArticleViewer } from '../components/st-article-viewer.js';
import { GroupStyles } from '../styles/group-styles.js';
import type { StTimeline } from '../timeline/st-timeline.js';
import '../components/st-event-details.js';
import '../components/st-event-list.js';
import '../components/st-filter-bar.js';
import '../components/st-sources-view.js';
import { initialWindow } from '../timeline/items.js';
import type { AsOfChoice } from '../data/as-of.js';
import type { AppState, View } from './app-state.js';
import { downloadDataset, dropOverlay, exportMenu, notCurated, unknownEvent } from './app-parts.js';
import { loadFromAddress, loadFromFiles, type Loaded } from './dataset-loader.js';
import { FileOpener } from './file-opener.js';
import { CopyLink } from './copy-link.js';
import { TimelineFit } from './fit-timeline.js';
import { BarFit } from './bar-fit.js';
import { Presenting } from './presenting.js';
import { renderView } from './views.js';
import { dropUnshownFirstScreen, loadingView } from '../first-screen/slot.js';
import { asOfControl, asOfNote, asOfStyles, notYetReported, searchFor, shownIndex } from './as-of-parts.js';
import { masthead } from './masthead.js';
import { appStyles } from './st-app.styles.js';
import { StateController, type StateHome } from './state-controller.js';
import { reportHeight } from './report-height.js';
import { attribution, embedAppUrl, embedHeader, fullTimelineUrl } from './embed-parts.js';
import { failureView, problemsView } from './problems-view.js';
import { panelId, tabId, viewsAndActions } from './view-tabs.js';
import { LazyElements, loadElement, tagsFor } from './lazy-elements.js';
import { LanguageController } from '../i18n/language-controller.js';
import { msg, str } from '@lit/localize';

/** The longest embed title shown, as the embed dialog writes at most (longer ones are cut, never echoed whole). */
const TITLE_LENGTH = 200;
/** Below this width the list is the default view: a timeline needs room. */
const NARROW = '(max-width: 599px)';

/**
 * The app shell: loads and validates the dataset, then lays out the filters, the views (timeline, list, claims,
 * sources) and the details panel. On its own page the state lives in the address (`app-state.ts`), so a link
 * reproduces what the reader sees; inside another site's page it lives in memory and the page's address is never read
 * or written (`state-source.ts`). A reader can also open a dataset of their own (the picker, or a drop on the app).
 */
@customElement('st-app')
export class StApp extends LitElement {
  static override styles = [appStyles, asOfStyles];

  /** URL of the dataset, relative to the page. */
  @property() src = 'data/events.json';

  /**
   * Where the view, filters and selection live: the page's `address` (the app's own page), or
   * `memory` (an element inside another site's page, whose address is not ours to change).
   */
  @property({ attribute: 'state-in' }) stateIn: StateHome = 'address';

  /**
   * With `state-in="memory"`: the state to start from, as a query string (`view=list&event=…`). A new query later
   * changes the view and the selection in place, keeping the reader's filters.
   */
  @property() query = '';

  /** Embed mode: no page chrome, an attribution line, and height reports to the embedding page (`?embed=1`). */
  @property({ type: Boolean, reflect: true }) embed = false;

  /** The actions behind "More" on narrow screens are shown. */
  @state() private moreOpen = false;
  /** Whether the standfirst is shown on a phone. */
  @state() private aboutOpen = false;

  @query('st-article-viewer') private viewer: StArticleViewer | undefined;
  @query('st-timeline') private timeline: StTimeline | undefined;

  private readonly url = new StateController(this, (state) => this.onNavigate(state));
  /** The interface language (`?lang=`, `<sourced-timeline lang>`, the reader's preference): rendered once ready. */
  private readonly ui = new LanguageController(this, this.url);
  private readonly copied = new CopyLink(this, () => this.url.link());
  /** Files the reader opened, shown instead of the dataset while open. */
  private readonly files = new FileOpener(
    this,
    // A new dataset: the old state's ids mean nothing in it.
    () => this.url.set({ filters: EMPTY_FILTERS, event: undefined, window: undefined, present: undefined }, 'replace'),
    () => !this.embed && this.url.state.present === undefined,
  );
  /** The timeline, the d3 views and the presentation arrive after the page; the first two after its first frame. */
  private readonly lazy = new LazyElements(this, ['st-timeline', 'st-overview']);
  /** The dataset's group colours, defined where the theme is (the page, or `<sourced-timeline>`'s shadow root). */
  protected readonly groupStyles = new GroupStyles(this, () => this.loadedIndex, { themeRoot: 'root-node' });
  private readonly narrow = window.matchMedia(NARROW);
  private readonly presenting = new Presenting(this, this.url, this.lazy);
  protected readonly fit = new TimelineFit(this, () => !this.embed);
  protected readonly barFit = new BarFit(this);
  private filtered: { index: DatasetIndex; filters: FilterState; events: TimelineEvent[]; terms: string[] } | undefined;

  private readonly data = new Task(this, {
    task: async ([src, data, opened], { signal }): Promise<Loaded> => {
      const loaded = opened
        ? await loadFromFiles(opened, signal)
        : await loadFromAddress(src, data, this.url.base, signal);
      if (loaded.ok) {
        this.url.resolve(loaded.index);
        // A search in the address: its index is built in turns before the first frame, not in one long task in it.
        if (this.url.state.filters.query.trim() !== '') await loaded.search.prepare(signal);
        if (loaded.origin.kind !== 'site') document.title = msg(str`${loaded.index.dataset.title} (custom dataset)`);
      }
      return loaded;
    },
    args: () => [this.src, this.url.request.data, this.files.opened] as const,
  });

  private stopReporting: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.url.request.embed) this.embed = true;
    this.narrow.addEventListener('change', this.onNarrowChange);
    dropUnshownFirstScreen(this);
    // The views' code loads while the dataset does; the timeline's after the first frame (decision 0023).
    for (const tag of tagsFor(this.view, this.url.state.present !== undefined)) {
      if (tag !== 'st-timeline' && tag !== 'st-overview') void loadElement(tag).catch(() => {});
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.narrow.removeEventListener('change', this.onNarrowChange);
    this.stopReporting?.();
    this.stopReporting = undefined;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.ui.ready && super.shouldUpdate(changed);
  }

  protected override updated(): void {
    if (this.data.value?.ok) this.lazy.releaseAfterPaint();
    // An embed's frame is sized from the dataset drawn (or its problems), never from the loading line (~120 px).
    if (this.embed && this.data.status >= TaskStatus.COMPLETE && !this.stopReporting)
      this.stopReporting = reportHeight();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The host page changed where to start (`<sourced-timeline view=… event=…>`): in place, filters kept.
    if (changed.has('query') && this.hasUpdated && !this.url.inAddress) this.url.applyQuery();
    this.toggleAttribute('presenting', this.url.state.present !== undefined);
  }

  override render() {
    return html`${this.data.render({
      pending: loadingView,
      complete: (loaded) =>
        loaded.ok ? this.renderApp(loaded) : problemsView(this.landmarks.main, loaded, this.files),
      error: (error) => failureView(this.landmarks.main, error, this.src, this.files),
    })}${dropOverlay(this.files.dragging)}`;
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
    const own = this.stateIn !== 'memory';
    return { header: own ? literal`header` : literal`div`, main: own ? literal`main` : literal`div` };
  }

  private renderApp(loaded: Extract<Loaded, { ok: true }>) {
    const { filters, event: selected, window: timeWindow, asOf } = this.url.state;
    // Every view, the handout and the presentation show the chronology as known on the day asked for, if any.
    const index = shownIndex(loaded.index, asOf);
    const search = searchFor(index, loaded.search);
    const origin = loaded.origin;
    const { events, terms } = this.matching(index, search);
    // The state drops ids the dataset lacks; what was asked for is said (cleaned, as the reader's input).
    const asked = this.url.asked('event');
    const unknown = asked !== null && asked !== '' && !loaded.index.event.has(asked);
    const view = this.view;
    const embed = this.embed;
    const { header, main } = this.landmarks;
    const title = this.url.request.title;
    const narrow = this.narrow.matches;
    const askAsOf = (choice: AsOfChoice | undefined) => this.url.set({ asOf: choice }, 'push');
    return staticHtml`
      ${notCurated(origin, { download: () => downloadDataset(origin), close: () => this.files.close() })}
      ${
        embed
          ? embedHeader(index, title === null ? null : echoText(title, TITLE_LENGTH))
          : masthead({
              tag: header,
              title: index.dataset.title,
              description: index.dataset.description,
              lang: datasetLang(index),
              open: this.aboutOpen,
              toggle: () => (this.aboutOpen = !this.aboutOpen),
              // On a phone the day waits, collapsed, beside "About this timeline": the events start higher.
              beside: narrow ? asOfControl(index, askAsOf, true) : undefined,
            })
      }
      ${viewsAndActions(view, {
        choose: (next, focus) => this.chooseView(next, focus),
        present: () => this.presenting.start(),
        print: () => void this.lazy.releaseNow().then(() => window.print()),
        share: embed
          ? undefined
          : {
              link: this.url.inAddress && origin.kind !== 'file',
              copy: () => void this.copied.copy(),
              embed: (e: MouseEvent) => this.openEmbedDialog(e),
            },
        openFile: embed ? nothing : this.files.renderButton(),
        exportMenu: exportMenu(
          index,
          { events, filters, window: timeWindow ?? this.datasetWindow(index) },
          this.url.link(),
        ),
        copied: this.copied.message,
        more: { open: this.moreOpen, toggle: () => (this.moreOpen = !this.moreOpen) },
      })}
      ${
        embed
          ? asOfNote(index)
          : html`<div class="tools">
              ${this.renderFilterBar(index, search, filters, events.length)}
              ${narrow ? nothing : asOfControl(index, askAsOf)}
            </div>`
      }
      <${main}
        class="layout view-${view} ${selected === undefined ? 'nothing-selected' : 'selected'}"
        @st-select=${this.onSelect}
        @st-open-article=${this.onOpenArticle}
        @st-window-request=${this.onWindowRequest}
        @st-filter-article=${(e: CustomEvent<FilterArticleDetail>) => this.filterToArticle(e.detail)}
      >
        <section class="panel" role="tabpanel" id=${panelId(view)} aria-labelledby=${tabId(view)} tabindex="-1">
          ${unknown ? unknownEvent(asked) : notYetReported(index, selected)}
          ${renderView(view, {
            index,
            events,
            terms,
            selected,
            window: timeWindow,
            firstWindow: this.datasetWindow(loaded.index),
            lazy: this.lazy,
            embed,
            onWindowChange: this.onWindowChange,
          })}
        </section>
        ${
          view === 'sources'
            ? nothing
            : html`<aside aria-label=${msg('Event details')}>
                ${
                  selected === undefined
                    ? nothing
                    : html`<button type="button" class="close-details" @click=${this.closeDetails}>
                        <span aria-hidden="true">×</span
                        ><span class="visually-hidden">${msg('Close the details')}</span>
                      </button>`
                }
                <st-event-details .index=${index} .eventId=${selected} ?compact=${embed}></st-event-details>
              </aside>`
        }
      </${main}>
      ${embed ? attribution(index, fullTimelineUrl(this.url.link() ?? this.url.base, this.url.state)) : nothing}
      ${this.lazy.released ? this.renderClosed(index, events, filters) : nothing}
      ${this.presenting.render(index, events)}
    `;
  }

  /** What is closed or for print (the article, the embed dialog, the handout): drawn after the first frame. */
  private renderClosed(index: DatasetIndex, events: TimelineEvent[], filters: FilterState) {
    return html`<st-article-viewer .index=${index}></st-article-viewer>
      <st-handout .index=${index} .events=${events} .filters=${filters}></st-handout>
      ${
        this.embed
          ? nothing
          : html`<st-embed-dialog
              .index=${index}
              .state=${this.url.state}
              app-url=${embedAppUrl(this.url.base, this.url.request.data)}
            ></st-embed-dialog>`
      }`;
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

  private chooseView(view: View, focus: boolean): void {
    this.url.set({ view }, 'push');
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus());
  }

  private onSelect(event: CustomEvent<SelectDetail>): void {
    this.url.set({ event: event.detail.id }, 'replace');
  }

  /** Closes the details: the selection goes, and focus returns to where the reader picks events. */
  private closeDetails(): void {
    this.url.set({ event: undefined }, 'replace');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${panelId(this.view)}`)?.focus({ preventScroll: true }),
    );
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
  }

  private filterToArticle({ article, only }: FilterArticleDetail): void {
    this.url.set({ filters: { ...EMPTY_FILTERS, articles: [article], onlyArticles: only }, view: 'list' }, 'push');
  }

  private openEmbedDialog(event: MouseEvent): void {
    const opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
    void this.lazy.releaseNow().then(() => this.renderRoot.querySelector('st-embed-dialog')?.open(opener));
  }

  private onOpenArticle(event: CustomEvent<OpenArticleDetail>): void {
    // The button that asked, deep in a panel, gets focus back on close; buttons that a click did not
    // focus (Safari) are covered too. Without an element, the viewer falls back to the focused one.
    const origin = event.composedPath()[0];
    const { article, quote } = event.detail;
    // Drawn after the first frame: a reader quicker than that has it drawn first.
    void this.lazy
      .releaseNow()
      .then(() => this.viewer?.open(article, quote, origin instanceof HTMLElement ? origin : undefined));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-app': StApp;
  }
}
