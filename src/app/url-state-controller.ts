/**
 * Keeps the app's state in the address bar: reads it on load and on back/forward,
 * writes it on every change (push for views and filters, replace for selection and window),
 * and re-renders the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';
import { EMPTY_STATE, readState, writeState, type AppState } from './app-state.js';

export type HistoryMode = 'push' | 'replace';

/** Where the state lives: the page's address, or only in memory (an element inside someone else's page). */
export type StateHome = 'address' | 'memory';

/** What the controller needs from its host. */
export interface StateHost extends ReactiveControllerHost {
  /** Where the state lives. */
  stateIn: StateHome;
  /** With `memory`: the state to start from, as a query string. */
  query: string;
}

export class UrlStateController implements ReactiveController {
  /** The current state, as last read or written. */
  state: AppState = EMPTY_STATE;

  private index: DatasetIndex | undefined;

  constructor(
    private readonly host: StateHost,
    /** Called after back/forward changed the state, for what a re-render alone cannot do (move the timeline). */
    private readonly onNavigate: (state: AppState) => void = () => undefined,
  ) {
    host.addController(this);
  }

  private get inMemory(): boolean {
    return this.host.stateIn === 'memory';
  }

  /** The query string the state is read from. */
  private get search(): string {
    return this.inMemory ? this.host.query : window.location.search;
  }

  /** A disconnected app (late events from its parts) must not write another app's address. */
  private connected = false;

  hostConnected(): void {
    this.connected = true;
    this.state = readState(this.search, this.index);
    if (!this.inMemory) window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Re-reads the address against the loaded dataset, dropping unknown ids and values. */
  resolve(index: DatasetIndex): void {
    this.index = index;
    this.state = readState(this.search, index);
    this.host.requestUpdate();
  }

  /** Changes part of the state and records it in the address. */
  set(patch: Partial<AppState>, mode: HistoryMode): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
    if (this.inMemory || !this.connected) return;
    const href = writeState(window.location.href, this.state);
    try {
      if (href !== window.location.href) {
        if (mode === 'push') window.history.pushState(null, '', href);
        else window.history.replaceState(window.history.state, '', href);
      }
    } catch {
      // Sandboxed frames may refuse history changes; the state still works without the address.
    }
  }

  private readonly onPopState = (): void => {
    this.state = readState(window.location.search, this.index);
    this.host.requestUpdate();
    this.onNavigate(this.state);
  };
}
