/**
 * The first screen that the build writes into the page, inside `<st-app>` (scripts/first-screen.ts, decision 0053):
 * slotted while the app loads its dataset. `public/first-screen.js` marks the page before it is drawn when the
 * address asks for something the first screen does not show; the app then takes it out, so that its slot shows
 * its own fallback ("Loading…") instead of an empty place.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';

/** The class public/first-screen.js puts on <html> when the first screen is not to be shown. */
export const NOT_SHOWN = 'st-no-first-screen';

/** The slot's name, as the build writes it. */
export const SLOT = 'first-screen';

/** Takes the page's first screen out of `host` when the page was marked so. */
export function dropUnshownFirstScreen(host: HTMLElement): void {
  if (!host.ownerDocument.documentElement.classList.contains(NOT_SHOWN)) return;
  host.querySelector(`:scope > [slot="${SLOT}"]`)?.remove();
}

/** What `<st-app>` shows while it loads: the page's first screen when it has one, else a line that says so. */
export function loadingView() {
  return html`<slot name=${SLOT}><p class="loading" role="status">${msg('Loading the chronology…')}</p></slot>`;
}
