import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';

/** How long "Link copied." stays. */
const SHOWN_MS = 5000;

/**
 * "Copy link": writes the view's address to the clipboard and says what happened for a few seconds
 * (`message`, empty otherwise). Where the clipboard is refused (a sandboxed frame), it says where the link is.
 */
export class CopyLink implements ReactiveController {
  message = '';
  private timer: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly link: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    window.clearTimeout(this.timer);
    this.message = '';
  }

  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.link() ?? '');
      this.say(msg('Link copied.'));
    } catch {
      this.say(msg('Copy the address from the address bar: it holds this view.'));
    }
  }

  private say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.message = '';
      this.host.requestUpdate();
    }, SHOWN_MS);
  }
}
