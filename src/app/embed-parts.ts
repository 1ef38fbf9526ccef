/**
 * What embed mode (`?embed=1`) shows instead of the page chrome: a compact header and an
 * attribution line with a link to the full timeline. Template functions used by st-app.
 */
import { html, nothing } from 'lit';
import { articleDateText, articleLang, datasetLang, type DatasetIndex } from '../data/dataset-index.js';
import { hostOf } from '../data/web-url.js';
import { writeState, type AppState } from './app-state.js';
import { msg } from '@lit/localize';

/** Parameters that only mean something inside an embed; dropped from the "full timeline" link. */
const EMBED_ONLY = ['embed', 'title'];

/** The full app's address for the same state: the embed's own address without the embed parameters. */
export function fullTimelineUrl(href: string, state: AppState): string {
  const url = new URL(writeState(href, state));
  for (const name of EMBED_ONLY) url.searchParams.delete(name);
  return url.href;
}

/** A compact header: the journalist's title if given, else the dataset's title for screen readers only. */
export function embedHeader(index: DatasetIndex, title: string | null) {
  return title
    ? html`<header class="embed-header"><h1>${title}</h1></header>`
    : html`<h1 class="visually-hidden">${index.dataset.title}</h1>`;
}

/** "Sources: …" naming every article (or linked page), and the way out to the full timeline (new tab, no opener). */
export function attribution(index: DatasetIndex, fullUrl: string) {
  const articles = index.dataset.articles;
  return html`<footer class="attribution">
    <p>
      ${msg('Sources:')}
      ${articles.map(
        (article, i) =>
          html`<cite lang=${articleLang(index, article.id)} dir="auto">${article.title}</cite> (${
              article.outlet
                ? html`<span lang=${datasetLang(index)}>${article.outlet}</span>`
                : article.file === undefined
                  ? hostOf(article.url ?? '')
                  : msg('outlet not named')
            },
            ${articleDateText(index, article)})${i < articles.length - 1 ? '; ' : '.'}`,
      )}
    </p>
    <p>
      <a href=${fullUrl} target="_blank" rel="noopener noreferrer">${msg('Open the full timeline')}</a>
      ${nothing}
    </p>
  </footer>`;
}

/** The app's address for the embed snippet: the page's folder, with `data` if the address names a dataset. */
export function embedAppUrl(base: string | URL, data: string | null): string {
  const url = new URL('./', base);
  if (data !== null && data.trim() !== '') url.searchParams.set('data', data);
  return url.href;
}
