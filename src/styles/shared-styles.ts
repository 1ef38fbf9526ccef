/** Styles shared by the elements: buttons, focus ring, visually hidden text. */
import { css } from 'lit';

/**
 * The reader's wish for less motion: no transitions, no animations, no smooth scrolling. `focusRing` brings it
 * to every shadow root with controls; the app's page adopts it too (src/entries/app.ts).
 */
export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      transition-delay: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Without the theme (e.g. an element used on its own), the ring falls back to the text colour, never to none. */
export const focusRing = css`
  :focus-visible {
    outline: var(--st-focus-width, 3px) solid var(--st-focus, currentColor);
    outline-offset: 2px;
  }
  ${reducedMotion}
`;

export const buttonStyles = css`
  button,
  .button {
    font: inherit;
    font-size: 0.9rem;
    color: var(--st-text);
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius);
    padding: 0.35rem 0.7rem;
    min-height: 2.25rem;
    min-width: 2.25rem;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35rem;
  }
  button:hover:not(:disabled):not([aria-pressed='true']),
  .button:hover {
    background: var(--st-surface);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button[aria-pressed='true'] {
    background: var(--st-accent);
    border-color: var(--st-accent);
    color: var(--st-accent-text);
  }
`;

/**
 * The host of an element that shows text: a block in the theme's text colour, long words (URLs, names) broken
 * anywhere rather than overflowing a phone's width.
 */
export const textBlock = css`
  :host {
    display: block;
    color: var(--st-text);
    overflow-wrap: anywhere;
  }
`;

/** The declarations that hide text from sight but not from screen readers, for rules of an element's own. */
export const hiddenVisually = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

export const visuallyHidden = css`
  .visually-hidden {
    ${hiddenVisually}
  }
`;

/** A modal `<dialog>` box; `--st-dialog-width` and `--st-dialog-height` (on the host) size it. */
export const modalDialog = css`
  dialog {
    /* Overrides the UA's max sizes for modal dialogs, which leave a margin even on phones. */
    width: min(var(--st-dialog-width, 48rem), 100% - 2rem);
    max-width: none;
    max-height: min(var(--st-dialog-height, 52rem), 100% - 2rem);
    padding: 0;
    color: var(--st-text);
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius, 6px);
    box-shadow: 0 0.5rem 2rem var(--st-shadow);
    overflow-wrap: anywhere;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: var(--st-backdrop);
  }
  dialog > header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
    padding: var(--st-space, 0.75rem) calc(var(--st-space, 0.75rem) * 1.5);
    border-bottom: 1px solid var(--st-border-subtle);
  }
  dialog > header h2 {
    margin: 0.2rem 0 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  dialog > header .close {
    flex: none;
  }
  /* The part that scrolls: the dialog's header stays. */
  dialog > .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--st-dialog-body-top, 0) calc(var(--st-space, 0.75rem) * 1.5) calc(var(--st-space, 0.75rem) * 2);
  }
  /* Full screen on phones: the UA's margins would waste a tenth of the width. */
  @media (max-width: 40rem) {
    dialog {
      width: 100%;
      height: 100%;
      max-height: none;
      margin: 0;
      border: none;
      border-radius: 0;
    }
    dialog > header h2 {
      font-size: 1.1rem;
    }
  }
`;

/** Status badges: claims and forecasts dashed, denials double, so the line says what colour cannot. */
export const statusBadges = css`
  .status-claimed,
  .status-expected {
    border-style: dashed;
  }
  .status-denied {
    border-width: 3px;
    border-style: double;
  }
`;
