import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Problem } from '../data/types.js';

/** How many problems are listed; the rest are counted. `npm run check-data` prints them all. */
const SHOWN = 20;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Says why a dataset could not be shown: the problems found in it, each with the
 * JSON path where it was found, so whoever edits the data can fix them.
 *
 * @cssprop --st-error - Text and border colour.
 * @cssprop --st-error-bg - Background colour.
 * @cssprop --st-text - Colour of the problem messages.
 */
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

  /** What went wrong, in a few words. */
  @property() heading = 'This timeline could not be loaded';

  /** URL of the dataset the problems were found in. */
  @property() source: string | undefined;

  override render() {
    const shown = this.problems.slice(0, SHOWN);
    const more = this.problems.length - shown.length;
    const where = this.source ? html`The data at <code>${this.source}</code>` : 'The data';
    return html`
      <div class="panel" role="alert">
        <h2>${this.heading}</h2>
        <p>
          ${where}
          ${
            this.problems.length === 0
              ? 'could not be read.'
              : html`has ${plural(this.problems.length, 'problem')} to fix before the timeline can be shown.`
          }
        </p>
        ${
          shown.length === 0
            ? nothing
            : html`<ol>
                ${shown.map(
                  (problem) =>
                    html`<li>
                      ${problem.message}${problem.path === '' ? nothing : html` at <code>${problem.path}</code>`}
                    </li>`,
                )}
              </ol>`
        }
        ${more > 0 ? html`<p>… and ${plural(more, 'more problem')}.</p>` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-error-panel': StErrorPanel;
  }
}
