/** Styles of the items and lanes drawn inside vis-timeline (in st-timeline's shadow root). */
import { css } from 'lit';
import { hiddenVisually } from '../styles/shared-styles.js';

export const itemStyles = css`
  /* vis-timeline's own stylesheet hard-codes light greys and whites; every colour it sets is taken over here. */
  .vis-timeline {
    border: 1px solid var(--st-border-subtle);
    border-radius: var(--st-radius);
    font-family: var(--st-font);
    background: var(--st-bg);
    color: var(--st-text);
  }
  .vis-time-axis .vis-text {
    color: var(--st-text-muted);
    font-size: 0.78rem;
  }
  .vis-time-axis .vis-grid.vis-minor {
    border-color: var(--st-border-subtle);
  }
  .vis-time-axis .vis-grid.vis-major {
    border-color: color-mix(in srgb, var(--st-border) 55%, var(--st-bg));
  }
  .vis-labelset .vis-label {
    color: var(--st-text);
    border-bottom-color: var(--st-border-subtle);
  }
  .vis-foreground .vis-group,
  .vis-panel.vis-top,
  .vis-panel.vis-bottom,
  .vis-panel.vis-left,
  .vis-panel.vis-right,
  .vis-panel.vis-center {
    border-color: var(--st-border-subtle);
  }
  .vis-panel .vis-shadow {
    box-shadow: 0 0 10px var(--st-shadow);
  }
  /* A lane's name takes at most two lines: the rows planned for a lane count on it (placement.ts, laneMinPx). */
  .st-lane {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    max-width: 7.5rem;
    padding: 0 0.25rem;
    font-size: 0.8rem;
    font-weight: 600;
    white-space: normal;
    line-height: 1.2;
  }

  .vis-item {
    --group: var(--st-text-muted);
    color: var(--st-text);
    border-color: var(--group);
    background: var(--st-surface-raised);
    font-size: 0.78rem;
    line-height: 1.2;
  }
  /* Every item is as high as a range with its 1 px borders (36 px at a 16 px root): rows are planned at that height
     (placement.ts, rowPx), so a point's content takes the borders' pixel as padding, a forecast's 2 px border gives
     one back. */
  .vis-item.vis-point .vis-item-content {
    padding: 3px 4px;
    border-radius: 4px;
  }
  /* Near the window's right edge a point's label goes on the left of its dot (placement-boxes.ts): moved by its own
     width and the dot's (vis-timeline puts it half a dot after the day, and sets no transform on it). */
  .vis-item.vis-point.st-flip .vis-item-content {
    transform: translateX(calc(-100% - 10px));
    text-align: end;
  }
  /* The point's own box would still reach right of the dot, painting over (and taking the clicks of) what is
     there: none; its height stays its content's, as planned. The content takes the background the box gave it. */
  .vis-item.vis-point.st-flip {
    width: 0;
  }
  .st-flip > .vis-item-content {
    width: max-content;
    background: var(--st-surface-raised);
  }
  .vis-item.vis-dot {
    border-width: 5px;
    border-radius: 50%;
    border-color: var(--group);
  }
  /* A forecast's dot: a dashed ring as wide as a known day's dot (10 px), so it sits where that one would. */
  .vis-item.st-status-expected.vis-dot {
    box-sizing: border-box;
    width: 10px;
    height: 10px;
    border-width: 2px;
    background: var(--st-bg);
    border-style: dashed;
  }

  /* Ranges are fuzzy: the span is honest, its edges fade, the outline is dashed. */
  .vis-item.vis-range {
    border-width: 1px;
    border-style: dashed;
    border-radius: 4px;
    background: linear-gradient(
      90deg,
      color-mix(in srgb, var(--group) 6%, transparent),
      color-mix(in srgb, var(--group) 22%, var(--st-bg)) 30%,
      color-mix(in srgb, var(--group) 22%, var(--st-bg)) 70%,
      color-mix(in srgb, var(--group) 6%, transparent)
    );
  }
  .vis-item.vis-range .vis-item-overflow {
    /* Lets long labels run past a short range; vis-timeline then stacks by label width. */
    overflow: visible;
  }
  /* A title longer than its span runs past the span's end with a halo of the page's colour, so the dashed edge it
     crosses never strikes through its words (a backdrop would patch the span's own fill). */
  .vis-item.vis-range:not(.st-more) .st-label {
    text-shadow:
      0 0 2px var(--st-bg),
      0 0 2px var(--st-bg),
      0 0 1px var(--st-bg);
  }
  /* A title moved to end at the window's edge starts before its span: the span's edge would cross its words. */
  .vis-item.vis-range .st-label.st-shifted {
    background: var(--st-bg, Canvas);
    border-radius: var(--st-radius, 4px);
    box-shadow: 0 0 0 2px var(--st-bg, Canvas);
  }
  .vis-item.vis-range .vis-item-content {
    padding: 2px 4px;
    /* Size the label by its text, not by the (possibly one-day-wide) bar. */
    width: max-content;
    /* No line box below it: a row is as high as planned (placement.ts, rowPx). */
    vertical-align: top;
  }
  /* An open end (EDTF ..) fades out; an unknown end (an empty end) is dotted and marked "?". */
  .vis-item.vis-range.st-start-open {
    border-left-color: transparent;
    background: linear-gradient(90deg, transparent, color-mix(in srgb, var(--group) 22%, var(--st-bg)) 60%);
  }
  .vis-item.vis-range.st-end-open {
    border-right-color: transparent;
    background: linear-gradient(90deg, color-mix(in srgb, var(--group) 22%, var(--st-bg)) 40%, transparent);
  }
  .vis-item.vis-range.st-start-unknown {
    border-left-style: dotted;
    border-left-width: 2px;
  }
  .vis-item.vis-range.st-end-unknown {
    border-right-style: dotted;
    border-right-width: 2px;
  }
  .vis-item.vis-range.st-start-unknown::before,
  .vis-item.vis-range.st-end-unknown::after {
    content: '?';
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    color: var(--st-text-muted);
    font-weight: 700;
  }
  .vis-item.vis-range.st-start-unknown::before {
    right: calc(100% + 2px);
  }
  .vis-item.vis-range.st-end-unknown::after {
    left: calc(100% + 2px);
  }
  .vis-item.st-status-expected.vis-range {
    background: repeating-linear-gradient(
      -45deg,
      var(--st-bg) 0 4px,
      color-mix(in srgb, var(--group) 18%, var(--st-bg)) 4px 8px
    );
    border-width: 2px;
  }
  .vis-item.st-status-expected.vis-range .vis-item-content {
    padding-block: 1px;
  }
  .vis-item.vis-selected {
    border-color: var(--st-text);
    background-color: var(--st-mark-bg);
    z-index: 3;
  }
  /* A point's dot keeps the page behind it (vis-timeline paints the whole point yellow). */
  .vis-item.vis-point.vis-selected {
    background: transparent;
  }
  .vis-item.vis-selected .vis-item-content,
  .vis-item.vis-selected.vis-range {
    background: var(--st-mark-bg);
    color: var(--st-mark-text);
  }
  /* On the mark, group colours (pale in the dark theme) would fade: the status glyph takes the mark's text. */
  .vis-item.vis-selected .st-marker::before {
    color: var(--st-mark-text);
  }

  /* A title's label: as wide as planned (set on the element, from the zoom level), status glyph, sources and title
     flowing as one text on at most two lines; the whole title stays in its accessible name, which is its text. */
  .st-label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    box-sizing: border-box;
    max-width: 22em;
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: pointer;
    border-radius: 3px;
  }
  .st-label:focus-visible {
    outline: var(--st-focus-width, 3px) solid var(--st-focus, currentColor);
    outline-offset: 2px;
  }
  .st-marker::before {
    color: var(--group);
    font-size: 0.9em;
  }
  .st-status-happened .st-marker::before {
    content: '●';
  }
  .st-status-claimed .st-marker::before {
    content: '◐';
  }
  .st-status-expected .st-marker::before {
    content: '◌';
  }
  .st-status-denied .st-marker::before {
    content: '⊘';
  }
  .st-status-expected .st-title {
    font-style: italic;
  }
  /* Date, status and sources of an item: read out after its title, not shown (the bar and badges show them). */
  .st-hidden {
    ${hiddenVisually}
  }
  /* The lane names follow the events' scrolling (vis sets it); on their own they would be a scrolling region
     that the keyboard cannot reach (the canvas beside them is the keyboard's way in). */
  .vis-panel.vis-left {
    overflow: hidden !important;
  }
  .st-marker {
    margin-right: 0.25em;
  }
  .st-count {
    margin-right: 0.3em;
    padding: 0 0.3em;
    border-radius: 0.65em;
    background: var(--st-surface);
    border: 1px solid var(--st-border-subtle);
    color: var(--st-text-muted);
    font-size: 0.72rem;
    font-variant-numeric: tabular-nums;
  }

  .st-unsourced .st-count {
    border-style: dashed;
    border-color: var(--st-border);
  }

  /* "+N more": the events of a lane that have no room for their titles near here, in the lane's last row. */
  .vis-item.vis-range.st-more {
    border: none;
    background: transparent;
  }
  .vis-item.vis-range.st-more .vis-item-overflow {
    overflow: hidden;
  }
  .vis-item.vis-range.st-more .vis-item-content {
    width: 100%;
    padding: 0;
  }
  .st-more-label {
    display: block;
    box-sizing: border-box;
    padding: 1px 0.35em;
    border: 1px solid color-mix(in srgb, var(--group) 70%, var(--st-bg));
    border-radius: 0.7em;
    background: color-mix(in srgb, var(--group) 14%, var(--st-bg));
    color: var(--st-text);
    font-size: 0.72rem;
    line-height: 1.2;
    text-align: center;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .st-more-label[aria-expanded='true'] {
    background: var(--st-mark-bg);
    color: var(--st-mark-text);
  }
  .st-more-label:focus-visible {
    outline: var(--st-focus-width, 3px) solid var(--st-focus, currentColor);
    outline-offset: 1px;
  }
`;
