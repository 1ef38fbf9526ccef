import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { OVERVIEW_STYLE, moveBrush, overviewChart } from '../charts/overview.js';
import { overviewDomain, type OverviewDomain, type OverviewEvent } from '../charts/density.js';
import { clampWindow, shiftWindow, zoomWindow } from '../charts/time-window.js';
import { eventDate, type DatasetIndex } from '../data/dataset-index.js';
import { formatWindow, type TimeWindow } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';
import { emit } from '../events.js';
import { focusRing, hiddenVisually, visuallyHidden } from '../styles/shared-styles.js';
import { WidthController } from './width-controller.js';
import { localized, msg, str } from '@lit/localize';
import { unitWords } from '../charts/unit-words.js';

const styles = css`
  :host {
    display: block;
    color: var(--st-text);
  }
  .strip {
    border-radius: var(--st-radius, 6px);
  }
  .strip svg {
    display: block;
  }
  /* How to use the strip: always its description; shown while it has the keyboard's focus, so it costs no room. */
  .hint {
    margin: 0.15rem 0 0;
    font-size: 0.8rem;
    color: var(--st-text-muted);
  }
  .strip:not(:focus-visible) + .hint {
    ${hiddenVisually}
  }
`;

const toOverview = (index: DatasetIndex, event: TimelineEvent): OverviewEvent => {
  const span = eventDate(index, event);
  return { id: event.id, start: new Date(span.start), end: new Date(span.end), background: event.background };
};

/**
 * A strip of events per week over the whole chronology (per month, year, decade or century for longer ones), with
 * a brush choosing the window the timeline shows. Drag or click on the strip; or focus it and press ← and → to move
 * the window by a week (a month…), + and − to narrow or widen it, Home and End to go to either end.
 *
 * @fires st-window-request - The reader chose a window with the brush or the keys; `window` is not changed.
 * @cssprop --st-accent - Bars and brush.
 * @cssprop --st-focus - Focus ring of the strip.
 */
@customElement('st-overview')
@localized()
export class StOverview extends LitElement {
  static override styles = [focusRing, visuallyHidden, styles, unsafeCSS(OVERVIEW_STYLE)];

  /** The dataset, indexed; it sets the strip's scale, so filtering does not rescale it. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The events to count (the current filter); all of the index's without it. */
  @property({ attribute: false }) events: readonly TimelineEvent[] | undefined;

  /** Height of the strip in px: slim above the timeline. */
  @property({ type: Number }) height = 68;

  /** The window the timeline shows, drawn as the brush; setting it never fires `st-window-request`. */
  @property({ attribute: false }) window: TimeWindow | undefined;

  /** Content width, from the WidthController. */
  @state() private width = 0;

  /** The window last chosen here, shown until the `window` property changes. */
  @state() private current: TimeWindow | undefined;

  private chart: SVGSVGElement | undefined;

  /** The strip's panel and unit, for the keys and the help line; from the whole index, like the chart's scale. */
  private domain: OverviewDomain | undefined;

  private readonly resize = new WidthController(this, (width) => (this.width = width));

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('window')) this.current = this.window;
    const index = this.index;
    if (changed.has('index')) this.domain = index && overviewDomain(index.events.map((e) => toOverview(index, e)));
    if (!index || this.width <= 0) {
      this.chart = undefined;
    } else if (
      changed.has('index') ||
      changed.has('events') ||
      changed.has('width') ||
      changed.has('height') ||
      !this.chart
    ) {
      this.chart = overviewChart(
        (this.events ?? index.events).map((e) => toOverview(index, e)),
        {
          width: this.width,
          height: this.height,
          scaleEvents: index.events.map((e) => toOverview(index, e)),
          window: this.current,
          onBrush: (window) => {
            this.request(window);
          },
        },
      );
    } else if (changed.has('window') || changed.has('current')) {
      moveBrush(this.chart, this.current);
    }
  }

  private request(window: TimeWindow): void {
    this.current = window;
    emit(this, 'st-window-request', { start: window.start, end: window.end });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!this.domain || event.altKey || event.ctrlKey || event.metaKey) return;
    const { main: bounds, unit } = this.domain;
    const window = this.current ?? bounds;
    const length = window.end.getTime() - window.start.getTime();
    let next: TimeWindow;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        next = shiftWindow(window, unit.offset, event.key === 'ArrowLeft' ? -1 : 1, bounds);
        break;
      case '+':
      case '=':
        next = zoomWindow(window, 0.5, bounds, unit.narrowest);
        break;
      case '-':
      case '_':
        next = zoomWindow(window, 2, bounds, unit.narrowest);
        break;
      case 'Home':
      case 'End': {
        const start = event.key === 'Home' ? bounds.start.getTime() : bounds.end.getTime() - length;
        next = clampWindow({ start: new Date(start), end: new Date(start + length) }, bounds);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next.start.getTime() === window.start.getTime() && next.end.getTime() - next.start.getTime() === length) return;
    this.request(next);
  }

  override render() {
    if (!this.index) return nothing;
    const unit = this.domain?.unit.name ?? 'week';
    const { hint, overview } = unitWords(unit);
    return html`
      <div
        class="strip"
        dir="ltr"
        tabindex="0"
        role="group"
        aria-label=${overview}
        aria-describedby="window keys"
        aria-keyshortcuts="ArrowLeft ArrowRight + - Home End"
        @keydown=${this.onKeydown}
      >
        ${this.chart ?? nothing}
      </div>
      <p class="hint" id="keys">${hint}</p>
      <p class="visually-hidden" id="window" aria-live="polite">${this.windowText()}</p>
    `;
  }

  private windowText(): string {
    const window = this.current;
    return window
      ? msg(str`Window: ${formatWindow({ start: window.start.getTime(), end: window.end.getTime() })}.`)
      : msg('No window chosen.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-overview': StOverview;
  }
}
