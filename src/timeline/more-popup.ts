/**
 * The list a "+N more" marker opens: the events it gathers, each a button that selects it, in a small non-modal
 * dialog anchored to the marker inside the timeline's shadow root. Esc closes it and gives focus back to the marker;
 * so does a click outside it that lands on nothing focusable; Tab out of it closes it. A lit controller: its host
 * renders `render()` beside the canvas (so the canvas's keys never see the list's) and calls `sync()` when the
 * drawing changes. See docs/decisions/0017-legible-timeline.md.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Marker } from './placement.js';
import { numberText } from '../i18n/plural.js';
import { msg, str } from '@lit/localize';

/** At most this many events are listed; a marker that gathers more offers to zoom in on them all. */
export const MORE_LISTED = 50;

/** One event in the list. */
export interface MoreEntry {
  id: string;
  date: string;
  title: string;
  /** The title's language (the dataset's). */
  lang: string;
}

/** What the popup reads from its host, and asks of it. */
export interface MoreSource {
  /** The events a marker gathers, in date order. */
  entries(marker: Marker): MoreEntry[];
  /** The marker's name: "12 more events, 20 – 22 October 2024, Harbour". */
  label(marker: Marker): string;
  /** An entry was chosen: select the event (and bring it into view). */
  select(id: string): void;
  /** Show the marker's events by zooming in on them. */
  zoomTo(marker: Marker): void;
}

interface Opened {
  marker: Marker;
  anchor: HTMLElement;
  label: string;
  entries: MoreEntry[];
  /** Placed and focused once drawn. */
  placed: boolean;
}

const FOCUSABLE = 'button, a[href], input, select, textarea, summary, [tabindex]';

export class MorePopup implements ReactiveController {
  private opened: Opened | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: MoreSource,
  ) {
    host.addController(this);
  }

  /** The marker whose list is open. */
  get openFor(): string | undefined {
    return this.opened?.marker.id;
  }

  /** Opens the list of a marker (drawn as `anchor`), or closes it when it is already open. */
  toggle(anchor: HTMLElement, marker: Marker): void {
    if (this.opened?.marker.id === marker.id) {
      this.close(true);
      return;
    }
    if (this.opened) this.close(false);
    this.opened = {
      marker,
      anchor,
      label: this.source.label(marker),
      entries: this.source.entries(marker),
      placed: false,
    };
    anchor.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', this.onPointerdown, true);
    this.host.requestUpdate();
  }

  /** Closes the list; `restore` gives focus back to the marker. */
  close(restore: boolean): void {
    const opened = this.opened;
    if (!opened) return;
    this.opened = undefined;
    document.removeEventListener('pointerdown', this.onPointerdown, true);
    opened.anchor.setAttribute('aria-expanded', 'false');
    if (restore && opened.anchor.isConnected) opened.anchor.focus();
    this.host.requestUpdate();
  }

  /** The drawing changed: a list whose marker is gone closes (focus, if it was in the list, goes to `fallback`). */
  sync(fallback: () => HTMLElement): void {
    const opened = this.opened;
    if (!opened || opened.anchor.isConnected) return;
    const inside = this.element()?.contains(this.host.shadowRoot?.activeElement ?? null) ?? false;
    this.close(false);
    if (inside) fallback().focus();
  }

  hostUpdated(): void {
    const opened = this.opened;
    const popup = this.element();
    if (!opened || !popup || opened.placed) return;
    opened.placed = true;
    // Anchored below the marker (above it when there is more room there), kept inside the timeline's width.
    // CSSOM, which the page's Content-Security-Policy allows.
    const stage = popup.offsetParent?.getBoundingClientRect() ?? this.host.getBoundingClientRect();
    const anchor = opened.anchor.getBoundingClientRect();
    const width = popup.offsetWidth;
    const height = popup.offsetHeight;
    const left = Math.max(0, Math.min(anchor.left - stage.left, stage.width - width));
    const below = anchor.bottom - stage.top + 4;
    const above = anchor.top - stage.top - height - 4;
    const room = window.innerHeight - anchor.bottom;
    popup.style.left = `${left}px`;
    popup.style.top = `${room < height + 8 && above >= -stage.top ? above : below}px`;
    popup.querySelector<HTMLElement>('button')?.focus();
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerdown, true);
    this.opened = undefined;
  }

  render() {
    const opened = this.opened;
    if (!opened) return nothing;
    const total = opened.marker.ids.length;
    const listed = opened.entries.slice(0, MORE_LISTED);
    return html`<div
      class="more-popup"
      role="dialog"
      aria-labelledby="more-heading"
      @keydown=${this.onKeydown}
      @focusout=${this.onFocusout}
    >
      <p id="more-heading" class="more-heading">${opened.label}</p>
      <ul>
        ${listed.map(
          (entry) =>
            html`<li>
              <button type="button" @click=${() => this.choose(entry.id)}>
                <span class="more-date">${entry.date}</span>
                <span class="more-title" lang=${entry.lang} dir="auto">${entry.title}</span>
              </button>
            </li>`,
        )}
      </ul>
      ${
        total > listed.length
          ? html`<button type="button" class="more-zoom" @click=${() => this.zoom(opened.marker)}>
              ${msg(str`Zoom in to see all ${numberText(total)}`)}
            </button>`
          : nothing
      }
    </div>`;
  }

  private element(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.more-popup');
  }

  private choose(id: string): void {
    this.close(false);
    this.source.select(id);
  }

  private zoom(marker: Marker): void {
    this.close(true);
    this.source.zoomTo(marker);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const buttons = [...(this.element()?.querySelectorAll<HTMLElement>('button') ?? [])];
    const at = buttons.indexOf(this.host.shadowRoot?.activeElement as HTMLElement);
    const to = (i: number) => buttons[Math.max(0, Math.min(buttons.length - 1, i))]?.focus();
    switch (event.key) {
      case 'Escape':
        this.close(true);
        break;
      case 'ArrowDown':
        to(at + 1);
        break;
      case 'ArrowUp':
        to(at - 1);
        break;
      case 'Home':
        to(0);
        break;
      case 'End':
        to(buttons.length - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /** Tab (or Shift+Tab) out of the list closes it, focus going where the reader sent it (the page's end too). */
  private readonly onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const popup = this.element();
    if (popup && !(next && popup.contains(next)) && next !== this.opened?.anchor) this.close(false);
  };

  /** A press outside the list closes it; focus goes back to the marker unless the press lands on a control. */
  private readonly onPointerdown = (event: PointerEvent): void => {
    const opened = this.opened;
    const popup = this.element();
    const path = event.composedPath();
    if (!opened || (popup && path.includes(popup)) || path.includes(opened.anchor)) return;
    const onControl = path.some((node) => node instanceof Element && node.matches(FOCUSABLE));
    this.close(!onControl);
  };
}

/** The list's look, adopted by the host's shadow root. */
export const morePopupStyles = css`
  .stage {
    position: relative;
  }
  .more-popup {
    position: absolute;
    z-index: 10;
    box-sizing: border-box;
    width: min(24rem, 100%);
    max-height: min(22rem, 70vh);
    overflow: auto;
    padding: 0.4rem;
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius);
    background: var(--st-surface-raised, var(--st-bg));
    color: var(--st-text);
    box-shadow: 0 4px 16px var(--st-shadow);
    font-size: 0.85rem;
  }
  .more-heading {
    margin: 0.1rem 0.3rem 0.3rem;
    font-weight: 600;
    font-size: 0.8rem;
  }
  .more-popup ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .more-popup li button {
    display: block;
    width: 100%;
    min-height: 1.75rem;
    padding: 0.25rem 0.4rem;
    border: none;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .more-popup li button:hover {
    background: var(--st-surface);
  }
  .more-date {
    color: var(--st-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .more-zoom {
    margin: 0.4rem 0.3rem 0.2rem;
  }
`;
