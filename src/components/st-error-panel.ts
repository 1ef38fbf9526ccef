import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Problem } from '../data/types.js';
import { numberText, plural } from '../i18n/plural.js';

/** How many problems are listed; the rest are counted. `npm run check-data` prints them all. */
const SHOWN = 20;

/** "has 3 problems to fix before the timeline can be shown." */
function problemsText(n: number): string {
  const count = numberText(n);
  return plural(n, {
    one: msg(str`has ${count} problem to fix before the timeline can be shown.`, { id: 'n-problems-to-fix.one' }),
    few: msg(str`has ${count} problems to fix before the timeline can be shown.`, { id: 'n-problems-to-fix.few' }),
    many: msg(str`has ${count} problems to fix before the timeline can be shown.`, { id: 'n-problems-to-fix.many' }),
    other: msg(str`has ${count} problems to fix before the timeline can be shown.`, {
      id: 'n-problems-to-fix.other',
    }),
  });
}

/** "… and 5 more problems." */
function moreText(n: number): string {
  const count = numberText(n);
  return plural(n, {
    one: msg(str`… and ${count} more problem.`, { id: 'n-more-problems.one' }),
    few: msg(str`… and ${count} more problems.`, { id: 'n-more-problems.few' }),
    many: msg(str`… and ${count} more problems.`, { id: 'n-more-problems.many' }),
    other: msg(str`… and ${count} more problems.`, { id: 'n-more-problems.other' }),
  });
}

/**
 * Says why a dataset could not be shown: the problems found in it, each with the
 * JSON path where it was found, so whoever edits the data can fix them. Its own words are in the interface
 * language; the problems are in `problemsLang` (the dataset's validation speaks English, as `npm run check-data`).
 *
 * @cssprop --st-error - Text and border colour.
 * @cssprop --st-error-bg - Background colour.
 * @cssprop --st-text - Colour of the problem messages.
 */
@localized()
@customElement('st-error-panel')
export class StErrorPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .panel {
      color: var(--st-text);
      background: var(--st-error-bg);
      border: 1px solid var(--st-error);
      border-inline-start-width: 0.4rem;
      border-radius: var(--st-radius, 6px);
      padding: var(--st-space, 0.75rem) calc(var(--st-space, 0.75rem) * 1.5);
      overflow-wrap: anywhere;
    }
    h2 {
      color: var(--st-error);
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    p {
      margin: 0.5rem 0;
    }
    ol {
      margin: 0.5rem 0;
      padding-inline-start: 1.5rem;
    }
    li + li {
      margin-top: 0.35rem;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace;
      font-size: 0.9em;
      color: var(--st-text-muted);
    }
  `;

  /** Every problem found; the first 20 are listed. */
  @property({ attribute: false }) problems: readonly Problem[] = [];

  /** What went wrong, in a few words (by default, that the timeline could not be loaded). */
  @property() heading: string | undefined;

  /** The language of the problems' messages, marked on the list; none when they are in the interface language. */
  @property({ attribute: 'problems-lang' }) problemsLang: string | undefined = 'en';

  /** URL of the dataset the problems were found in. */
  @property() source: string | undefined;

  override render() {
    const shown = this.problems.slice(0, SHOWN);
    const more = this.problems.length - shown.length;
    const source = html`<code>${this.source}</code>`;
    const where = this.source ? msg(html`The data at ${source}`) : msg('The data');
    return html`
      <div class="panel" role="alert">
        <h2>${this.heading ?? msg('This timeline could not be loaded')}</h2>
        <p>${where} ${this.problems.length === 0 ? msg('could not be read.') : problemsText(this.problems.length)}</p>
        ${
          shown.length === 0
            ? nothing
            : html`<ol lang=${this.problemsLang ?? nothing}>
                ${shown.map(
                  (problem) =>
                    html`<li>
                      ${problem.message}${problem.path === '' ? nothing : html` at <code>${problem.path}</code>`}
                    </li>`,
                )}
              </ol>`
        }
        ${more > 0 ? html`<p>${moreText(more)}</p>` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-error-panel': StErrorPanel;
  }
}
