/**
 * Presentation mode in the app: the decks on offer for the events shown, the `<st-presentation>` element over the
 * page, and where focus goes on leaving. The page stays as it was underneath (hidden, so neither Tab nor a screen
 * reader reaches it; see the styles), so that leaving finds the same view and the same focus.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimelineEvent } from '../data/types.js';
import type { PresentChangeDetail } from '../events.js';
import { deepActiveElement } from '../components/focus.js';
import { decks, type Deck } from '../present/deck.js';
import type { StateController } from './state-controller.js';
import type { LazyElements } from './lazy-elements.js';
import { lazyStatus } from './views.js';

export class Presenting implements ReactiveController {
  /** The decks on offer for the events shown; rebuilt when those change. */
  private offered: { events: readonly TimelineEvent[]; decks: Deck[] } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly state: StateController,
    private readonly lazy: LazyElements,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The presentation, if one is under way. */
  render(index: DatasetIndex, events: readonly TimelineEvent[]) {
    const present = this.state.state.present;
    if (!present) return nothing;
    if (this.offered?.events !== events) {
      this.offered = { events, decks: decks(index, events, events.length !== index.events.length) };
    }
    const loading = this.lazy.state('st-presentation');
    return html`<st-presentation
      .index=${index}
      .decks=${this.offered.decks}
      .story=${present.story}
      .step=${present.step}
      @st-present-change=${(e: CustomEvent<PresentChangeDetail>) =>
        this.state.set({ present: { story: e.detail.story, step: e.detail.step } }, 'replace')}
      @st-present-exit=${() => void this.stop()}
      >${loading === 'ready' ? nothing : lazyStatus(this.lazy, 'st-presentation', loading)}</st-presentation
    >`;
  }

  start(): void {
    this.state.set({ present: { story: undefined, step: 0 } }, 'push');
  }

  async stop(): Promise<void> {
    this.state.set({ present: undefined }, 'push');
    await this.host.updateComplete;
    // The presentation gave focus back to where the reader was (its modal controller); opened from a link,
    // there was no such place: the Present button then.
    const active = deepActiveElement();
    if (!active || active === document.body) this.host.renderRoot.querySelector<HTMLElement>('button.present')?.focus();
  }
}
