/**
 * The sizes the timeline's rows are planned with (`placement.ts`): rows and markers, measured from what
 * `timeline-styles.ts` draws; the widest a title is at a zoom level; a marker's width for its count. Pure.
 */
import { DAY_MS } from '../data/time.js';

/** Sizes of what is drawn, in CSS pixels (see `metricsFor`). */
export interface Metrics {
  /** A row of titles (two lines), with the margin vis-timeline keeps between rows. */
  rowPx: number;
  /** The slim row of "+N more" markers at the foot of a lane. */
  markerRowPx: number;
  /** The least height of a lane: its name (up to two lines). */
  laneMinPx: number;
  /** Width of a "+N more" marker of up to two digits ("+99 more"). */
  markerPx: number;
  /** How much wider a marker is for each more digit (or thousands separator). */
  digitPx: number;
  /** Free pixels kept between neighbours in a row. */
  gapPx: number;
  /** Width of a point's dot (the label starts half of it after the day). */
  dotPx: number;
  /** Padding and border of an item around its label. */
  padPx: number;
  /** Room kept at each end of a range for the "?" of an unknown end. */
  tailPx: number;
}

/** The sizes at a root font size of 16 px; `metricsFor` scales them. */
const METRICS_16: Metrics = {
  // Two lines of 0.78rem at 1.2, 6 px of padding and borders (timeline-styles.ts evens points and forecasts out) and
  // vis-timeline's 4 px between rows: 40, as measured for each kind of item.
  rowPx: 40,
  // A marker's line of 0.72rem, its padding and border, and the 4 px between rows: 21.8 measured. vis-timeline
  // rounds a lane's height up to whole pixels, so a lane of r rows and markers takes ceil(r × 39.94 + 21.8): never
  // more than r × 40 + 22, and exactly that for the rows a screen holds. No pixel added: the lanes' budget is exact.
  markerRowPx: 22,
  laneMinPx: 42,
  markerPx: 72,
  digitPx: 8,
  gapPx: 6,
  dotPx: 10,
  padPx: 10,
  tailPx: 12,
};

/** The metrics at a root font size (px): text and rows grow with it, dots and gaps do not. */
export function metricsFor(rootPx = 16): Metrics {
  const k = rootPx / 16;
  const m = METRICS_16;
  return {
    ...m,
    rowPx: Math.ceil(m.rowPx * k),
    markerRowPx: Math.ceil(m.markerRowPx * k),
    laneMinPx: Math.ceil(m.laneMinPx * k),
    markerPx: Math.ceil(m.markerPx * k),
    digitPx: Math.ceil(m.digitPx * k),
  };
}

/** Size of a title's font in px at a root size of 16 px (0.78rem, as `.vis-item` in timeline-styles.ts). */
export const TITLE_FONT_PX = 12.48;

/**
 * The widest a title is drawn (px) at a zoom level: 22em when a day is wide (a week or two on screen), narrower as
 * days get narrow, down to 16em: wide enough for most titles to fit whole on two lines. A title takes less when it needs less to fit on two lines (`widthOf` in
 * `PlacementInput`). In steps, so that zooming a little does not resize every title.
 */
export function labelWidth(msPerPx: number, emPx = TITLE_FONT_PX): number {
  const dayPx = DAY_MS / msPerPx;
  const em = dayPx >= 40 ? 22 : dayPx >= 12 ? 20 : dayPx >= 3 ? 18 : 16;
  return Math.round(em * emPx);
}

/**
 * The characters of a count of events written with a separator between groups of three digits ("12,345"): as
 * English, Ukrainian and Korean write it, and never fewer than any locale the app speaks (some leave four digits
 * ungrouped). Counted rather than formatted: a page's first number formatting loads its locale data (15 to 25 ms in
 * Chromium), and the opening window is placed before any number is written.
 */
export function countCharacters(count: number): number {
  const digits = String(Math.trunc(Math.abs(count))).length;
  return digits + Math.floor((digits - 1) / 3);
}

/** The width of a marker that counts `count` events: wider by a digit's width for every character past two. */
export function markerWidth(count: number, m: Metrics): number {
  return m.markerPx + Math.max(0, countCharacters(count) - 2) * m.digitPx;
}
