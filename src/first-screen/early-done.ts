/**
 * The early screen's handshake with the app's code (decision 0057). `public/first-screen.js` marks the page
 * (`data-st-early` on <html>) when it loads the early screen's module; the module clears the mark and says so once
 * it has drawn, or given up (as the script element does if the module cannot load). The app's code waits for that
 * before it runs (painted.ts): both would otherwise take turns on the page's one thread, and the early screen,
 * which is there to be seen first, would come after the app's own.
 */

/** The mark on <html> while the early screen is being drawn (`data-st-early`, `dataset.stEarly`). */
export const EARLY_MARK = 'data-st-early';
/** The event on the document once it is drawn or given up. */
export const EARLY_DONE = 'st-early-done';

/** Says the early screen is drawn, or will not be. */
export function earlyScreenDone(doc: Document = document): void {
  doc.documentElement.removeAttribute(EARLY_MARK);
  doc.dispatchEvent(new Event(EARLY_DONE));
}

/** Resolves once the early screen is drawn or given up (at once if none is on its way), after `waitMs` at most. */
export function earlyScreenSettled(doc: Document, waitMs: number): Promise<void> {
  if (!doc.documentElement.hasAttribute(EARLY_MARK)) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, waitMs);
    doc.addEventListener(
      EARLY_DONE,
      () => {
        clearTimeout(timer);
        done();
      },
      { once: true },
    );
  });
}
