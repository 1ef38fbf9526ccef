import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { datasetLang, sourceNoun, type DatasetIndex } from '../data/dataset-index.js';
import { GroupStyles } from '../styles/group-styles.js';
import type { LaneMode } from './items.js';
import { localized, msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';
import { statusText } from '../data/labels.js';

/**
 * The key to the timeline's marks, a disclosure on one line where the width allows (open on wide screens, closed on
 * narrow ones, where it would take several lines under the drawing): how dates, statuses, sources, groups and
 * "+N more" are drawn. Static except for the group colours (listed when they are not lanes) and what only some
 * datasets or windows have (open and unknown ends, unsourced events, "+N more").
 */
@customElement('st-timeline-legend')
@localized()
export class StTimelineLegend extends LitElement {
  // Group colours by class (an adopted sheet): a style attribute would be an inline style, which the page's
  // security policy refuses.
  static override styles = css`
    :host {
      display: block;
      font-size: 0.75rem;
      color: var(--st-text-muted);
    }
    details[open] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.15rem 0.6rem;
    }
    summary {
      font-weight: 600;
      color: var(--st-text);
      cursor: pointer;
      border-radius: 3px;
    }
    summary:focus-visible {
      outline: var(--st-focus-width, 3px) solid var(--st-focus, currentColor);
      outline-offset: 2px;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.15rem 0.6rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      white-space: nowrap;
    }
    .glyph {
      color: var(--st-text);
      font-size: 0.9rem;
    }
    .range {
      display: inline-block;
      width: 1.5rem;
      height: 0.7rem;
      border: 1px dashed var(--st-text-muted);
      border-radius: 3px;
      background: linear-gradient(
        90deg,
        transparent,
        var(--st-border-subtle) 30%,
        var(--st-border-subtle) 70%,
        transparent
      );
    }
    .forecast {
      background: repeating-linear-gradient(-45deg, transparent 0 3px, var(--st-border-subtle) 3px 6px);
      border-width: 2px;
    }
    .count {
      padding: 0 0.35em;
      border-radius: 0.65em;
      border: 1px solid var(--st-border-subtle);
      background: var(--st-surface);
    }
    .more {
      padding: 0 0.35em;
      border: 1px solid var(--st-text-muted);
      border-radius: 0.65em;
      background: var(--st-surface);
      color: var(--st-text);
      font-variant-numeric: tabular-nums;
    }
    .swatch {
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      background: var(--group);
    }
    .open {
      background: linear-gradient(90deg, var(--st-border-subtle) 40%, transparent);
      border-right-color: transparent;
    }
    .unknown {
      border-right-style: dotted;
      border-right-width: 2px;
    }
  `;

  /** The dataset, for its groups and what it calls its sources. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** Group colours are listed only when they are not already lanes. */
  @property() lanes: LaneMode = 'groups';

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  /** Whether the timeline shows "+N more" markers (events without room for their titles). */
  @property({ type: Boolean }) more = false;

  /** Open at first on a wide screen; the reader opens or closes it from then on. */
  private readonly openAtFirst = window.matchMedia('(min-width: 40rem)').matches;

  /** Whether the reader has opened or closed it: then it stays as they left it. */
  private touched = false;
  /** The width of the line it shares with the status at which, open, it did not fit there (px). */
  private tooNarrowAt = 0;
  private readonly observer = new ResizeObserver(() => requestAnimationFrame(() => this.fit()));

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this);
    if (this.parentElement) this.observer.observe(this.parentElement);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  /**
   * Open at first, it shares a line with the timeline's status; where it would wrap under it or onto a second line
   * of its own (a longer language, a long status), it closes to "▸ Key" instead, so the timeline keeps that height,
   * and opens again once the line is wider than it was then. Not once the reader has opened or closed it, nor in one
   * lane, where it lists the groups' colours.
   */
  private fit(): void {
    const details = this.renderRoot.querySelector('details');
    const summary = details?.querySelector('summary');
    const line = this.parentElement;
    if (!details || !summary || !line || this.touched || !this.openAtFirst) return;
    const width = line.clientWidth;
    // In one lane the key is the only way to tell the groups' colours: open, on a line of its own if need be.
    if (this.lanes === 'single' && (this.index?.groups.length ?? 0) > 0) {
      details.open = true;
      return;
    }
    if (details.open) {
      const beside = this.previousElementSibling;
      const top = beside ? beside.getBoundingClientRect().top : this.getBoundingClientRect().top;
      const wrapped =
        this.getBoundingClientRect().top > top + summary.offsetHeight / 2 ||
        this.offsetHeight > summary.offsetHeight * 1.5;
      if (wrapped) {
        this.tooNarrowAt = width;
        details.open = false;
      }
    } else if (width > this.tooNarrowAt) {
      details.open = true;
    }
  }

  override render() {
    const index = this.index;
    const groups =
      this.lanes === 'single' && index
        ? index.groups.map(
            (group) =>
              html`<li lang=${datasetLang(index)} dir="auto">
                <span class="swatch group-${group.id}"></span>${group.label}
              </li>`,
          )
        : nothing;
    const dates = index ? index.events.map((event) => index.date.get(event.id)) : [];
    const open = dates.some((date) => date?.openStart === 'open' || date?.openEnd === 'open');
    const unknown = dates.some((date) => date?.openStart === 'unknown' || date?.openEnd === 'unknown');
    const unsourced = index?.events.some((event) => event.unsourced === true) ?? false;
    return html`<details ?open=${this.openAtFirst}>
      <summary id="legend-heading" @click=${() => (this.touched = true)}>${msg('Key')}</summary>
      <ul aria-labelledby="legend-heading">
        <li><span class="glyph" aria-hidden="true">●</span>${msg('on a known day')}</li>
        <li><span class="range" aria-hidden="true"></span>${msg('approximate, uncertain, span')}</li>
        <li><span class="glyph" aria-hidden="true">◐</span>${statusText('claimed').label.toLocaleLowerCase()}</li>
        <li>
          <span class="glyph" aria-hidden="true">◌</span><span class="range forecast" aria-hidden="true"></span>
          <span><em>${statusText('expected').label.toLocaleLowerCase()}</em></span>
        </li>
        <li><span class="glyph" aria-hidden="true">⊘</span>${statusText('denied').label.toLocaleLowerCase()}</li>
        ${open ? html`<li><span class="range open" aria-hidden="true"></span>${msg('open end')}</li>` : nothing}
        ${
          unknown
            ? html`<li><span class="range unknown" aria-hidden="true"></span>${msg('? end unknown')}</li>`
            : nothing
        }
        <li>
          <span class="count" aria-hidden="true">${numberText(2)}</span>${
            index && sourceNoun(index) === 'source' ? msg('sources') : msg('articles')
          }
        </li>
        ${
          unsourced
            ? html`<li><span class="count" aria-hidden="true">${msg('no source')}</span>${msg('none given')}</li>`
            : nothing
        }
        ${
          this.more
            ? html`<li>
                <span class="more" aria-hidden="true">${msg(str`+${numberText(3)} more`)}</span>${msg(
                  'titles that did not fit',
                )}
              </li>`
            : nothing
        }
        ${groups}
      </ul>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-timeline-legend': StTimelineLegend;
  }
}
