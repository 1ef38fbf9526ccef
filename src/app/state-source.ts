/**
 * Where the app's state lives, and the one module that reads and writes the page's address.
 *
 * - `addressSource()`: the app's own page. The state is the query string; changes are pushed or replace the history
 *   entry; back and forward are heard. The page also says what the reader opened: another dataset (`data`), embed
 *   mode (`embed=1`) and the embed's title (`title`).
 * - `memorySource(query)`: an app inside someone else's page (`<sourced-timeline>`). The state starts from the given
 *   query and stays in memory; the page's address is never read or written, so a host page's `?embed=1` or
 *   `?title=…` mean nothing to it.
 *
 * ESLint keeps `location` and `history` out of every other file in src/.
 */
import { writeState, type AppState } from './app-state.js';

export type HistoryMode = 'push' | 'replace';

/** What the page asks of the app, beyond the reader's state; only the app's own page can ask. */
export interface PageRequest {
  /** `?data=`: another dataset than the site's own, as written (checked later by `datasetSource`). */
  data: string | null;
  /** `?embed=1`: embedded in an iframe. */
  embed: boolean;
  /** `?title=`: the embed's heading, as written (cleaned before it is shown). */
  title: string | null;
}

export interface StateSource {
  /** `address` or `memory`. */
  readonly kind: 'address' | 'memory';
  /** The query string the state is read from. */
  search(): string;
  /** What the page asks for; nothing in memory. */
  request(): PageRequest;
  /** The page's address without its query: datasets are resolved against it. */
  base(): string;
  /** Records a new state. */
  write(state: AppState, mode: HistoryMode): void;
  /** A link that reproduces `state`, or undefined where there is no page of ours to link to. */
  link(state: AppState): string | undefined;
  /** Calls `onChange` when the reader goes back or forward; returns a function that stops it. */
  listen(onChange: () => void): () => void;
}

const NOTHING_ASKED: PageRequest = { data: null, embed: false, title: null };

/** The app's own page: the state is its address. */
export function addressSource(): StateSource {
  return {
    kind: 'address',
    search: () => window.location.search,
    request: () => {
      const params = new URLSearchParams(window.location.search);
      return { data: params.get('data'), embed: params.get('embed') === '1', title: params.get('title') };
    },
    base: () => document.baseURI,
    write: (state, mode) => {
      const href = writeState(window.location.href, state);
      if (href === window.location.href) return;
      try {
        if (mode === 'push') window.history.pushState(null, '', href);
        else window.history.replaceState(window.history.state, '', href);
      } catch {
        // Sandboxed frames may refuse history changes; the state still works without the address.
      }
    },
    link: (state) => writeState(window.location.href, state),
    listen: (onChange) => {
      window.addEventListener('popstate', onChange);
      return () => window.removeEventListener('popstate', onChange);
    },
  };
}

/** An app inside another site's page: the state starts from `query` and is kept in memory. */
export function memorySource(query: () => string): StateSource {
  return {
    kind: 'memory',
    search: query,
    request: () => NOTHING_ASKED,
    base: () => document.baseURI,
    write: () => undefined,
    link: () => undefined,
    listen: () => () => undefined,
  };
}

/** Loads the page again (a new version of the app is ready to take over). */
export function reloadPage(): void {
  window.location.reload();
}
