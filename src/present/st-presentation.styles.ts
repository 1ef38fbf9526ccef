/**
 * Presentation mode's styles: the whole screen, large type that grows with it (about 32 px body text at
 * 1920 x 1080, 18 px on a phone), thick lines and the projector theme's colours.
 */
import { css } from 'lit';
import { hostTheme } from '../styles/host-theme.js';
import { buttonStyles, focusRing, statusBadges, visuallyHidden } from '../styles/shared-styles.js';

export const presentationStyles = [
  hostTheme,
  focusRing,
  buttonStyles,
  visuallyHidden,
  statusBadges,
  css`
    :host {
      position: fixed;
      inset: 0;
      z-index: 1000;
      display: block;
      background: var(--st-bg);
      color: var(--st-text);
      /* 1.7vw is 32.6 px at 1920 px wide; the height term keeps a wide, short window readable. */
      font-size: max(1.125rem, min(1.7vw, 3.4vh));
      line-height: 1.4;
    }
    :host(:fullscreen) {
      width: 100%;
      height: 100%;
    }
    .stage {
      box-sizing: border-box;
      height: 100%;
      display: grid;
      grid-template-rows: auto minmax(0, 1fr) auto auto auto;
      gap: 0.5em;
      padding: 0.75em clamp(0.75rem, 4vw, 4em) 0.6em;
      max-width: 100rem;
      margin: 0 auto;
    }
    .top {
      display: flex;
      align-items: center;
      gap: 0.5em 1em;
      flex-wrap: wrap;
      border-bottom: var(--st-line-width, 2px) solid var(--st-border);
      padding-bottom: 0.3em;
    }
    .top p {
      margin: 0;
    }
    .deck {
      font-weight: 700;
      flex: 1 1 12em;
      font-size: 0.75em;
    }
    .progress {
      font-weight: 700;
      font-size: 0.9em;
      font-variant-numeric: tabular-nums;
    }
    .slide {
      overflow-y: auto;
      overflow-wrap: anywhere;
      padding-inline-end: 0.25em;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 0.8em;
      margin: 0.3em 0 0.2em;
      font-size: 0.8em;
    }
    .date {
      font-weight: 700;
    }
    .badge {
      border: var(--st-line-width, 2px) solid var(--st-text);
      border-radius: var(--st-radius);
      padding: 0 0.4em;
      font-weight: 700;
    }
    .status-denied {
      border-width: calc(var(--st-line-width, 2px) * 2);
    }
    .group {
      color: var(--group);
      font-weight: 700;
    }
    h2 {
      font-size: 1.55em;
      line-height: 1.15;
      margin: 0.1em 0 0.35em;
    }
    .summary {
      margin: 0 0 0.6em;
      max-width: 48em;
    }
    .forecast {
      margin: 0 0 0.6em;
      font-weight: 700;
    }
    .excerpt {
      margin: 0 0 0.6em;
      max-width: 52em;
    }
    .day {
      margin: 0 0 0.3em;
      font-size: 0.75em;
    }
    .also {
      font-size: 0.7em;
      max-width: 60em;
    }
    .also h3 {
      font-size: 1em;
      margin: 0 0 0.2em;
    }
    .also ul {
      margin: 0 0 0.6em;
      padding-inline-start: 1.2em;
      columns: 2 28em;
    }
    blockquote {
      margin: 0;
      padding: 0.1em 0 0.1em 0.75em;
      border-inline-start: 0.25em solid var(--st-accent);
      font-family: var(--st-font-serif);
    }
    figcaption {
      margin: 0.3em 0 0 0.95em;
      font-size: 0.75em;
    }
    .via {
      display: block;
    }
    .single-source {
      display: inline-block;
      padding: 0 0.35em;
      border: var(--st-line-width, 2px) dotted currentColor;
      border-radius: 0.2em;
      font-weight: 700;
      white-space: nowrap;
    }
    .unsourced {
      margin: 0 0 0.6em;
      padding: 0.3em 0.6em;
      border: var(--st-line-width, 2px) dashed var(--st-border);
      border-radius: var(--st-radius);
      max-width: 48em;
    }
    .question {
      margin: 0;
      padding: 0.4em 0.6em;
      border: var(--st-line-width, 2px) solid var(--st-border);
      border-radius: var(--st-radius);
      max-width: 48em;
    }
    .notes {
      font-size: 0.7em;
      padding: 0.4em 0.8em;
      border: var(--st-line-width, 2px) dashed var(--st-border);
      border-radius: var(--st-radius);
      max-height: 30vh;
      overflow-y: auto;
    }
    .notes p {
      margin: 0.2em 0;
    }
    .strip svg {
      display: block;
      overflow: visible;
    }
    .strip .axis {
      stroke: var(--st-text);
      stroke-width: var(--st-line-width, 2px);
    }
    /* The current step's date, when it is a range or approximate: how far it may extend. */
    .strip .range {
      stroke-width: 10px;
      stroke-linecap: round;
      stroke: var(--st-accent);
      opacity: 0.45;
    }
    .strip circle {
      stroke: var(--st-text);
      stroke-width: var(--st-line-width, 2px);
      fill: var(--st-bg);
    }
    .strip circle.past {
      fill: var(--st-text-muted);
    }
    .strip circle.current {
      fill: var(--st-accent);
      stroke: var(--st-text);
      stroke-width: 3px;
    }
    .strip-dates {
      display: flex;
      justify-content: space-between;
      margin: 0.1em 0 0;
      font-size: 0.6em;
      font-weight: 600;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      font-size: max(1rem, 0.6em);
    }
    .controls button,
    .top button,
    select {
      font-size: inherit;
      min-height: 2.75rem;
      border-width: var(--st-line-width, 2px);
    }
    .top button {
      font-size: max(1rem, 0.6em);
    }
    .steps {
      display: flex;
      gap: 0.5rem;
      order: -1;
    }
    .steps button {
      min-width: 7em;
      font-weight: 700;
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-inline-start: auto;
    }
    .story {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 600;
    }
    select {
      font: inherit;
      color: var(--st-text);
      background: var(--st-surface-raised);
      border: var(--st-line-width, 2px) solid var(--st-border);
      border-radius: var(--st-radius);
      max-width: 60vw;
    }
    .key {
      font-size: 0.75em;
      border: 1px solid currentColor;
      border-radius: 3px;
      padding: 0 0.25em;
    }
    .message:empty {
      display: none;
    }
    .message {
      margin: 0;
      font-size: max(1rem, 0.6em);
      color: var(--st-error);
    }
    .empty {
      font-size: 1.2em;
    }
    /* Phones: the page scrolls as a whole, with Previous and Next always at hand at the bottom. */
    @media (max-width: 40rem) {
      .stage {
        display: block;
        overflow-y: auto;
        padding-bottom: 0;
      }
      .slide {
        overflow: visible;
      }
      .top,
      .slide,
      .notes,
      .strip {
        margin-bottom: 0.6em;
      }
      /* Its parts become the stage's own, so that Previous and Next can stick to the bottom of the stage. */
      .controls {
        display: contents;
      }
      .story,
      .tools {
        margin: 0 0 0.6rem;
      }
      .story select {
        flex: 1;
        min-width: 0;
        max-width: none;
      }
      .tools {
        margin-inline-start: 0;
      }
      .steps {
        position: sticky;
        bottom: 0;
        margin-bottom: 0.6rem;
        padding: 0.5rem 0;
        background: var(--st-bg);
        border-top: var(--st-line-width, 2px) solid var(--st-border);
      }
      .steps button {
        flex: 1;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
