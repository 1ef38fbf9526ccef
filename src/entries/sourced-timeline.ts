/**
 * `<sourced-timeline>`: the whole timeline as one element, for sites that would rather paste a script tag than an
 * iframe. Built on its own into `dist/sourced-timeline.js` (vite.lib.config.ts); see docs/decisions/0008-script-tag-element.md.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { applyTheme, themeFromParams } from '../styles/apply-theme.js';
import { hostTheme } from '../styles/host-theme.js';
import '../app/st-app.js';

/** Without `src`: the dataset published beside this script, as the build lays it out (`dist/data/`). */
const DATASET_BESIDE_SCRIPT = 'data/events.json';

/**
 * The timeline inside someone else's page. It keeps the reader's state (view, filters, selection) in memory, never
 * in the page's address, and brings its own theme on its shadow root: neither the page nor the timeline restyles
 * the other. Attributes can change at any time.
 *
 * @cssprop --st-accent - Links, chosen tabs, pressed buttons (the `accent` attribute sets it, kept readable).
 * @cssprop --st-bg - Background; every `--st-*` property of theme.css can be set on the element.
 */
@customElement('sourced-timeline')
export class SourcedTimeline extends LitElement {
  static override styles = [
    hostTheme,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
    `,
  ];

  /** URL of the dataset (`events.json`), relative to the page; article files are read relative to it. */
  @property() src = '';

  /** The view to open: `timeline`, `list`, `claims` or `sources`. Without it, the list on narrow screens. */
  @property() view = '';

  /** The id of the event to select on opening. */
  @property() event = '';

  /** "As known on": `YYYY-MM-DD`, to show only what had been reported by the end of that day. */
  @property() asof = '';

  /** `light` (the default), `dark`, or `auto` to follow the reader's system setting. */
  @property() theme = '';

  /** Accent colour as hex, with or without `#` (`c0392b`); made darker or lighter if needed to stay readable. */
  @property() accent = '';

  /** The interface language: `en`, `uk` or `ko` (else the reader's browser preference, else English). */
  @property({ attribute: 'lang' }) language = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') || changed.has('accent')) {
      applyTheme(this, themeFromParams(new URLSearchParams({ theme: this.theme, accent: this.accent })));
    }
  }

  protected override render() {
    const query = new URLSearchParams();
    if (this.view) query.set('view', this.view);
    if (this.event) query.set('event', this.event);
    if (this.asof) query.set('asof', this.asof);
    if (this.language) query.set('lang', this.language);
    const src = this.src || new URL(DATASET_BESIDE_SCRIPT, import.meta.url).href;
    // A new view or event from the page is applied in place: the app keeps its dataset and the reader's filters.
    return html`<st-app state-in="memory" .query=${query.toString()} src=${src}></st-app>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sourced-timeline': SourcedTimeline;
  }
}
