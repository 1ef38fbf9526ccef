/**
 * Layout of the app shell: header, view bar, filters, the view and the details panel. The header and the main
 * part go by class (`.masthead`, `.layout`): inside another site's page they are plain `div`s, not landmarks.
 */
import { css } from 'lit';
import { buttonStyles, focusRing, visuallyHidden } from '../styles/shared-styles.js';
import { mastheadStyles } from './masthead.js';
import { viewBarStyles } from './view-tabs.styles.js';
import { compactBarStyles } from './bar-fit.js';

export const appStyles = [
  focusRing,
  buttonStyles,
  visuallyHidden,
  mastheadStyles,
  viewBarStyles,
  compactBarStyles,
  css`
    /* Presenting: the page waits underneath, unseen and out of reach of Tab and screen readers. */
    :host([presenting]) > :not(st-presentation, st-handout) {
      visibility: hidden;
    }
    /* On paper, only the handout: no controls, no interactive views (see st-handout). */
    st-handout {
      display: none;
    }
    @media print {
      /* Important: the :host rules below come later and would win; the page margins are theme.css's @page. */
      :host {
        padding: 0 !important;
        max-width: none !important;
      }
      /* A dataset that is not the curated one says so on paper too. */
      :host > :not(st-handout, .custom-data) {
        display: none !important;
      }
      st-handout {
        display: block;
      }
      .custom-data .file-actions {
        display: none;
      }
    }
    :host {
      display: block;
      max-width: 120rem;
      margin: 0 auto;
      padding: 0 clamp(0.5rem, 2vw, 1.5rem) 2rem;
    }
    st-filter-bar {
      margin-bottom: var(--st-space-2, 0.5rem);
    }
    /* The timeline fills what the page leaves of the screen: every lane of the window in view together. */
    st-timeline {
      /* Until TimelineFit has measured where the timeline starts (fit-timeline.ts). */
      --st-timeline-height: max(20rem, calc(100vh - 22rem));
    }
    :host([embed]) st-timeline {
      --st-timeline-height: 26rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
    }
    .view-heading {
      font-size: 1.1rem;
      margin: 0 0 0.5rem;
    }
    .panel:focus {
      outline: none;
    }
    st-overview {
      margin-bottom: var(--st-space-2, 0.5rem);
    }
    /* Until their code arrives (lazy-elements.ts), the views hold their place, so nothing jumps when they do. */
    st-overview:not(:defined) {
      display: block;
      min-height: 84px;
    }
    st-timeline:not(:defined),
    st-claims-view:not(:defined) {
      display: block;
      min-height: 20rem;
    }
    st-presentation:not(:defined) {
      position: fixed;
      inset: 0;
      z-index: 10;
      display: grid;
      place-items: center;
      background: var(--st-bg);
    }
    .lazy-status,
    .preview-status {
      margin: 0 0 0.75rem;
      color: var(--st-text-muted);
    }
    .timeline-preview {
      padding: 0.75rem 1rem;
      border: var(--st-line-width, 1px) solid var(--st-border);
      border-radius: var(--st-radius);
    }
    /* Column by column where there is room, like the timeline it stands for: its whole place, not a corner. */
    .timeline-preview ol {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr));
      grid-auto-flow: row;
      gap: 0.5rem 1.5rem;
    }
    .timeline-preview li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      align-items: baseline;
    }
    .preview-date {
      flex: 0 0 8rem;
      color: var(--st-text-muted);
      font-variant-numeric: tabular-nums;
    }
    button.link {
      all: unset;
      flex: 1 1 14rem;
      color: var(--st-accent);
      text-decoration: underline;
      cursor: pointer;
    }
    button.link:focus-visible {
      outline: var(--st-focus-width, 3px) solid var(--st-focus);
      outline-offset: 2px;
    }
    .preview-more {
      margin: 0.5rem 0 0;
      color: var(--st-text-muted);
    }
    /* The details open beside the view when an event is chosen; until then the view has the whole width. */
    .layout.nothing-selected aside {
      display: none;
    }
    aside {
      position: relative;
      --st-details-title-inset: 2.75rem;
    }
    .close-details {
      position: absolute;
      top: var(--st-space-2, 0.5rem);
      inset-inline-end: var(--st-space-2, 0.5rem);
      z-index: 1;
      min-width: 2.25rem;
      font-size: 1.2rem;
      line-height: 1;
    }
    @media (min-width: 64rem) {
      .layout.selected:not(.view-sources) {
        grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
        align-items: start;
      }
      aside {
        position: sticky;
        top: 0.5rem;
        max-height: calc(100vh - 1rem);
        overflow: auto;
      }
    }
    @media (max-width: 63.99rem) {
      /* On narrow screens the list entries carry their own details. */
      .layout.view-list aside {
        display: none;
      }
      /* Elsewhere they rise from the bottom as a sheet over the view, which stays where it is. */
      aside {
        position: fixed;
        left: 0;
        right: 0;
        bottom: 0;
        z-index: 12;
        max-height: 55vh;
        overflow: auto;
        overscroll-behavior: contain;
        background: var(--st-surface-raised);
        border-top: 1px solid var(--st-border);
        border-radius: var(--st-radius) var(--st-radius) 0 0;
        box-shadow: 0 -0.5rem 1.5rem var(--st-shadow);
      }
    }
    .loading {
      padding: 3rem 1rem;
      text-align: center;
      color: var(--st-text-muted);
    }
    /* Not the curated dataset: stated before anything else, in every theme and in embeds. */
    .custom-data {
      margin: 0.75rem 0 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--st-error);
      border-inline-start-width: 0.4rem;
      border-radius: var(--st-radius);
      background: var(--st-error-bg);
      color: var(--st-text);
      overflow-wrap: anywhere;
    }
    .custom-data p {
      margin: 0;
    }
    .custom-data p + p {
      margin-top: 0.4rem;
    }
    .file-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    /* Files dragged over the app: the whole app is the place to drop them. */
    :host {
      position: relative;
    }
    .drop-overlay {
      position: absolute;
      inset: 0;
      z-index: 20;
      display: grid;
      place-items: center;
      padding: 1rem;
      border: 3px dashed var(--st-accent);
      border-radius: var(--st-radius);
      background: color-mix(in srgb, var(--st-bg) 88%, transparent);
      pointer-events: none;
    }
    .drop-overlay p {
      position: sticky;
      top: 40vh;
      max-width: 32rem;
      margin: 0;
      padding: 1rem 1.25rem;
      border-radius: var(--st-radius);
      background: var(--st-surface-raised);
      box-shadow: 0 0.25rem 1rem var(--st-shadow);
      text-align: center;
    }
    .custom-url {
      font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace;
      font-size: 0.9em;
    }
    .notice {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--st-error);
      background: var(--st-error-bg);
    }
    :host([embed]) {
      padding: 0 0.5rem 0.5rem;
    }
    .embed-header h1 {
      font-size: 1.15rem;
      margin: 0.5rem 0 0;
    }
    .attribution {
      margin-top: 1rem;
      padding-top: 0.5rem;
      border-top: 1px solid var(--st-border-subtle);
      font-size: 0.8rem;
      color: var(--st-text-muted);
    }
    .attribution p {
      margin: 0.25rem 0;
    }
    .attribution a {
      color: var(--st-accent);
      font-weight: 600;
    }
    /*
     * A frame that grows to its content must not grow to the 40 000 px of a full list: embedded
     * views other than the timeline (which has its own height) scroll within a bounded panel.
     */
    :host([embed]) .layout:not(.view-timeline) .panel {
      max-height: 40rem;
      overflow: auto;
      overscroll-behavior: contain;
      padding: 0 0.25rem;
    }
    /* In a frame that grows to its content, a sticky, viewport-high panel would chase its own height. */
    :host([embed]) aside {
      position: relative;
      top: auto;
      max-height: none;
    }
    /*
     * A narrow embed opened at an event shows that event first, in the flow (its title and quote in the frame's
     * first screen), then the view: no sheet over a small frame.
     */
    @media (max-width: 63.99rem) {
      :host([embed]) .layout.selected {
        display: flex;
        flex-direction: column;
      }
      :host([embed]) .layout.selected aside {
        display: block;
        order: -1;
        box-shadow: none;
        border: 1px solid var(--st-border-subtle);
        border-radius: var(--st-radius);
        overflow: visible;
      }
    }
  `,
];
