/**
 * The first screen in the page, inside `<st-app>`: written by the build (scripts/first-screen.ts, decision 0053), or
 * drawn early for a `?data=` dataset (early.ts, decision 0055); slotted while the app loads its dataset.
 * `public/first-screen.js` marks the page before it is drawn when the address asks for something the first screen
 * does not show; the app then takes it out, so that its slot shows its own fallback ("Loading…") instead of an empty
 * place.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { FIRST_SCREEN_HIDDEN as NOT_SHOWN, FIRST_SCREEN_SLOT as SLOT } from './layout.js';

/** Takes the page's first screen out of `host` when the page was marked so. */
export function dropUnshownFirstScreen(host: HTMLElement): void {
  if (!host.ownerDocument.documentElement.classList.contains(NOT_SHOWN)) return;
  host.querySelector(`:scope > [slot="${SLOT}"]`)?.remove();
}

/** What `<st-app>` shows while it loads: the page's first screen when it has one, else a line that says so. */
export function loadingView() {
  return html`<slot name=${SLOT}><p class="loading" role="status">${msg('Loading the chronology…')}</p></slot>`;
}
