/**
 * Every custom DOM event the elements send up, in one typed map, and `emit`, the one way they are sent: composed
 * and bubbling, so they cross shadow roots to the app. Details are small plain objects (or nothing).
 * Shared by `timeline`, `components` and `present`, which must not import each other.
 */
import type { AsOfChoice } from './data/as-of.js';
import type { TimeWindow } from './data/dates.js';
import type { FilterState } from './data/filters.js';

/** Asks for an event to become the selection (and the timeline to bring it into view). */
export interface SelectDetail {
  /** Event id. */
  id: string;
}

/** Asks for an article to be shown, with an excerpt highlighted. */
export interface OpenArticleDetail {
  /** Article id. */
  article: string;
  /** Verbatim excerpt to highlight and scroll to. */
  quote?: string | undefined;
}

/** Asks for the filters to keep only the events an article reports (`only`: and no other article). */
export interface FilterArticleDetail {
  article: string;
  only: boolean;
}

/** The reader pressed Enter in the search box: the filters as they then stand. */
export interface SearchSubmitDetail {
  query: string;
  filters: FilterState;
}

/** The presentation moved to another story or step. */
export interface PresentChangeDetail {
  /** The deck's id: a story's, or the one of all events shown. */
  story: string;
  /** Index of the step, from 0. */
  step: number;
}

/** The timeline's toolbar asks to zoom: in by a fraction of the window (positive), or out (negative). */
export interface ZoomDetail {
  fraction: number;
}

/** The timeline's toolbar asks to move the window by a fraction of its width (negative: earlier). */
export interface PanDetail {
  fraction: number;
}

/** The timeline's toolbar asks for one of the dataset's windows. */
export interface PresetDetail {
  /** The window's id in the dataset. */
  id: string;
}

/** The timeline's toolbar asks for one lane per group, or a single lane. */
export interface LanesDetail {
  lanes: 'groups' | 'single';
}

/** Each event's name and detail. */
export interface StEventMap {
  /** An event was chosen (click, Enter or Space, a related link, Previous or Next). */
  'st-select': SelectDetail;
  /** "Show in article" was pressed. */
  'st-open-article': OpenArticleDetail;
  /** The overview's brush asks the timeline to show a window. */
  'st-window-request': TimeWindow;
  /** The timeline's visible window changed (after a zoom or a pan settles). */
  'st-window-change': TimeWindow;
  /** The reader changed the filters or the search. */
  'st-filters-change': FilterState;
  'st-search-submit': SearchSubmitDetail;
  'st-filter-article': FilterArticleDetail;
  'st-present-change': PresentChangeDetail;
  /** "As known on" asks for another day (or none: all the reporting). */
  'st-as-of-change': AsOfChoice | undefined;
  /** The presentation was left (Esc, or its close button). */
  'st-present-exit': undefined;
  /** The timeline toolbar's requests, handled by the timeline around it. */
  'st-zoom': ZoomDetail;
  'st-pan': PanDetail;
  /** "Fit all": show every event. */
  'st-fit': undefined;
  'st-preset': PresetDetail;
  'st-lanes': LanesDetail;
  /** "First reports": draw (true) or hide (false) a tick at each titled event's first report. */
  'st-first-reports': boolean;
  /** The reader asked for the new version of the app (the offline notice's Reload). */
  'st-update-request': undefined;
}

export type StEventType = keyof StEventMap;

declare global {
  interface HTMLElementEventMap {
    'st-select': CustomEvent<StEventMap['st-select']>;
    'st-open-article': CustomEvent<StEventMap['st-open-article']>;
    'st-window-request': CustomEvent<StEventMap['st-window-request']>;
    'st-window-change': CustomEvent<StEventMap['st-window-change']>;
    'st-filters-change': CustomEvent<StEventMap['st-filters-change']>;
    'st-search-submit': CustomEvent<StEventMap['st-search-submit']>;
    'st-filter-article': CustomEvent<StEventMap['st-filter-article']>;
    'st-present-change': CustomEvent<StEventMap['st-present-change']>;
    'st-present-exit': CustomEvent<StEventMap['st-present-exit']>;
    'st-as-of-change': CustomEvent<StEventMap['st-as-of-change']>;
    'st-zoom': CustomEvent<StEventMap['st-zoom']>;
    'st-pan': CustomEvent<StEventMap['st-pan']>;
    'st-fit': CustomEvent<StEventMap['st-fit']>;
    'st-preset': CustomEvent<StEventMap['st-preset']>;
    'st-lanes': CustomEvent<StEventMap['st-lanes']>;
    'st-first-reports': CustomEvent<StEventMap['st-first-reports']>;
    'st-update-request': CustomEvent<StEventMap['st-update-request']>;
  }
}

/** Sends `type` from `target`, composed and bubbling; returns false if a listener cancelled it. */
export function emit<K extends StEventType>(target: EventTarget, type: K, detail: StEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}
