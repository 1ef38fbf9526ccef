/**
 * A call made once things rest: each `schedule` starts the wait again, and the call waiting is dropped when the host
 * leaves the page. The filter bar sends typing once it pauses; the embed dialog reloads its preview once the options
 * rest.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Debounce implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
  ) {
    host.addController(this);
  }

  /** Whether a call is waiting. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Calls `run` once `ms` have passed with no other `schedule` or `cancel`, instead of any call waiting. */
  schedule(run: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, this.ms);
  }

  /** Drops the call waiting, if any. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
