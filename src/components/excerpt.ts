/**
 * One excerpt with its attribution, the template the details panel and the list share (a template function, so
 * each element keeps its own styles). It says which kind of source it is:
 * - a stored article: the quote was checked word for word against the article's text; "Show in article" opens it;
 * - a linked page: the quote is the dataset's, not checked here; the link opens the page (at the passage, with a
 *   URL text fragment) in a new tab, and names the site it leads to.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { articleDateText, articleLang, datasetLang, isStored, type DatasetIndex } from '../data/dataset-index.js';
import { viaText } from '../data/sourcing-view.js';
import { textFragmentUrl } from '../data/text-fragment.js';
import type { QuoteCheck } from '../data/quote-checks.js';
import type { Source, TimelineEvent } from '../data/types.js';
import { hostOf } from '../data/web-url.js';
import { emit } from '../events.js';
import { clockStyles, possiblyMark } from './two-clocks.js';
import { msg, str } from '@lit/localize';
import { wordTable } from '../i18n/word-table.js';

/** Renders text, optionally with search terms marked. */
export type TextRenderer = (text: string) => unknown;

/** The words shown for each kind of source. */
export const sourceCheckText = wordTable<'stored' | 'checking' | 'linked' | 'unquoted'>(() => ({
  stored: msg('checked against the stored article'),
  checking: msg('being checked against the stored article…'),
  linked: msg('quoted from the linked page, not checked here'),
  unquoted: msg('no quote given; see the linked page'),
}));

/** What an excerpt of a stored article says of its check, as it stands; a mismatch is marked in words, not colour only. */
function storedCheck(check: QuoteCheck) {
  switch (check.state) {
    case 'found':
      return html`<span class="check">(${sourceCheckText('stored')})</span>`;
    case 'checking':
      return html`<span class="check">(${sourceCheckText('checking')})</span>`;
    case 'mismatch':
      return html`<strong class="check mismatch">${msg('Not found word for word in the stored article')}</strong>
        <span class="check">(${check.message})</span>`;
    case 'unread':
      return html`<strong class="check mismatch">${msg('Not checked: the stored article could not be read')}</strong>`;
  }
}

export function excerptItem(index: DatasetIndex, source: Source, text: TextRenderer = (t) => t): TemplateResult {
  const article = index.article.get(source.article);
  const stored = article !== undefined && isStored(article);
  // Sent from the button itself, so `composedPath()[0]` names the opener focus should return to
  // (Safari does not focus buttons on click, so the focused element cannot be relied on).
  const open = (e: Event) => {
    if (e.currentTarget) emit(e.currentTarget, 'st-open-article', { article: source.article, quote: source.quote });
  };
  const check = index.checks.of(source);
  const caption = stored
    ? storedCheck(source.quote === undefined ? { state: 'found' } : check)
    : html`<span class="check">(${source.quote ? sourceCheckText('linked') : sourceCheckText('unquoted')})</span>`;
  const href = !stored && article?.url ? textFragmentUrl(article.url, source.quote) : undefined;
  const via = viaText(index, source);
  const mismatch = stored && (check.state === 'mismatch' || check.state === 'unread');
  return html`<li class="${stored ? 'stored' : 'linked'}${mismatch ? ' mismatch' : ''}">
    <figure>
      ${source.quote ? html`<blockquote lang=${articleLang(index, source.article)} dir="auto">${text(source.quote)}</blockquote>` : nothing}
      <figcaption>
        ${
          article
            ? html`<cite lang=${articleLang(index, article.id)} dir="auto">${article.title}</cite>${
                  article.titleIsDescriptive ? msg(' (descriptive title)') : nothing
                },
                ${
                  article.outlet
                    ? html`<span lang=${datasetLang(index)}>${article.outlet}</span>`
                    : stored
                      ? msg('outlet not named')
                      : hostOf(article.url ?? '')
                },
                ${articleDateText(index, article)}${possiblyMark(index, 'article', article.id)}`
            : html`<cite>${source.article}</cite>`
        }
        ${caption} ${via === undefined ? nothing : html`<span class="via">${via}.</span>`}
      </figcaption>
    </figure>
    ${
      stored
        ? html`<button type="button" @click=${open}>
            ${msg('Show in article')}<span class="visually-hidden"
              >: <span lang=${articleLang(index, article.id)}>${article.title}</span></span
            >
          </button>`
        : href
          ? html`<a class="external" href=${href} target="_blank" rel="noopener noreferrer"
                >${source.quote ? msg('Open the page at this passage') : msg('Open the page')}<span
                  class="visually-hidden"
                  >${msg(str`: ${article?.title ?? ''}, in a new tab`)}</span
                ></a
              >
              <span class="host">${hostOf(href)} ↗</span>`
          : nothing
    }
  </li>`;
}

/** The mark of an event the dataset gives no source for, shown wherever the event is. */
export function unsourcedMark(event: TimelineEvent): TemplateResult | typeof nothing {
  return event.unsourced
    ? html`<p class="unsourced"><strong>${msg('No source given')}</strong> ${msg('for this event.')}</p>`
    : nothing;
}

/** Styles of `excerptItem` and `unsourcedMark`, for the elements that use them. */
export const excerptStyles = css`
  ${clockStyles}
  .excerpts > li {
    margin: 0 0 0.9rem;
  }
  figure {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding-block: 0.15rem;
    padding-inline: 0.85rem 0;
    border-inline-start: 3px solid var(--st-border);
    font-family: var(--st-font-serif);
    font-size: 1.05rem;
  }
  .linked blockquote {
    border-inline-start-style: dashed;
  }
  .mismatch blockquote {
    border-inline-start: 4px double var(--st-error);
  }
  strong.mismatch {
    color: var(--st-error);
  }
  figcaption {
    font-size: 0.9rem;
    margin-block: 0.3rem 0.4rem;
    margin-inline: 0.85rem 0;
  }
  cite {
    font-style: italic;
    color: var(--st-text);
  }
  .via {
    display: block;
  }
  .excerpts button,
  .excerpts a.external {
    margin-inline-start: 0.85rem;
  }
  .excerpts a.external {
    color: var(--st-accent);
  }
  .host {
    font-size: 0.85rem;
    color: var(--st-text-muted);
    margin-inline-start: 0.35rem;
  }
  .unsourced {
    padding: 0.3rem 0.6rem;
    border: var(--st-line-width, 1px) dashed var(--st-border);
    border-radius: var(--st-radius, 6px);
  }
`;
