/** Styles of `<st-claims-view>`. */
import { css, unsafeCSS } from 'lit';
import { CLAIMS_STYLE } from '../charts/claims.js';
import { buttonStyles, focusRing, textBlock, visuallyHidden } from '../styles/shared-styles.js';
import { excerptStyles } from './excerpt.js';
import { sourcingStyles } from './sourcing-marks.js';

const view = css`
  h2 {
    font-size: 1.35rem;
    margin: 0 0 var(--st-space, 0.75rem);
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.5rem 0 0.5rem;
  }
  p {
    margin: 0.5rem 0;
    max-width: 70ch;
  }
  .muted,
  .empty {
    color: var(--st-text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 1rem;
    padding: 0;
    list-style: none;
    font-size: 0.9rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .legend svg {
    color: var(--st-text);
  }
  /* Labels are placed by estimated widths: text spaced wider by the reader (WCAG 1.4.12) scrolls here, not the page. */
  .chart {
    overflow-x: auto;
  }
  .chart svg {
    display: block;
    overflow: visible;
  }
  a {
    color: var(--st-accent);
  }
`;

const details = css`
  .claim-details {
    margin-top: 1rem;
    padding: var(--st-space, 0.75rem);
    border: 1px solid var(--st-border-subtle);
    border-radius: var(--st-radius);
    background: var(--st-surface);
  }
  .claim-details h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .claim-details .excerpts {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .claim-details .excerpts > li {
    margin: 0;
  }
  .disagreements {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 1rem;
  }
  .disagreements h4 {
    margin: 0;
    font-size: 1rem;
  }
  .disagreements ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
  }
`;

/** The chart's own stylesheet comes last: it is adopted here, not inlined in the SVG. */
export const styles = [
  textBlock,
  buttonStyles,
  focusRing,
  visuallyHidden,
  excerptStyles,
  sourcingStyles,
  view,
  details,
  unsafeCSS(CLAIMS_STYLE),
];
