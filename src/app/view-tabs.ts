/**
 * The view switcher as an ARIA tab list. A template function, not an element, so that the
 * tabs and their panels share one shadow root (aria-controls and aria-labelledby are IDREFs).
 */
import { html } from 'lit';
import { VIEWS, type View } from './app-state.js';

export const VIEW_LABELS: Readonly<Record<View, string>> = {
  timeline: 'Timeline',
  list: 'List',
  claims: 'Claims',
  sources: 'Sources',
};

export const tabId = (view: View): string => `tab-${view}`;
export const panelId = (view: View): string => `panel-${view}`;

/** Tabs with automatic activation: arrows, Home and End move and select. */
export function viewTabs(current: View, choose: (view: View, focus: boolean) => void) {
  const onKeydown = (event: KeyboardEvent) => {
    const at = VIEWS.indexOf(current);
    const to: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const view = VIEWS[(target + VIEWS.length) % VIEWS.length];
    if (view) choose(view, true);
  };
  return html`<div role="tablist" aria-label="Views" class="tabs" @keydown=${onKeydown}>
    ${VIEWS.map(
      (view) =>
        html`<button
          type="button"
          role="tab"
          id=${tabId(view)}
          aria-controls=${panelId(view)}
          aria-selected=${view === current ? 'true' : 'false'}
          tabindex=${view === current ? 0 : -1}
          @click=${() => choose(view, false)}
        >
          ${VIEW_LABELS[view]}
        </button>`,
    )}
  </div>`;
}
