// Loads a dataset in the browser tests, through the same loader the app uses.
import { indexDataset, type DatasetIndex } from '../../src/data/dataset-index.js';
import { fetchText, loadDataset } from '../../src/data/load.js';

export async function loadIndex(path = '/data/events.json'): Promise<DatasetIndex> {
  const result = await loadDataset(fetchText, new URL(path, window.location.origin).href);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.message} at ${p.path}`).join('\n'));
  return indexDataset(result.dataset, result.texts);
}

/**
 * Waits until `check` holds, polling once per animation frame. The limit is there only so that a failure names what
 * it waited for: 15 s, just under the browser tests' 20 s time-out (web-test-runner.config.js), not a target; a busy
 * machine gets all of it.
 */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

/** The next `type` event on `target`, typed from the global event map. Set it up before the action. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(type, (event) => resolve(event as HTMLElementEventMap[K]), { once: true });
  });
}

/** The elements st-app loads on demand (src/app/lazy-elements.ts). */
const LAZY = 'st-timeline, st-overview, st-claims-view, st-presentation';

/**
 * Waits until the lazily loaded elements `host`'s shadow root shows have arrived and drawn (a timeline, also its
 * vis-timeline): for tests about what they do once there, not about their loading.
 */
export async function lazyViewsReady(host: Element): Promise<void> {
  // The app draws its closed dialogs and the handout after its first frame (decision 0023); the timeline's code
  // is asked for then too.
  const root = host.shadowRoot;
  if (host.localName === 'st-app' && root && !root.querySelector('st-error-panel')) {
    await until(() => root.querySelector('st-article-viewer') !== null, 'the parts drawn after the first frame');
  }
  // The list draws its first page a few entries a task after its first frame (st-event-list.ts, DrawnInTurns).
  for (const list of host.shadowRoot?.querySelectorAll('st-event-list') ?? []) {
    const { events } = list as Element & { events: readonly unknown[] };
    const page = Math.min(events.length, 100);
    await until(() => (list.shadowRoot?.querySelectorAll('article').length ?? 0) >= page, 'the list’s first page');
  }
  for (const el of host.shadowRoot?.querySelectorAll(LAZY) ?? []) {
    await customElements.whenDefined(el.localName);
    const drawn = el as Element & { updateComplete?: Promise<unknown>; ready?: Promise<void> };
    await drawn.updateComplete;
    await drawn.ready;
  }
}
