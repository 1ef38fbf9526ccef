import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { articleDateText, articleLang, datasetLang } from '../data/dataset-index.js';
import { segmentArticle, type ExcerptParagraph } from '../data/excerpt.js';
import type { Article } from '../data/types.js';
import { styles } from './st-article-viewer.styles.js';
import { webUrl } from '../data/web-url.js';
import { deepActiveElement } from './focus.js';
import { ModalController } from './modal-controller.js';
import { scrollBehavior } from '../styles/motion.js';
import { QuotingElement } from './quoting-element.js';
import { localized, msg, str } from '@lit/localize';

declare global {
  interface HTMLElementTagNameMap {
    'st-article-viewer': StArticleViewer;
  }
}

/**
 * A modal dialog showing one article in full, with its excerpts marked and the one
 * asked for scrolled into view. Esc, the Close button or a click outside closes it,
 * and focus goes back to where it was.
 *
 * @cssprop --st-mark-bg - Background of marked excerpts.
 * @cssprop --st-mark-text - Text colour of marked excerpts.
 * @cssprop --st-mark-muted-bg - Background of the article's other excerpts (under --st-text).
 * @cssprop --st-shadow - Shadow of the dialog.
 * @cssprop --st-backdrop - The dimmed page behind the dialog.
 * @cssprop --st-surface-raised - Dialog background.
 * @cssprop --st-text-muted - Publication details and notes.
 */
@customElement('st-article-viewer')
@localized()
export class StArticleViewer extends QuotingElement {
  static override styles = styles;

  @state() private articleId: string | undefined;
  @state() private quote: string | undefined;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @query('.body') private body!: HTMLElement | null;

  /** Who opened it, and focus back there on close. */
  private readonly modal = new ModalController(this);

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.dialog?.open === true;
  }

  /**
   * Shows an article, with `quote` (verbatim) highlighted and scrolled to.
   * Focus returns to `opener` on close, else to whatever had it now.
   */
  async open(articleId: string, quote?: string, opener?: HTMLElement): Promise<void> {
    const from = opener ?? deepActiveElement();
    this.articleId = articleId;
    this.quote = quote;
    await this.updateComplete;
    if (!this.dialog || !this.body) return;
    if (!this.dialog.open) {
      this.modal.opened(from);
      this.dialog.showModal();
    }
    const active = this.renderRoot.querySelector('mark.active');
    if (active) active.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    else this.body.scrollTop = 0;
  }

  /** Closes the dialog; focus goes back as on Esc. */
  close(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    // The close event comes a task later; callers of close() can expect focus back at once.
    this.modal.closed();
  }

  private onClick(e: MouseEvent): void {
    // The dialog's own box is only the target outside its content, i.e. on the backdrop.
    if (e.target === e.currentTarget) this.close();
  }

  override render() {
    const article = this.articleId === undefined ? undefined : this.index?.article.get(this.articleId);
    return html`<dialog
      aria-labelledby="title"
      @close=${() => this.modal.closed()}
      @click=${(e: MouseEvent) => this.onClick(e)}
    >
      <header>
        <h2 id="title" lang=${article && this.index ? articleLang(this.index, article.id) : nothing} dir="auto">
          ${article?.title ?? msg('Article not found')}
        </h2>
        <button type="button" class="close" @click=${() => this.close()}>${msg('Close')}</button>
      </header>
      <div class="body" tabindex="0" role="region" aria-label=${msg('Article')}>
        ${article ? this.renderArticle(article) : this.renderMissing()}
      </div>
    </dialog>`;
  }

  private renderMissing() {
    return html`<p>${msg(str`There is no article “${this.articleId ?? ''}” in this timeline.`)}</p>`;
  }

  private renderArticle(article: Article) {
    const index = this.index;
    const text = index?.texts.get(article.id);
    const url = webUrl(article.url);
    const quotes = this.quotesIn(article.id);
    const paragraphs = text === undefined ? [] : segmentArticle(text, quotes, this.quote);
    const found = this.quote === undefined || paragraphs.some((p) => p.some((s) => s.active));
    const lang = index ? datasetLang(index) : nothing;
    return html`
      <dl class="about">
        ${
          article.titleIsDescriptive
            ? html`<div>
                <dt>${msg('Title')}</dt>
                <dd>${msg('Descriptive: the article has no title of its own')}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${msg('Outlet')}</dt>
          <dd>${article.outlet ?? msg('Not named in the article')}</dd>
        </div>
        <div>
          <dt>${msg('Published')}</dt>
          <dd>
            ${index ? articleDateText(index, article, 'long') : (article.published ?? msg('date not given'))}
            ${
              article.publishedBasis
                ? html`<span class="basis"
                    >${msg('Basis:')} <span lang=${lang} dir="auto">${article.publishedBasis}</span></span
                  >`
                : nothing
            }
          </dd>
        </div>
        ${
          url
            ? html`<div>
                <dt>${msg('Source')}</dt>
                <dd><a href=${url} target="_blank" rel="noopener noreferrer">${url}</a></dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        article.notes.length > 0
          ? html`<h3>${msg('Notes')}</h3>
              <ul class="notes" lang=${lang} dir="auto">
                ${article.notes.map((note) => html`<li>${note}</li>`)}
              </ul>`
          : nothing
      }
      <h3>${msg('Full text')}</h3>
      ${found ? nothing : html`<p class="warning">${msg('The excerpt was not found in this text.')}</p>`}
      ${
        text === undefined
          ? html`<p class="warning">${msg('The text of this article is not available.')}</p>`
          : html`<div
              class="text"
              lang=${index ? articleLang(index, article.id) : (article.language ?? nothing)}
              dir="auto"
            >
              ${paragraphs.map(renderParagraph)}
            </div>`
      }
    `;
  }

  /** Every excerpt the dataset takes from an article, so the reader sees all that was used. */
  private quotesIn(articleId: string): string[] {
    const dataset = this.index?.dataset;
    if (!dataset) return [];
    const sources = [...dataset.events.flatMap((e) => e.sources), ...dataset.claims.map((c) => c.source)];
    return sources.flatMap((s) => (s.article === articleId && s.quote !== undefined ? [s.quote] : []));
  }
}

function renderParagraph(paragraph: ExcerptParagraph) {
  return html`<p>
    ${paragraph.map((s) => (s.mark ? html`<mark class=${s.active ? 'active' : 'other'}>${s.text}</mark>` : s.text))}
  </p>`;
}
