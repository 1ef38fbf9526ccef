/**
 * The bar under the title (view-tabs.ts): the view tabs, then the actions; on phones all but Present wait behind
 * "More".
 */
import { css } from 'lit';

/** The panel the actions behind "More" open in: on a phone, and on a wide bar where they would not fit (bar-fit.ts). */
export const morePanel = css`
  position: absolute;
  z-index: 16;
  top: calc(100% + 0.25rem);
  inset-inline-end: 0;
  display: grid;
  gap: var(--st-space-2, 0.5rem);
  padding: var(--st-space-2, 0.5rem);
  background: var(--st-surface-raised);
  border: 1px solid var(--st-border);
  border-radius: var(--st-radius);
  box-shadow: 0 0.5rem 1.5rem var(--st-shadow);
`;

/** The view bar: tabs, actions and, on phones, More. */
export const viewBarStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--st-space-2, 0.5rem) var(--st-space-4, 1rem);
    margin: var(--st-space-1, 0.25rem) 0;
    border-bottom: 1px solid var(--st-border-subtle);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-bottom: 3px solid transparent;
    border-radius: var(--st-radius) var(--st-radius) 0 0;
    background: none;
    font-weight: 600;
    color: var(--st-text-muted);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--st-text);
    border-bottom-color: var(--st-accent);
  }
  .actions {
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    padding-bottom: 0.3rem;
  }
  .secondary {
    display: contents;
  }
  .more-toggle,
  .present-in-more {
    display: none;
  }
  /* Phones: Present stays in reach; the rest waits behind "More", so the events start higher. */
  @media (max-width: 39.99rem) {
    .actions {
      position: relative;
    }
    .more-toggle,
    .present-in-more {
      display: inline-flex;
    }
    /* With the rest of the actions when there is More: the tabs need the row. */
    .more-toggle ~ .present,
    .actions:has(.more-toggle) > .present {
      display: none;
    }
    [role='tab'],
    .more-toggle {
      padding-inline: 0.3rem;
    }
    .tabs {
      flex-wrap: nowrap;
    }
    .secondary {
      display: none;
    }
    .secondary.open {
      ${morePanel}
    }
    /* The tabs and More on one line where the labels allow (English at 375 px); longer labels (Ukrainian:
       "Хронологія … Ще") put More on a line of its own rather than past the edge. */
    .bar {
      flex-wrap: wrap;
      column-gap: var(--st-space-2, 0.5rem);
    }
  }
  /* Narrower than the tabs and More together (320 px, or 1280 px at 400%): both may wrap. */
  @media (max-width: 22.49rem) {
    .bar,
    .tabs {
      flex-wrap: wrap;
    }
  }
  .copied {
    font-size: 0.85rem;
    color: var(--st-text-muted);
  }
`;
