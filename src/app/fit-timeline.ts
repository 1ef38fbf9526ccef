/**
 * Gives the timeline the rest of the screen: its height runs from where it starts to the bottom of the viewport, so
 * that every lane of the window is in view together without scrolling the page (the timeline plans its rows for the
 * height it gets). Measured after each render, when the window is resized and when the app's own size changes (a
 * part above the timeline grew or shrank without a render of the app: a filter bar's chips, a late font); the
 * fit is idempotent, so the change it makes itself settles at once. In an embed, whose frame grows to its content,
 * the timeline keeps the fixed height its styles give it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this the timeline keeps its own minimum (its styles), and the page scrolls instead. */
const MIN_PX = 320;
/** Room left under the timeline. */
const MARGIN_PX = 12;

export class TimelineFit implements ReactiveController {
  private frame = 0;
  private readonly observer = new ResizeObserver(() => this.schedule());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.schedule);
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.schedule);
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    this.schedule();
  }

  private readonly schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.fit());
  };

  private fit(): void {
    const timeline = this.host.renderRoot.querySelector<HTMLElement>('st-timeline');
    if (!timeline) return;
    if (!this.enabled()) {
      timeline.style.removeProperty('height');
      return;
    }
    // From the top of the page, not of the viewport: scrolling must not change the height.
    const top = timeline.getBoundingClientRect().top + window.scrollY;
    const height = `${Math.max(MIN_PX, Math.round(window.innerHeight - top - MARGIN_PX))}px`;
    if (timeline.style.height !== height) timeline.style.height = height;
  }
}
