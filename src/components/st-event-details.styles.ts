/** Styles of `<st-event-details>`; a separate file so the element's logic reads in one screen. */
import { css } from 'lit';
import { hiddenVisually } from '../styles/shared-styles.js';
import { eventEntryStyles } from './event-entry-styles.js';

const panel = css`
  :host {
    container-type: inline-size;
  }
  section {
    padding: var(--st-space, 0.75rem);
    border-inline-start: 0.3rem solid var(--group, var(--st-border-subtle));
  }
  h2 {
    font-size: var(--st-font-size-lg, 1.25rem);
    line-height: 1.25;
    margin: 0 0 var(--st-space-2, 0.5rem);
    /* Room for a close button the page may put in the corner. */
    padding-inline-end: var(--st-details-title-inset, 0);
  }
  h3 {
    font-size: 1rem;
    margin: 1.25rem 0 0.5rem;
  }
  /*
   * Compact (an embed opened at an event, often a small frame): the quotes follow the date line at once, their
   * heading kept for screen readers only, so the title and its first excerpt fit a 320x400 frame together.
   */
  @container (max-width: 30rem) {
    :host([compact]) h2 {
      font-size: 1.1rem;
    }
    :host([compact]) .meta + h3 {
      ${hiddenVisually}
    }
    /* The quote in a body size that a small frame holds whole beside its title. */
    :host([compact]) blockquote {
      font-size: 0.95rem;
      line-height: 1.45;
    }
  }
  p,
  ul,
  ol {
    margin: 0.5rem 0;
  }
  .muted,
  .basis,
  figcaption,
  .note {
    color: var(--st-text-muted);
  }
  .empty p {
    color: var(--st-text-muted);
    max-width: 40rem;
  }
`;

const facts = css`
  .facts {
    margin: 0;
  }
  .facts > div {
    padding: 0.35rem 0;
    border-top: 1px solid var(--st-border-subtle);
  }
  dt {
    font-weight: 600;
    font-size: 0.85rem;
    color: var(--st-text-muted);
  }
  dd {
    margin: 0;
  }
  @container (min-width: 28rem) {
    .facts > div {
      display: grid;
      grid-template-columns: 5rem 1fr;
      gap: 0.75rem;
    }
    dt {
      font-size: inherit;
    }
  }
  .basis {
    display: block;
    font-size: 0.9rem;
  }
  .badge {
    display: inline-block;
    font-size: 0.85rem;
    font-weight: 600;
    padding: 0 0.45rem;
    border: 1px solid var(--st-border);
    border-radius: 999px;
  }
  .actors,
  .claims,
  .related,
  .excerpts {
    padding: 0;
    list-style: none;
  }
  .actors li + li,
  .claims li + li,
  .related li + li {
    margin-top: 0.25rem;
  }
  .swatch {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--group);
    /* Colours are not guaranteed in forced-colours mode; the group label says the same in words. */
    forced-color-adjust: none;
  }
  .summary {
    font-size: 1.05rem;
    margin-top: var(--st-space, 0.75rem);
  }
  /* When, how sure and whose, in one line under the title: the rest waits under "About this event". */
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--st-space-1, 0.25rem) var(--st-space-3, 0.75rem);
    margin: 0 0 var(--st-space-2, 0.5rem);
  }
  .meta .date {
    font-weight: 600;
  }
  .meta .group-name {
    color: var(--group, var(--st-text-muted));
    font-weight: 600;
  }
`;

const excerpts = css`
  .related a {
    color: var(--st-accent);
    font-weight: 600;
  }
  .note {
    display: block;
    font-size: 0.9rem;
  }
  .steps {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1.5rem;
    padding-top: var(--st-space, 0.75rem);
    border-top: 1px solid var(--st-border-subtle);
  }
  /* Generated arrows with empty alternative text: seen, not read out. */
  .previous::before {
    content: '←' / '';
  }
  .next::after {
    content: '→' / '';
  }
  .position {
    color: var(--st-text-muted);
    font-variant-numeric: tabular-nums;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  h2:focus-visible {
    outline-offset: 4px;
  }
`;

export const styles = [...eventEntryStyles, panel, facts, excerpts];
