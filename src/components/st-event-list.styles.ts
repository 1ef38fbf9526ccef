/** Styles of st-event-list: the feed of entries, their excerpts and search marks. */
import { css } from 'lit';
import { eventEntryStyles } from './event-entry-styles.js';

const styles = css`
  .feed {
    display: grid;
    gap: var(--st-space-3, 0.75rem);
    max-width: 72ch;
  }
  article {
    padding: var(--st-space-2, 0.5rem) var(--st-space-3, 0.75rem) var(--st-space-1, 0.25rem);
    border-inline-start: 0.3rem solid var(--group, var(--st-border-subtle));
    border-radius: 0 var(--st-radius) var(--st-radius) 0;
    scroll-margin-block: 0.5rem;
  }
  article[aria-current='true'] {
    background: var(--st-surface);
    border-inline-start-width: 0.6rem;
  }
  .current {
    font-size: 0.85rem;
    font-weight: 600;
    padding: 0 0.45rem;
    border-radius: var(--st-radius);
    background: var(--st-accent);
    color: var(--st-accent-text);
  }
  article:focus-visible {
    outline-offset: 3px;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.6rem;
    margin: 0;
    font-size: 0.95rem;
    color: var(--st-text-muted);
  }
  .date {
    font-weight: 600;
    color: var(--st-text);
  }
  .badge {
    font-size: 0.85rem;
    font-weight: 600;
    padding: 0 0.45rem;
    border: 1px solid var(--st-border);
    border-radius: 999px;
    color: var(--st-text);
  }
  h3 {
    margin: 0.2rem 0;
    font-size: 1.1rem;
    line-height: 1.3;
  }
  h3 button {
    all: unset;
    cursor: pointer;
    color: var(--st-accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  h3 button:hover {
    text-decoration-thickness: 2px;
  }
  details,
  .facts,
  .summary,
  .count {
    margin: 0.35rem 0;
  }
  summary {
    cursor: pointer;
    font-size: 0.9rem;
    color: var(--st-text-muted);
  }
  details p {
    margin: 0.25rem 0 0;
    font-size: 0.9rem;
  }
  .facts,
  .count,
  figcaption {
    font-size: 0.9rem;
    color: var(--st-text-muted);
  }
  .facts {
    display: grid;
    gap: 0.2rem;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35rem;
  }
  dt {
    flex: none;
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .summary {
    font-size: var(--st-font-size-md, 1rem);
    line-height: 1.45;
  }
  .group-name {
    color: var(--group, var(--st-text-muted));
    font-weight: 600;
  }
  details.sources > summary {
    padding: 0.15rem 0;
  }
  mark {
    background: var(--st-mark-bg);
    color: var(--st-mark-text);
  }
  .excerpts {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .more {
    margin: 1rem 0;
    text-align: center;
  }
  .empty {
    max-width: 40rem;
  }
  .empty p + p {
    color: var(--st-text-muted);
  }
  .related {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.1rem;
    font-size: 0.9rem;
  }
  .related a {
    color: var(--st-accent);
  }
  .no-outcome {
    color: var(--st-text-muted);
    font-style: italic;
  }
  /* Phones: more entries in a screen, each still whole. */
  @media (max-width: 39.99rem) {
    .feed {
      gap: var(--st-space-2, 0.5rem);
    }
    h3 {
      font-size: 1.05rem;
    }
    .summary {
      font-size: 0.95rem;
      margin: 0.2rem 0;
    }
    /* The date, status, lane and single-source mark on one line in every language, where they fit at all. */
    .when {
      gap: 0.2rem 0.4rem;
    }
    .badge {
      padding: 0 0.35rem;
      font-size: 0.8rem;
    }
    details.sources > summary {
      font-size: 0.875rem;
    }
  }
`;

export const listStyles = [...eventEntryStyles, styles];
