/**
 * One verbatim excerpt with its attribution and a "Show in article" button: the template the
 * details panel and the list share. A template function, so each element keeps its own styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { articleDate, type DatasetIndex } from '../data/dataset-index.js';
import { formatDateSpan } from '../data/dates.js';
import type { Source } from '../data/types.js';
import { stEvent } from '../events.js';

/** Renders text, optionally with search terms marked. */
export type TextRenderer = (text: string) => unknown;

export function excerptItem(index: DatasetIndex, source: Source, text: TextRenderer = (t) => t): TemplateResult {
  const article = index.article.get(source.article);
  // Sent from the button itself, so `composedPath()[0]` names the opener focus should return to
  // (Safari does not focus buttons on click, so the focused element cannot be relied on).
  const open = (e: Event) => {
    e.currentTarget?.dispatchEvent(stEvent('st-open-article', { article: source.article, quote: source.quote }));
  };
  return html`<li>
    <figure>
      <blockquote>${text(source.quote)}</blockquote>
      <figcaption>
        ${
          article
            ? html`<cite>${article.title}</cite>${article.titleIsDescriptive ? ' (descriptive title)' : nothing},
                ${article.outlet ?? 'outlet not named'}, ${formatDateSpan(articleDate(index, article))}`
            : html`<cite>${source.article}</cite>`
        }
      </figcaption>
    </figure>
    <button type="button" @click=${open}>
      Show in article<span class="visually-hidden">: ${article?.title ?? source.article}</span>
    </button>
  </li>`;
}

/** Styles of `excerptItem`, for the elements that use it. */
export const excerptStyles = css`
  .excerpts > li {
    margin: 0 0 0.9rem;
  }
  figure {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding: 0.15rem 0 0.15rem 0.85rem;
    border-left: 3px solid var(--st-border);
    font-family: var(--st-font-serif);
    font-size: 1.05rem;
  }
  figcaption {
    font-size: 0.9rem;
    margin: 0.3rem 0 0.4rem 0.85rem;
  }
  cite {
    font-style: italic;
    color: var(--st-text);
  }
  .excerpts button {
    margin-left: 0.85rem;
  }
`;
