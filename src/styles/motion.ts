/**
 * Whether the reader asks for reduced motion (the system's setting), for what scripts move: the timeline's window
 * and scrolling to an entry or a quote. What CSS moves follows `reducedMotion` in shared-styles.ts.
 */

/** The reader asks for reduced motion. */
export const prefersReducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How to scroll something into view: at once under reduced motion, else smoothly. */
export const scrollBehavior = (): ScrollBehavior => (prefersReducedMotion() ? 'instant' : 'smooth');
