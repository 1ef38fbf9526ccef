/**
 * Everything a link must carry, as query parameters: the view, the filters and search,
 * the selected event and the visible window. Pure; parameters it does not own are kept.
 */
import type { AsOfChoice } from '../data/as-of.js';
import { AS_OF_PARAMS, readAsOf, writeAsOf } from '../data/as-of-params.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import { ALL_EVENTS, UNFOLDED } from '../present/deck.js';
import { EMPTY_FILTERS, FILTER_PARAMS, filtersFromParams, filtersToParams, type FilterState } from '../data/filters.js';

export const VIEWS = ['timeline', 'list', 'claims', 'sources'] as const;
export type View = (typeof VIEWS)[number];

/** A presentation under way: which deck (a story's id, or all events shown) and which step, from 0. */
export interface Presenting {
  story: string | undefined;
  step: number;
}

export interface AppState {
  /** Unset: the default for the screen (list on phones, timeline elsewhere). */
  view: View | undefined;
  filters: FilterState;
  event: string | undefined;
  window: TimeWindow | undefined;
  /** Presentation mode (`present=1&story=…&step=…`, the step counted from 1 in the address). */
  present: Presenting | undefined;
  /** "As known on": the chronology as it stood at the end of a day (`asof=2024-10-22`, `possibly=1`). */
  asOf: AsOfChoice | undefined;
}

export const EMPTY_STATE: AppState = {
  view: undefined,
  filters: EMPTY_FILTERS,
  event: undefined,
  window: undefined,
  present: undefined,
  asOf: undefined,
};

/** Every parameter the state owns; any other (e.g. `embed`) is left as it is. */
const OWNED = new Set(['view', 'event', 'from', 'to', 'present', 'story', 'step', ...AS_OF_PARAMS, ...FILTER_PARAMS]);

/** `present=1`, with the story and the step (from 1) if given; with an index, an unknown story is dropped. */
function readPresenting(params: URLSearchParams, index?: DatasetIndex): Presenting | undefined {
  if (params.get('present') !== '1') return undefined;
  const story = params.get('story') ?? undefined;
  const known =
    !index ||
    story === undefined ||
    story === ALL_EVENTS ||
    story === UNFOLDED ||
    index.dataset.stories?.some((s) => s.id === story);
  const step = Number(params.get('step') ?? '1');
  return { story: known ? story : undefined, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
}

/** `2024-10-20` at midnight UTC, else to the minute: `2024-10-20T06:13Z`. */
export function formatInstant(date: Date): string {
  const iso = new Date(Math.round(date.getTime() / 60_000) * 60_000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

export function parseInstant(text: string | null): Date | undefined {
  if (text === null || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}Z)?$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads the state from a query string; with an index, unknown ids and values are dropped. */
export function readState(search: string, index?: DatasetIndex): AppState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const event = params.get('event') ?? undefined;
  const start = parseInstant(params.get('from'));
  const end = parseInstant(params.get('to'));
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : undefined,
    filters: filtersFromParams(params, index),
    event: event === '' || (index && event !== undefined && !index.event.has(event)) ? undefined : event,
    window: start && end && start < end ? { start, end } : undefined,
    present: readPresenting(params, index),
    asOf: readAsOf(params),
  };
}

/** The same URL with the state written in; parameters the state does not own are kept. */
export function writeState(href: string, state: AppState): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (OWNED.has(key)) url.searchParams.delete(key);
  if (state.view) url.searchParams.set('view', state.view);
  for (const [key, value] of filtersToParams(state.filters)) url.searchParams.append(key, value);
  if (state.event) url.searchParams.set('event', state.event);
  if (state.window) {
    url.searchParams.set('from', formatInstant(state.window.start));
    url.searchParams.set('to', formatInstant(state.window.end));
  }
  writeAsOf(url.searchParams, state.asOf);
  if (state.present) {
    url.searchParams.set('present', '1');
    if (state.present.story) url.searchParams.set('story', state.present.story);
    url.searchParams.set('step', String(state.present.step + 1));
  }
  return url.href;
}
