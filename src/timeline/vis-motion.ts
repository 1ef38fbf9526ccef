/**
 * Moving a timeline's window: to a window, zoomed, panned, or centred on a time; animated unless the reader asks for
 * reduced motion. Written against the few methods it uses, so vis-timeline stays imported in one module only.
 */
import type { TimeWindow } from '../data/dates.js';
import { panWindow } from './items.js';
import { prefersReducedMotion } from '../styles/motion.js';

/** The part of vis-timeline's `Timeline` that moves its window. */
export interface Movable {
  getWindow(): { start: Date; end: Date };
  setWindow(start: Date, end: Date, options?: { animation?: boolean }): void;
  zoomIn(fraction: number, options?: { animation?: boolean }): void;
  zoomOut(fraction: number, options?: { animation?: boolean }): void;
}

/** What the timeline's buttons, keys and links ask of its window. */
export interface WindowMoves {
  /** Shows a window. */
  show(target: TimeWindow): void;
  /** Zooms in (positive) or out (negative) by a fraction of the window. */
  zoom(fraction: number): void;
  /** Moves the window by a fraction of its width; negative moves earlier. */
  pan(fraction: number): void;
  /** Centres the window on a time (ms), at the same zoom and at once. */
  centreOn(time: number): void;
}

/** The moves of `timeline`; each does nothing while there is none (before it is made, after it is destroyed). */
export function windowMoves(timeline: Movable | undefined): WindowMoves {
  const animation = () => !prefersReducedMotion();
  const show = (target: TimeWindow) => timeline?.setWindow(target.start, target.end, { animation: animation() });
  return {
    show,
    zoom: (fraction) => {
      if (fraction > 0) timeline?.zoomIn(fraction, { animation: animation() });
      else timeline?.zoomOut(-fraction, { animation: animation() });
    },
    pan: (fraction) => {
      const current = timeline?.getWindow();
      if (current) show(panWindow(current, fraction));
    },
    centreOn: (time) => {
      const current = timeline?.getWindow();
      const half = current && (current.end.getTime() - current.start.getTime()) / 2;
      if (half) timeline?.setWindow(new Date(time - half), new Date(time + half), { animation: false });
    },
  };
}
