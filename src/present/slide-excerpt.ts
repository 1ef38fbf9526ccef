/**
 * The key excerpt of a slide with where it comes from: the article, its outlet and date, how the quote was checked,
 * whom it is attributed to along its chain of sourcing, how many articles and original sources report the event,
 * and the single-source mark. A template function; `st-presentation` styles it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sourceCheckText } from '../components/excerpt.js';
import { singleSourceBadge } from '../components/sourcing-marks.js';
import { articleDateText, articleLang, isStored, type DatasetIndex } from '../data/dataset-index.js';
import { eventSourcingView, viaText } from '../data/sourcing-view.js';
import type { Source, TimelineEvent } from '../data/types.js';
import { hostOf } from '../data/web-url.js';
import { msg } from '@lit/localize';

export function slideExcerpt(index: DatasetIndex, event: TimelineEvent, source: Source | undefined): TemplateResult {
  if (!source)
    return html`<p class="unsourced"><strong>${msg('No source given')}</strong> ${msg('for this event.')}</p>`;
  const article = index.article.get(source.article);
  const via = viaText(index, source);
  const sourcing = eventSourcingView(index, event);
  const check = (stored: boolean) =>
    stored ? sourceCheckText('stored') : source.quote ? sourceCheckText('linked') : sourceCheckText('unquoted');
  return html`<figure class="excerpt">
    ${source.quote ? html`<blockquote lang=${articleLang(index, source.article)} dir="auto">${source.quote}</blockquote>` : nothing}
    <figcaption>
      ${
        article
          ? html`<cite lang=${articleLang(index, article.id)} dir="auto">${article.title}</cite>,
              ${
                article.outlet
                  ? html`<span lang=${articleLang(index, article.id)}>${article.outlet}</span>`
                  : isStored(article)
                    ? msg('outlet not named')
                    : hostOf(article.url ?? '')
              },
              ${articleDateText(index, article)} <span class="check">(${check(isStored(article))})</span>`
          : html`<cite>${source.article}</cite>`
      }
      ${via === undefined ? nothing : html`<span class="via">${via}.</span>`}
      <span class="more">${sourcing.count}.</span> ${singleSourceBadge(sourcing)}
    </figcaption>
  </figure>`;
}
