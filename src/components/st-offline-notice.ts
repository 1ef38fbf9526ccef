import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events.js';
import { buttonStyles, focusRing } from '../styles/shared-styles.js';
import { localized, msg } from '@lit/localize';

/** What the notice says: the app now works offline, or a new version is ready. */
export type OfflineState = 'ready' | 'update' | undefined;

/**
 * A small notice at the foot of the page about the offline copy: that the app now works without a network, or
 * that a new version is ready, with a button to reload into it. The status region is always there, so a screen
 * reader announces what appears in it; nothing moves focus.
 *
 * @fires st-update-request - Reload was pressed.
 */
@customElement('st-offline-notice')
@localized()
export class StOfflineNotice extends LitElement {
  static override styles = [
    buttonStyles,
    focusRing,
    css`
      /* "Available offline" is news, not a question: it waits at the end of the page, covering nothing. */
      :host {
        display: block;
        max-width: min(40rem, calc(100vw - 2rem));
        margin: 0 auto 1rem;
      }
      /* A new version asks for a choice: it floats in view until made. */
      :host([state='update']) {
        position: fixed;
        z-index: 30;
        inset-inline-start: 1rem;
        inset-block-end: 1rem;
        max-width: min(28rem, calc(100vw - 2rem));
        margin: 0;
      }
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
        padding: 0.6rem 0.8rem;
        background: var(--st-surface-raised);
        color: var(--st-text);
        border: 1px solid var(--st-border);
        border-radius: var(--st-radius);
        box-shadow: 0 0.5rem 1.5rem var(--st-shadow);
        font-size: var(--st-font-size-sm, 0.875rem);
      }
      p {
        margin: 0;
        flex: 1 1 14rem;
      }
      .notice:empty {
        display: none;
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  /** What to say; nothing is shown without it. */
  @property({ reflect: true }) state: OfflineState;

  override render() {
    return html`<div class="notice" role="status">${this.renderContent()}</div>`;
  }

  private renderContent() {
    if (this.state === 'ready') {
      return html`<p>${msg('Available offline: this timeline and its articles will now open without a network.')}</p>
        <button type="button" @click=${() => (this.state = undefined)}>${msg('OK')}</button>`;
    }
    if (this.state === 'update') {
      return html`<p>${msg('A new version of this timeline is ready.')}</p>
        <button type="button" class="reload" @click=${() => emit(this, 'st-update-request', undefined)}>
          ${msg('Reload')}
        </button>
        <button type="button" @click=${() => (this.state = undefined)}>${msg('Later')}</button>`;
    }
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-offline-notice': StOfflineNotice;
  }
}
