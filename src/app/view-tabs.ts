/**
 * The view switcher as an ARIA tab list. A template function, not an element, so that the
 * tabs and their panels share one shadow root (aria-controls and aria-labelledby are IDREFs).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { VIEWS, type View } from './app-state.js';
import { msg } from '@lit/localize';
import { wordTable } from '../i18n/word-table.js';

/** Each view's name, as on its tab. */
export const viewLabel = wordTable<View>(() => ({
  timeline: msg('Timeline'),
  list: msg('List'),
  claims: msg('Claims'),
  sources: msg('Sources'),
}));

export const tabId = (view: View): string => `tab-${view}`;
export const panelId = (view: View): string => `panel-${view}`;

/** Tabs with automatic activation: arrows, Home and End move and select. */
export function viewTabs(current: View, choose: (view: View, focus: boolean) => void) {
  const onKeydown = (event: KeyboardEvent) => {
    const at = VIEWS.indexOf(current);
    // Right to left, the next tab is on the left (the tabs are laid out in the writing direction).
    const rtl = event.currentTarget instanceof Element && getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = rtl ? -1 : 1;
    const to: Record<string, number> = {
      ArrowRight: at + step,
      ArrowLeft: at - step,
      Home: 0,
      End: VIEWS.length - 1,
    };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const view = VIEWS[(target + VIEWS.length) % VIEWS.length];
    if (view) choose(view, true);
  };
  return html`<div role="tablist" aria-label=${msg('Views')} class="tabs" @keydown=${onKeydown}>
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
          ${viewLabel(view)}
        </button>`,
    )}
  </div>`;
}

/** What the bar under the title can do: switch views, present, and (outside an embed) share and open files. */
export interface BarActions {
  choose: (view: View, focus: boolean) => void;
  present: () => void;
  /** Prints the handout (its code may still be on the way). */
  print: () => void;
  /** Print, and with `link`, copy a link and embed (there is no page of ours to link to inside another site). */
  share: { link: boolean; copy: () => void; embed: (event: MouseEvent) => void } | undefined;
  openFile: TemplateResult | typeof nothing;
  /** The Export button and its list of files. */
  exportMenu: TemplateResult;
  /** What the copy button last said ("Link copied."). */
  copied: string;
  /** On narrow screens the actions other than Present are behind a "More" button: whether they are shown. */
  more: { open: boolean; toggle: () => void };
}

/** The views as tabs, then the actions: Present, Print handout, Export, Copy link, Embed, Open a file. */
export function viewsAndActions(current: View, actions: BarActions) {
  const { share } = actions;
  return html`<nav class="bar" aria-label=${msg('Views and sharing')}>
    ${viewTabs(current, actions.choose)}
    <div class="actions">
      <button type="button" class="present" @click=${actions.present}>
        <span class="present-text">${msg('Present')}</span><span class="present-icon" aria-hidden="true">▶︎</span>
      </button>
      ${
        share
          ? html`<button
                type="button"
                class="more-toggle"
                aria-expanded=${actions.more.open ? 'true' : 'false'}
                aria-controls="more-actions"
                @click=${actions.more.toggle}
              >
                <span class="more-text">${msg('More')}</span><span class="more-icon" aria-hidden="true">⋯</span
                ><span class="visually-hidden"> ${msg('actions')}</span>
              </button>
              <div id="more-actions" class="secondary ${actions.more.open ? 'open' : ''}">
                <button type="button" class="present-in-more" @click=${actions.present}>${msg('Present')}</button>
                <button type="button" class="print" @click=${actions.print}>${msg('Print handout')}</button>
                ${actions.exportMenu}
                ${
                  share.link
                    ? html`<button type="button" class="copy" @click=${share.copy}>${msg('Copy link')}</button>
                        <button type="button" @click=${share.embed}>${msg('Embed')}</button>`
                    : nothing
                }
                ${actions.openFile}
              </div>
              <span class="copied" role="status">${actions.copied}</span>`
          : actions.openFile
      }
    </div>
  </nav>`;
}
