/**
 * Listeners on something outside the element (the window, the document, a media query) that must live exactly as
 * long as the element is connected: `listen(signal)` adds them with `{ signal }` on each connect, and the signal is
 * aborted on disconnect, which removes them all. One place for the add/remove pairs that elements used to copy.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ConnectedListeners implements ReactiveController {
  private abort: AbortController | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly listen: (signal: AbortSignal) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.abort?.abort();
    this.abort = new AbortController();
    this.listen(this.abort.signal);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
