/**
 * Keeps the app's state where it lives (see `state-source.ts`): reads it on connect and on back/forward, records
 * every change (push for views and filters, replace for selection and window), and re-renders the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';
import { EMPTY_STATE, readState, type AppState } from './app-state.js';
import { addressSource, memorySource, type HistoryMode, type PageRequest, type StateSource } from './state-source.js';

export type { HistoryMode };

/** Where the state lives: the page's address, or only in memory (an element inside someone else's page). */
export type StateHome = 'address' | 'memory';

/** What the controller needs from its host. */
export interface StateHost extends ReactiveControllerHost {
  /** Where the state lives. */
  stateIn: StateHome;
  /** With `memory`: the state to start from, as a query string. */
  query: string;
}

export class StateController implements ReactiveController {
  /** The current state, as last read or written. */
  state: AppState = EMPTY_STATE;

  private index: DatasetIndex | undefined;
  private source: StateSource | undefined;
  private stopListening: (() => void) | undefined;
  /** The `asof` the host last gave (memory mode), to tell a new one from the reader's own choice. */
  private askedAsOf: string | null = null;

  constructor(
    private readonly host: StateHost,
    /** Called after back/forward changed the state, for what a re-render alone cannot do (move the timeline). */
    private readonly onNavigate: (state: AppState) => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** Where the state lives; decided when the host connects (its `state-in` is set by then). */
  private get home(): StateSource {
    this.source ??= this.host.stateIn === 'memory' ? memorySource(() => this.host.query) : addressSource();
    return this.source;
  }

  hostConnected(): void {
    this.source = undefined;
    this.state = readState(this.home.search(), this.index);
    this.askedAsOf = this.asked('asof');
    this.stopListening = this.home.listen(this.onPopState);
  }

  hostDisconnected(): void {
    // A disconnected app (late events from its parts) must not write another app's address.
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** What the page asks of the app (another dataset, embed mode); nothing inside another site's page. */
  get request(): PageRequest {
    return this.home.request();
  }

  /** Whether the state is in the page's address, rather than in memory. */
  get inAddress(): boolean {
    return this.home.kind === 'address';
  }

  /** A parameter as the page or the host wrote it, before the dataset was checked (e.g. an unknown event id). */
  asked(name: string): string | null {
    return new URLSearchParams(this.home.search()).get(name);
  }

  /** The address datasets are resolved against. */
  get base(): string {
    return this.home.base();
  }

  /** A link to the current state; undefined inside another site's page. */
  link(state: AppState = this.state): string | undefined {
    return this.home.link(state);
  }

  /** Re-reads the state against the loaded dataset, dropping unknown ids and values. */
  resolve(index: DatasetIndex): void {
    this.index = index;
    this.state = readState(this.home.search(), index);
    this.host.requestUpdate();
  }

  /**
   * The host page gave a new starting point (`<sourced-timeline view=… event=…>`): applied in place, keeping the
   * reader's filters and everything else.
   */
  applyQuery(): void {
    const given = readState(this.home.search(), this.index);
    // A new `asof` from the host applies; an unchanged one leaves the reader's own choice of day.
    const asOf = this.asked('asof') === this.askedAsOf ? this.state.asOf : given.asOf;
    this.askedAsOf = this.asked('asof');
    this.state = { ...this.state, view: given.view ?? this.state.view, event: given.event ?? this.state.event, asOf };
    this.host.requestUpdate();
  }

  /** Changes part of the state and records it. */
  set(patch: Partial<AppState>, mode: HistoryMode): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
    if (this.stopListening) this.home.write(this.state, mode);
  }

  private readonly onPopState = (): void => {
    this.state = readState(this.home.search(), this.index);
    this.host.requestUpdate();
    this.onNavigate(this.state);
  };
}
