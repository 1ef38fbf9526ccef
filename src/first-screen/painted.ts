/**
 * When the page's first screen has been painted (decision 0057). Chromium records a text as the page's Largest
 * Contentful Paint only once the frame it was painted in has been presented; if `<st-app>` takes a shadow root
 * before then, the first screen is laid out anew inside its slot and the record is dropped, never to be taken
 * again: the page's LCP becomes the app's own list, painted a hundred milliseconds or more later, although the
 * reader saw the same events from the first frame. So the app is defined only once that first paint is known;
 * and, when the page draws an early screen for a `?data=` dataset, once that is drawn (early-done.ts).
 */
import { earlyScreenSettled } from './early-done.js';
import { FIRST_SCREEN_HIDDEN, FIRST_SCREEN_SLOT } from './layout.js';

/** Longest wait: a browser that reports no paint (or a page never drawn) starts the app after this. */
export const PAINT_WAIT_MS = 1000;

/** Whether `doc` shows a first screen in an `<st-app>` not defined yet (the app's own page, as built). */
function showsFirstScreen(doc: Document): boolean {
  return (
    !doc.documentElement.classList.contains(FIRST_SCREEN_HIDDEN) &&
    doc.querySelector(`st-app:not(:defined) > [slot="${FIRST_SCREEN_SLOT}"]`) !== null
  );
}

/**
 * Resolves once an early screen on its way is drawn or given up, and then once the page's first contentful paint
 * has been reported (at once when there is no first screen to keep, when the page is hidden and so not drawn, or
 * when the browser does not report paints); each wait is `waitMs` at most.
 */
export async function firstScreenPainted(doc: Document = document, waitMs = PAINT_WAIT_MS): Promise<void> {
  await earlyScreenSettled(doc, waitMs);
  const reports =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');
  if (!reports || doc.visibilityState === 'hidden' || !showsFirstScreen(doc)) return;
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return;
  await new Promise<void>((done) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      done();
    };
    const observer = new PerformanceObserver(finish);
    const timer = setTimeout(finish, waitMs);
    observer.observe({ type: 'paint' });
  });
}
