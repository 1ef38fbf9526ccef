import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { indexDataset, type DatasetIndex } from '../data/dataset-index.js';
import { fetchText, loadDataset } from '../data/load.js';
import type { Problem } from '../data/types.js';
import type { OpenArticleDetail, SelectDetail } from '../events.js';
import type { StArticleViewer } from '../components/st-article-viewer.js';
import '../components/st-article-viewer.js';
import '../components/st-error-panel.js';
import '../components/st-event-details.js';
import '../timeline/st-timeline.js';
import { readSelection, withSelection } from './url-state.js';

type Loaded = { ok: true; index: DatasetIndex } | { ok: false; problems: Problem[] };

/**
 * The app shell: loads and validates the dataset, then lays out the timeline and the
 * details panel, keeps the selection in the address (`?event=<id>`), and opens the
 * article viewer when an excerpt asks for it.
 */
@customElement('st-app')
export class StApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 120rem;
      margin: 0 auto;
      padding: 0 clamp(0.5rem, 2vw, 1.5rem) 2rem;
    }
    header {
      padding: 1rem 0 0.5rem;
    }
    h1 {
      margin: 0;
      font-size: clamp(1.25rem, 1rem + 1.2vw, 1.9rem);
      line-height: 1.2;
    }
    .description {
      margin: 0.35rem 0 0;
      color: var(--st-text-muted);
      max-width: 60rem;
    }
    main {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
    }
    @media (min-width: 64rem) {
      main {
        grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
        align-items: start;
      }
      aside {
        position: sticky;
        top: 0.5rem;
        max-height: calc(100vh - 1rem);
        overflow: auto;
      }
    }
    .loading {
      padding: 3rem 1rem;
      text-align: center;
      color: var(--st-text-muted);
    }
    .notice {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--st-error);
      background: var(--st-error-bg);
    }
  `;

  /** URL of the dataset, relative to the page. */
  @property() src = 'data/events.json';

  @state() private selectedId: string | undefined = readSelection(window.location.search);

  @query('st-article-viewer') private viewer: StArticleViewer | undefined;

  private readonly data = new Task(this, {
    task: async ([src], { signal }): Promise<Loaded> => {
      const result = await loadDataset(fetchText, new URL(src, document.baseURI).href, signal);
      return result.ok ? { ok: true, index: indexDataset(result.dataset, result.texts) } : result;
    },
    args: () => [this.src] as const,
  });

  override render() {
    return this.data.render({
      pending: () => html`<p class="loading" role="status">Loading the chronology…</p>`,
      complete: (loaded) => (loaded.ok ? this.renderTimeline(loaded.index) : this.renderProblems(loaded.problems)),
      error: (error) =>
        this.renderProblems([{ path: '', message: error instanceof Error ? error.message : String(error) }]),
    });
  }

  private renderProblems(problems: Problem[]) {
    return html`<main><st-error-panel .problems=${problems} source=${this.src}></st-error-panel></main>`;
  }

  private renderTimeline(index: DatasetIndex) {
    const unknown = this.selectedId !== undefined && !index.event.has(this.selectedId);
    const selected = unknown ? undefined : this.selectedId;
    return html`
      <header>
        <h1>${index.dataset.title}</h1>
        <p class="description">${index.dataset.description}</p>
      </header>
      <main @st-select=${this.onSelect} @st-open-article=${this.onOpenArticle}>
        <section aria-label="Timeline">
          ${
            unknown
              ? html`<p class="notice" role="status">
                  No event has the id “${this.selectedId}” in this dataset; showing the whole chronology.
                </p>`
              : nothing
          }
          <st-timeline .index=${index} .selectedId=${selected}></st-timeline>
        </section>
        <aside aria-label="Event details">
          <st-event-details .index=${index} .eventId=${selected}></st-event-details>
        </aside>
      </main>
      <st-article-viewer .index=${index}></st-article-viewer>
    `;
  }

  private onSelect(event: CustomEvent<SelectDetail>): void {
    this.selectedId = event.detail.id;
    try {
      window.history.replaceState(window.history.state, '', withSelection(window.location.href, event.detail.id));
    } catch {
      // Some sandboxed frames refuse history changes; the selection still works without the URL.
    }
    void this.showDetails();
  }

  /** On narrow screens the details stack below the timeline: bring them into view, or a tap seems to do nothing. */
  private async showDetails(): Promise<void> {
    await this.updateComplete;
    const details = this.renderRoot.querySelector('st-event-details');
    if (!details) return;
    const { top, bottom } = details.getBoundingClientRect();
    if (top < window.innerHeight && bottom > 0) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    details.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
  }

  private onOpenArticle(event: CustomEvent<OpenArticleDetail>): void {
    // The button that asked, deep in the panel, gets focus back on close; buttons that a click did not
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
