import { editorNoteLabel } from '../data/sourcing-view.js';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { articleDateText, articleLang, datasetLang, isStored, type DatasetIndex } from '../data/dataset-index.js';
import type { Article, TimelineEvent } from '../data/types.js';
import { emit } from '../events.js';
import { isPossibly } from '../data/as-of.js';
import { sourcingStyles } from './sourcing-marks.js';
import { clockStyles, possiblyMark, reportedFirstList } from './two-clocks.js';
import { buttonStyles, focusRing, textBlock, visuallyHidden } from '../styles/shared-styles.js';
import { hostOf, webUrl } from '../data/web-url.js';
import { intlLocale } from '../i18n/intl-locale.js';
import { localized, msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';
import { eventCount } from '../i18n/words.js';

declare global {
  interface HTMLElementTagNameMap {
    'st-sources-view': StSourcesView;
  }
}

const styles = css`
  .not-counted {
    display: block;
    font-size: 0.85rem;
    color: var(--st-text-muted);
  }
  .reported-first ul {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2rem;
  }
  .first-none {
    margin: 0;
    color: var(--st-text-muted);
  }
  .host {
    margin-inline-start: 0.35rem;
    color: var(--st-text-muted);
    font-size: 0.85rem;
  }
  :host {
    container-type: inline-size;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0 0 var(--st-space, 0.75rem);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr));
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    display: flex;
  }
  .card {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--st-space, 0.75rem);
    border: 1px solid var(--st-border-subtle);
    border-radius: var(--st-radius);
    background: var(--st-surface-raised);
  }
  h3 {
    margin: 0;
    font-size: 1.1rem;
    line-height: 1.3;
    max-width: 70ch;
  }
  .descriptive {
    font-weight: normal;
    color: var(--st-text-muted);
  }
  h4 {
    margin: 0;
    font-size: 0.9rem;
  }
  dl,
  p,
  ul,
  details {
    margin: 0;
  }
  .facts > div {
    display: grid;
    grid-template-columns: 6.5rem 1fr;
    gap: 0.5rem;
    padding: 0.2rem 0;
    border-top: 1px solid var(--st-border-subtle);
  }
  dt {
    font-weight: 600;
    color: var(--st-text-muted);
  }
  dd {
    margin: 0;
  }
  summary {
    cursor: pointer;
    font-size: 0.9rem;
    color: var(--st-text-muted);
  }
  details p,
  .notes {
    font-size: 0.9rem;
    max-width: 70ch;
  }
  details p {
    margin-top: 0.25rem;
  }
  .notes {
    margin-top: -0.35rem;
    padding-inline-start: 1.1rem;
  }
  .counts {
    font-weight: 600;
  }
  /* The editor's note box of sourcingStyles, tighter and at reading width here. */
  .editor-note {
    margin: 0.5rem 0;
    padding: 0.35rem 0.7rem;
    max-width: 70ch;
  }
  a {
    color: var(--st-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: auto;
  }
`;

function languageName(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Per article: the ids of the events it supports, and how many events it alone reports. */
interface ArticleReach {
  supports: ReadonlySet<string>;
  only: number;
}

const reachCache = new WeakMap<DatasetIndex, ReadonlyMap<string, ArticleReach>>();

function reachOf(index: DatasetIndex): ReadonlyMap<string, ArticleReach> {
  const cached = reachCache.get(index);
  if (cached) return cached;
  const reach = new Map(index.dataset.articles.map((a) => [a.id, { supports: new Set<string>(), only: 0 }]));
  for (const event of index.dataset.events) {
    const articles = new Set(event.sources.map((s) => s.article));
    for (const id of articles) reach.get(id)?.supports.add(event.id);
    const [sole] = articles;
    const entry = articles.size === 1 && sole !== undefined ? reach.get(sole) : undefined;
    if (entry) entry.only++;
  }
  reachCache.set(index, reach);
  return reach;
}

/**
 * The source articles, one card each: title, outlet, publication date and how it was
 * established, language, curation notes, how many events the article supports (in all and
 * among those shown) and how many only it reports.
 *
 * @fires st-open-article - "Read the article" was pressed (no quote); sent from the button.
 * @fires st-filter-article - "Show its events" (or "Show what only it reports") was pressed: filter to the article.
 * @cssprop --st-surface-raised - Card background.
 * @cssprop --st-border-subtle - Card border and row rules.
 */
@customElement('st-sources-view')
@localized()
export class StSourcesView extends LitElement {
  static override styles = [textBlock, buttonStyles, focusRing, visuallyHidden, clockStyles, sourcingStyles, styles];

  /** The dataset, indexed; only the heading is shown without it. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The events shown in the other views (filtered), to count how many of each article's are shown. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];

  override render() {
    const index = this.index;
    const shown = new Set(this.events.map((e) => e.id));
    return html`<section aria-labelledby="sources-title">
      <h2 id="sources-title">${msg('Sources')}</h2>
      ${
        index
          ? html`<ul class="cards" role="list">
              ${repeat(
                index.dataset.articles,
                (a) => a.id,
                (a) => this.renderCard(index, a, shown),
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderCard(index: DatasetIndex, article: Article, shown: ReadonlySet<string>) {
    const reach = reachOf(index).get(article.id) ?? { supports: new Set<string>(), only: 0 };
    const inView = [...reach.supports].filter((id) => shown.has(id)).length;
    const url = webUrl(article.url);
    const language = languageName(article.language);
    const titleId = `title-${article.id}`;
    // Sent from the buttons themselves, so `composedPath()[0]` names the opener focus returns to.
    const read = (e: Event) => {
      if (e.currentTarget) emit(e.currentTarget, 'st-open-article', { article: article.id });
    };
    const filter = (e: Event, only: boolean) => {
      if (e.currentTarget) emit(e.currentTarget, 'st-filter-article', { article: article.id, only });
    };
    const stored = isStored(article);
    const lang = articleLang(index, article.id);
    const ours = datasetLang(index);
    return html`<li>
      <article class="card" aria-labelledby=${titleId}>
        <h3 id=${titleId}>
          <span lang=${lang} dir="auto">${article.title}</span>${
            article.titleIsDescriptive ? html` <span class="descriptive">${msg('(descriptive title)')}</span>` : nothing
          }
        </h3>
        <dl class="facts">
          <div>
            <dt>${msg('Kind')}</dt>
            <dd>
              ${
                stored
                  ? msg('Stored with the timeline: quotes checked word for word')
                  : msg('Linked page: quotes not checked here')
              }
            </dd>
          </div>
          <div>
            <dt>${msg('Outlet')}</dt>
            <dd>
              ${article.outlet ? html`<span lang=${ours}>${article.outlet}</span>` : stored ? msg('outlet not named') : msg('not given')}
            </dd>
          </div>
          <div>
            <dt>${msg('Published')}</dt>
            <dd>
              ${articleDateText(index, article, 'long')}${possiblyMark(index, 'article', article.id)}
              ${
                isPossibly(index, 'article', article.id) && !index.asOf?.possibly
                  ? html`<span class="not-counted"
                      >${msg(
                        'Not counted: what it reports is left out unless articles possibly published by then are included.',
                      )}</span
                    >`
                  : nothing
              }
            </dd>
          </div>
          ${
            language
              ? html`<div>
                  <dt>${msg('Language')}</dt>
                  <dd>${language}</dd>
                </div>`
              : nothing
          }
          ${
            url
              ? html`<div>
                  <dt>${msg('Address')}</dt>
                  <dd>
                    <a href=${url} target="_blank" rel="noopener noreferrer"
                      >${url}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
                    >
                    <span class="host">${hostOf(url)} ↗</span>
                  </dd>
                </div>`
              : nothing
          }
        </dl>
        ${
          article.publishedBasis || article.outletBasis
            ? html`<details>
                <summary>
                  ${article.outletBasis ? msg('How the date and outlet are known') : msg('How the date is known')}
                </summary>
                ${article.publishedBasis ? html`<p lang=${ours} dir="auto">${article.publishedBasis}</p>` : nothing}
                ${article.outletBasis ? html`<p lang=${ours} dir="auto">${article.outletBasis}</p>` : nothing}
              </details>`
            : nothing
        }
        ${
          article.notes.length === 0
            ? nothing
            : html`<h4>${msg('Notes on the article')}</h4>
                <ul class="notes" lang=${ours} dir="auto">
                  ${article.notes.map((note) => html`<li>${note}</li>`)}
                </ul>`
        }
        ${
          article.editorNote === undefined
            ? nothing
            : html`<aside class="editor-note" aria-label=${editorNoteLabel(index)}>
                <p><strong>${editorNoteLabel(index)}</strong></p>
                <p lang=${ours} dir="auto">${article.editorNote}</p>
              </aside>`
        }
        <p class="counts">
          ${msg(str`Supports ${eventCount(reach.supports.size)} (${numberText(inView)} shown).`)}
          ${
            reach.only === 0
              ? msg('No event rests on it alone.')
              : msg(str`The only source for ${eventCount(reach.only)}.`)
          }
        </p>
        ${reportedFirstList(index, article.id)}
        <div class="actions">
          ${
            stored
              ? html`<button type="button" @click=${read}>
                  ${msg('Read the article')}<span class="visually-hidden"
                    >: <span lang=${lang}>${article.title}</span></span
                  >
                </button>`
              : nothing
          }
          <button type="button" @click=${(e: Event) => filter(e, false)}>
            ${msg('Show its events')}<span class="visually-hidden">: <span lang=${lang}>${article.title}</span></span>
          </button>
          ${
            reach.only === 0
              ? nothing
              : html`<button type="button" @click=${(e: Event) => filter(e, true)}>
                  ${msg('Show what only it reports')}<span class="visually-hidden"
                    >: <span lang=${lang}>${article.title}</span></span
                  >
                </button>`
          }
        </div>
      </article>
    </li>`;
  }
}
