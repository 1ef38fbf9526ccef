/** Styles of `<st-filter-bar>`; a separate file so the element's logic reads in one screen. */
import { css } from 'lit';
import { buttonStyles, focusRing, textBlock, visuallyHidden } from '../styles/shared-styles.js';

const bar = css`
  form {
    position: relative;
  }
  /* One compact line: search, Filters, how many match, the active filters as chips. */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--st-space-2, 0.5rem);
  }
  input[type='search'] {
    box-sizing: border-box;
    font: inherit;
    flex: 1 1 9rem;
    min-width: 0;
    max-width: 24rem;
    min-height: 2.25rem;
    padding: 0.3rem 0.6rem;
    color: var(--st-text);
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius);
  }
  input[type='search']::placeholder {
    color: var(--st-text-muted);
    opacity: 1;
  }
  .filters-toggle[aria-expanded='true'] {
    background: var(--st-surface);
    border-color: var(--st-text);
  }
  .matching {
    margin: 0;
    font-size: var(--st-font-size-sm, 0.875rem);
    font-weight: 600;
    color: var(--st-text-muted);
    font-variant-numeric: tabular-nums;
  }
  /* The panel opens over what is below, so the timeline never moves. */
  .filter-panel {
    position: absolute;
    z-index: 15;
    top: calc(100% + 0.35rem);
    left: 0;
    right: 0;
    max-height: min(70vh, 34rem);
    overflow: auto;
    padding: var(--st-space-3, 0.75rem);
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius);
    box-shadow: 0 0.5rem 1.5rem var(--st-shadow);
  }
  .filter-panel[hidden] {
    display: none;
  }
  .panel-actions {
    display: flex;
    justify-content: flex-end;
    margin: var(--st-space-2, 0.5rem) 0 0;
  }
  .muted,
  .count {
    color: var(--st-text-muted);
  }
`;

/** Disclosures side by side, wrapping; an open one takes the whole row, so its options have room. */
const facets = css`
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
  details {
    flex: 1 1 9rem;
    min-width: 0;
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius);
  }
  details[open] {
    flex-basis: 100%;
  }
  summary {
    cursor: pointer;
    padding: 0.45rem 0.7rem;
    font-size: 0.9rem;
    font-weight: 600;
  }
  .chosen {
    display: inline-block;
    margin-inline-start: 0.3rem;
    padding: 0 0.45rem;
    border-radius: 999px;
    background: var(--st-accent);
    color: var(--st-accent-text);
    font-size: 0.8rem;
  }
  fieldset {
    margin: 0;
    padding: 0 0.7rem 0.6rem;
    border: 0;
    min-width: 0;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0 1rem;
    max-height: 18rem;
    overflow-y: auto;
  }
  label.option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: 0.45rem;
    padding: 0.25rem 0.15rem;
    min-height: 1.75rem;
    cursor: pointer;
  }
  label.option input {
    margin: 0.2rem 0 0;
    width: 1.05rem;
    height: 1.05rem;
  }
  label.option .count {
    padding-top: 0.1rem;
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-size: 0.85rem;
  }
  .detail {
    display: block;
    font-size: 0.85rem;
  }
  .only {
    margin-top: 0.4rem;
    border-top: 1px solid var(--st-border-subtle);
    padding-top: 0.3rem;
  }
  .swatch {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    margin-inline-end: 0.35rem;
    border-radius: 2px;
    background: var(--group, var(--st-border));
  }
`;

const summary = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    list-style: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .chips li {
    max-width: 100%;
  }
  button.chip {
    max-width: 100%;
    min-height: 2rem;
    border-radius: 999px;
    font-size: 0.85rem;
    padding: 0.2rem 0.4rem 0.2rem 0.7rem;
  }
  /* Wrapped, not cut short with an ellipsis: a long article title stays whole at any width (WCAG 1.4.10). */
  button.chip {
    text-align: start;
  }
  .chip .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .chip .facet {
    color: var(--st-text-muted);
  }
  .chip .x {
    font-size: 1.1rem;
    line-height: 1;
  }
`;

export const styles = [textBlock, focusRing, buttonStyles, visuallyHidden, bar, facets, summary];
