/** The styles of `st-timeline`: vis-timeline's own, the items', the toolbar's and the element's layout. */
import { css } from 'lit';
import { buttonStyles, focusRing, visuallyHidden } from '../styles/shared-styles.js';
import { morePopupStyles } from './more-popup.js';
import { itemStyles } from './timeline-styles.js';
import { toolbarStyles } from './st-timeline-toolbar.js';
import { visTimelineStyles } from './vis-timeline-controller.js';

export const styles = [
  visTimelineStyles,
  itemStyles,
  focusRing,
  buttonStyles,
  visuallyHidden,
  toolbarStyles,
  morePopupStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
    }
    /* Never lower than the drawing's least height: given less, the host overflows rather than the drawing
       covering the status line and the key. */
    .stage {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      min-height: 12rem;
    }
    .canvas {
      position: relative;
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      height: var(--st-timeline-height, 28rem);
      min-height: 12rem;
      border-radius: var(--st-radius);
    }
    /* Its height, flexed, is definite: vis-timeline's drawing takes 100 % of it. */
    .vis-host {
      flex: 1 1 auto;
      min-height: 0;
    }
    .vis-host:not(.drawn) {
      visibility: hidden;
    }
    .canvas:focus-visible {
      outline-offset: 3px;
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.1rem 1rem;
      margin-top: 0.35rem;
    }
    .status {
      margin: 0;
      font-size: 0.85rem;
      color: var(--st-text-muted);
    }
  `,
];
