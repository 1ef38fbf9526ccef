/**
 * Elements whose code is fetched when they are first shown, not with the page: the timeline (vis-timeline,
 * about 150 kB gzip), and the d3 views (overview, claims chart, presentation strip). The list view and the shell
 * need none of it, so the first events show before it arrives. See docs/decisions/0012-lazy-views.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Each element's module, which defines it. */
const MODULES = {
  'st-timeline': () => import('../timeline/st-timeline.js'),
  'st-overview': () => import('../components/st-overview.js'),
  'st-claims-view': () => import('../components/st-claims-view.js'),
  'st-presentation': () => import('../present/st-presentation.js'),
} satisfies Record<string, () => Promise<unknown>>;

export type LazyTag = keyof typeof MODULES;

/** The lazily loaded elements a view (and the presentation, if under way) needs. */
export function tagsFor(view: string, presenting: boolean): LazyTag[] {
  const tags: LazyTag[] =
    view === 'timeline' ? ['st-timeline', 'st-overview'] : view === 'claims' ? ['st-claims-view'] : [];
  return presenting ? [...tags, 'st-presentation'] : tags;
}
export type LoadState = 'loading' | 'ready' | 'failed';

/** One fetch per element and page, shared by every app on it; a failed one is forgotten, so it can be retried. */
const loads = new Map<LazyTag, Promise<void>>();

/** Fetches `tag`'s code (once) and resolves when the element is defined. */
export function loadElement(tag: LazyTag): Promise<void> {
  let load = loads.get(tag);
  if (!load) {
    load = MODULES[tag]().then(() => customElements.whenDefined(tag).then(() => undefined));
    load.catch(() => loads.delete(tag));
    loads.set(tag, load);
  }
  return load;
}

let markArrived: () => void = () => {};
const arrived = new Promise<void>((resolve) => (markArrived = resolve));

/**
 * Resolves once the parts drawn after the first frame (closed dialogs, the print handout: `closed-parts.ts`) have
 * arrived, whichever app on the page released them: what should come after them (the offline copy's code) waits
 * for it.
 */
export function lazyPartsArrived(): Promise<void> {
  return arrived;
}

/**
 * The load state of each lazy element for one host, which renders again when one arrives or fails (to drop its
 * placeholder or show the failure). Asking for a state starts the fetch.
 */
export class LazyElements implements ReactiveController {
  private readonly states = new Map<LazyTag, LoadState>();
  /** Elements whose code waits for `release()`: asked for before the first frame, they would delay it. */
  private held: ReadonlySet<LazyTag>;

  constructor(
    private readonly host: ReactiveControllerHost,
    hold: readonly LazyTag[] = [],
  ) {
    host.addController(this);
    this.held = new Set(hold);
  }

  hostConnected(): void {}

  /** Whether the first frame has been painted (`release()` has run): what it does not need can be drawn now. */
  get released(): boolean {
    return this.held.size === 0;
  }

  /** Lets the held elements' code be fetched (those already asked for start now). */
  release(): void {
    if (this.held.size === 0) return;
    this.held = new Set();
    // What is closed or only for print (the article viewer, the embed dialog, the handout) arrives now too.
    this.closedParts = import('./closed-parts.js').then(() => {
      markArrived();
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  /** The code of the closed parts, once released. */
  private closedParts: Promise<void> = Promise.resolve();

  /** `release()` now, resolved once the host has drawn again: for a reader who acts before the first frame is painted. */
  async releaseNow(): Promise<void> {
    this.release();
    await this.closedParts;
    await this.host.updateComplete;
  }

  /** `release()` once the next frame has been painted (a frame's callbacks run before it is, a task after). */
  releaseAfterPaint(): void {
    if (this.held.size === 0 || this.releasing) return;
    this.releasing = true;
    requestAnimationFrame(() => setTimeout(() => this.release(), 0));
  }

  private releasing = false;

  /** `tag`'s state; starts fetching its code if that has not begun (and it is not held). */
  state(tag: LazyTag): LoadState {
    if (customElements.get(tag)) return 'ready';
    if (this.held.has(tag)) return 'loading';
    const known = this.states.get(tag);
    if (known) return known;
    this.states.set(tag, 'loading');
    loadElement(tag).then(
      () => this.settle(tag, 'ready'),
      () => this.settle(tag, 'failed'),
    );
    return 'loading';
  }

  /** Fetch `tag` again after a failure. */
  retry(tag: LazyTag): void {
    this.states.delete(tag);
    this.state(tag);
    this.host.requestUpdate();
  }

  private settle(tag: LazyTag, state: LoadState): void {
    this.states.set(tag, state);
    this.host.requestUpdate();
  }
}
