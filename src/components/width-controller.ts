/** Reports an element's content width whenever it changes, for charts drawn to fit. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  private width = 0;

  private readonly observer = new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    // Next frame: drawing now can change the layout (a scroll bar appears) inside the observer's own loop.
    requestAnimationFrame(() => {
      if (width === this.width) return;
      this.width = width;
      this.onWidth(width);
    });
  });

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onWidth: (width: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
