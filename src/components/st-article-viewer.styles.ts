/** Styles of `<st-article-viewer>`. */
import { css } from 'lit';
import { buttonStyles, focusRing, modalDialog } from '../styles/shared-styles.js';

const dialog = css`
  :host {
    --st-dialog-width: 48rem;
    --st-dialog-height: 52rem;
  }
`;

const content = css`
  .about {
    margin: var(--st-space, 0.75rem) 0;
    font-size: 0.9rem;
  }
  .about > div {
    display: grid;
    grid-template-columns: 6rem 1fr;
    gap: 0.5rem;
  }
  dt {
    font-weight: 600;
    color: var(--st-text-muted);
  }
  dd {
    margin: 0;
  }
  .basis {
    display: block;
    color: var(--st-text-muted);
  }
  a {
    color: var(--st-accent);
  }
  h3 {
    font-size: 1rem;
    margin: 1.25rem 0 0.5rem;
  }
  .notes {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--st-text-muted);
    font-size: 0.9rem;
  }
  .text {
    font-family: var(--st-font-serif);
    font-size: 1.05rem;
    line-height: 1.6;
    max-width: 42rem;
  }
  .text p {
    margin: 0 0 0.9em;
  }
  mark {
    color: var(--st-mark-text);
    background: var(--st-mark-bg);
    padding: 0 0.1em;
  }
  /* Other excerpts taken from the article: there, but quieter than the one asked for. */
  mark.other {
    color: var(--st-text);
    background: var(--st-mark-muted-bg);
  }
  mark.active {
    outline: 2px solid var(--st-text);
    outline-offset: 1px;
    box-decoration-break: clone;
  }
  .warning {
    color: var(--st-error);
    background: var(--st-error-bg);
    padding: 0.4rem 0.6rem;
    border-radius: var(--st-radius, 6px);
  }
  .body:focus-visible {
    outline-offset: -3px;
  }
`;

export const styles = [buttonStyles, focusRing, modalDialog, dialog, content];
