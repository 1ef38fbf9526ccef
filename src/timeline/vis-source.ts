/** The contract between `st-timeline` and its vis-timeline controller: what the controller reads, and tells. */
import type { TimeWindow } from '../data/dates.js';
import type { Layout, Shown } from './layout.js';

/** What the controller reads from its host, and tells it. */
export interface VisSource {
  /** The element vis-timeline draws into, rendered by the host's first update. */
  container(): HTMLElement;
  /** Where the dataset's events are drawn; undefined without a dataset. */
  layout(): Layout | undefined;
  /** The events drawn. */
  shown(): Shown;
  /** The window the host shows: the one to start on, then the last one settled. Set when vis-timeline first draws. */
  visible(): TimeWindow | undefined;
  /** The selected event: always handed over, and brought into view. */
  selectedId(): string | undefined;
  /** The event that holds the tab stop among events: always titled. */
  activeId(): string | undefined;
  /** An event is being brought into view (selected, or moved to with the keys): the tab stop goes to it. */
  revealed(id: string): void;
  /** Items came or went, or vis-timeline redrew: the tab stop may have to move. */
  itemsChanged(): void;
  /** The window settled after a move or a zoom. */
  windowSettled(window: TimeWindow): void;
}
