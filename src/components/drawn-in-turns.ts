/**
 * How much of a long series an element draws so far: `first` items in its first frame, then `step` more in each
 * task after it, until all are drawn. One long task would block the page (Lighthouse counts every task over
 * 50 ms on a slow phone, decision 0057); a few short ones leave it free between them. Properties down: the host
 * reads `count`, and says when to draw everything at once (`finish`: an entry to scroll to, a page to print). Only
 * the first drawing is spread: once every item has been drawn, the count stays unbounded.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DrawnInTurns implements ReactiveController {
  /** Items to draw now (`Infinity` once finished). */
  count: number;
  private frame: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How many there are to draw. */
    private readonly total: () => number,
    private readonly first: number,
    private readonly step: number,
  ) {
    this.count = first;
    host.addController(this);
  }

  /** Whether every item is drawn. */
  get done(): boolean {
    return this.count >= this.total();
  }

  /** Draws the rest in the host's next update. */
  finish(): void {
    this.cancel();
    if (this.count === Infinity) return;
    this.count = Infinity;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Once all are drawn, more to draw later (a page added, other events) is drawn at once, as asked.
    if (this.done) this.count = Infinity;
    if (this.done || this.frame !== undefined || this.timer !== undefined) return;
    // The first turn after the first frame has been drawn; each later one in a task of its own.
    const next = () => {
      this.frame = undefined;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.count += this.step;
        this.host.requestUpdate();
      });
    };
    if (this.count === this.first) this.frame = requestAnimationFrame(next);
    else next();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.frame = undefined;
    this.timer = undefined;
  }
}
