import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events.js';
import type { LaneMode, WindowPreset } from './items.js';
import { hiddenVisually } from '../styles/shared-styles.js';
import { localized, msg } from '@lit/localize';

/**
 * The timeline's buttons, for pointer users what the keys do on the canvas (WCAG 2.5.7: dragging is never the only
 * way): zoom, fit all, move earlier or later, the dataset's windows, and lanes by group. It only asks; the
 * `st-timeline` around it acts.
 *
 * Drawn in the light DOM, so that its buttons sit in the timeline's shadow root with the timeline's button styles
 * and theme, and are found there as before (tests, assistive technology, the e2e selectors). The host adopts
 * `toolbarStyles`.
 *
 * @fires st-zoom - zoom in (`fraction` > 0) or out (< 0)
 * @fires st-pan - move earlier (`fraction` < 0) or later, by a fraction of the window
 * @fires st-fit - show every event
 * @fires st-preset - show one of the dataset's windows; detail `{id}`
 * @fires st-lanes - one lane per group, or a single lane; detail `{lanes}`
 * @fires st-first-reports - draw or hide the first-report ticks; detail: whether to draw them
 */
@customElement('st-timeline-toolbar')
@localized()
export class StTimelineToolbar extends LitElement {
  /** The dataset's windows, one button each. */
  @property({ attribute: false }) presets: readonly WindowPreset[] = [];
  /** The language of the dataset's words (the presets' labels, its word for groups). */
  @property({ attribute: false }) lang_: string | undefined;

  /** The lane mode now, which the lanes button shows pressed or not. */
  @property() lanes: LaneMode = 'groups';

  /** What the dataset calls its groups ("Party"); without it (a dataset without groups) there is no lanes button. */
  @property({ attribute: false }) groupsNoun: string | undefined;

  /** Whether the first-report ticks are drawn, which the "First reports" button shows pressed or not. */
  @property({ type: Boolean, attribute: false }) firstReports = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const presets = this.presets.map(
      (preset) =>
        html`<button
          type="button"
          lang=${this.lang_ ?? nothing}
          @click=${() => emit(this, 'st-preset', { id: preset.id })}
        >
          ${preset.label}
        </button>`,
    );
    const zoom = (fraction: number) => () => emit(this, 'st-zoom', { fraction });
    const pan = (fraction: number) => () => emit(this, 'st-pan', { fraction });
    const lanes: LaneMode = this.lanes === 'groups' ? 'single' : 'groups';
    return html`
      <div class="group" role="group" aria-label=${msg('Zoom')}>
        <button type="button" aria-label=${msg('Zoom in')} title=${msg('Zoom in (+)')} @click=${zoom(0.5)}>+</button>
        <button type="button" aria-label=${msg('Zoom out')} title=${msg('Zoom out (−)')} @click=${zoom(-1)}>−</button>
        <button type="button" @click=${() => emit(this, 'st-fit', undefined)}>${msg('Fit all')}</button>
      </div>
      <div class="group" role="group" aria-label=${msg('Move')}>
        <button type="button" aria-label=${msg('Earlier')} title=${msg('Earlier (←)')} @click=${pan(-0.3)}>
          ←<span class="word">${msg('Earlier')}</span>
        </button>
        <button type="button" aria-label=${msg('Later')} title=${msg('Later (→)')} @click=${pan(0.3)}>
          <span class="word">${msg('Later')}</span>→
        </button>
      </div>
      ${presets.length ? html`<div class="group" role="group" aria-label=${msg('Jump to')}>${presets}</div>` : nothing}
      ${
        this.groupsNoun === undefined
          ? nothing
          : html`<button
              type="button"
              aria-pressed=${this.lanes === 'groups' ? 'true' : 'false'}
              @click=${() => emit(this, 'st-lanes', { lanes })}
            >
              ${msg('Lanes by')} <span lang=${this.lang_ ?? nothing}>${this.groupsNoun.toLowerCase()}</span>
            </button>`
      }
      <button
        type="button"
        class="first-reports-toggle"
        aria-pressed=${this.firstReports ? 'true' : 'false'}
        @click=${() => emit(this, 'st-first-reports', !this.firstReports)}
      >
        ${msg('First reports')}
      </button>
    `;
  }
}

/** The toolbar's layout, adopted by the shadow root it is drawn in. */
export const toolbarStyles = css`
  st-timeline-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin-bottom: 0.5rem;
    container-type: inline-size;
  }
  /* Beside the details, Earlier and Later keep their arrows (and names) so the buttons stay on one line. */
  @container (max-width: 60rem) {
    st-timeline-toolbar .word {
      ${hiddenVisually}
    }
  }
  st-timeline-toolbar .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'st-timeline-toolbar': StTimelineToolbar;
  }
}
