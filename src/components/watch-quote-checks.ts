/**
 * A controller that draws its host again as the quotes of the dataset it shows are checked (see
 * `src/app/quote-checking.ts`): excerpts say whether each quote was found in its article, and an article's text may
 * arrive while it is open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';

export class WatchQuoteChecks implements ReactiveController {
  private watched: DatasetIndex['checks'] | undefined;
  private stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly indexOf: () => DatasetIndex | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const checks = this.indexOf()?.checks;
    if (checks === this.watched) return;
    this.stop?.();
    this.watched = checks;
    this.stop = checks && !checks.done ? checks.subscribe(() => this.host.requestUpdate()) : undefined;
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.watched = undefined;
  }
}
