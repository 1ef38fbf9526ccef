/**
 * Everything a link must carry, as query parameters: the view, the filters and search,
 * the selected event and the visible window. Pure; parameters it does not own are kept.
 */
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import { EMPTY_FILTERS, FILTER_PARAMS, filtersFromParams, filtersToParams, type FilterState } from '../data/filters.js';

export const VIEWS = ['timeline', 'list', 'claims', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export interface AppState {
  /** Unset: the default for the screen (list on phones, timeline elsewhere). */
  view: View | undefined;
  filters: FilterState;
  event: string | undefined;
  window: TimeWindow | undefined;
}

export const EMPTY_STATE: AppState = { view: undefined, filters: EMPTY_FILTERS, event: undefined, window: undefined };

/** Every parameter the state owns; any other (e.g. `embed`) is left as it is. */
const OWNED = new Set(['view', 'event', 'from', 'to', ...FILTER_PARAMS]);

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
  return url.href;
}
