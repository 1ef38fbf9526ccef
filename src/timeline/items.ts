/**
 * Pure mapping from the dataset to what the timeline draws: items, lanes and windows.
 * No vis-timeline import here, so it is unit-tested in Node; `st-timeline` hands the
 * result to vis-timeline.
 */
import { isExactDay, parseEdtf, type DatePrecision, type DateSpan, type TimeWindow } from '../data/dates.js';
import {
  eventDate,
  eventDateText,
  datasetLang,
  eventGroup,
  sourceCount,
  sourceNoun,
  type DatasetIndex,
} from '../data/dataset-index.js';
import { statusText } from '../data/labels.js';
import { DAY_MS, YEAR_MS, boundsOf, overlaps, type TimeRange } from '../data/time.js';
import { runInTurns, runToEnd } from '../data/steps.js';
import type { EventStatus, TimelineEvent } from '../data/types.js';
import { windowSearch } from './first-window.js';
import { KEY_WEIGHT } from './placement.js';
import { SpanIndex, rangeOf, type Placed } from './windowing.js';
import { msg } from '@lit/localize';
import { sourceCount as sourcesText } from '../i18n/words.js';

export type { TimeWindow };

/** One lane per group of the dataset, or one lane for all. */
export type LaneMode = 'groups' | 'single';

/**
 * The lane every event shares in single-lane mode; it has no label, which would only cost width. Not a valid id, so
 * no group of a dataset can be taken for it.
 */
export const SINGLE_LANE = '-all';

/** How a date is drawn: a point for a known day, a fuzzy range otherwise. */
export type DateStyle = 'exact' | 'approximate' | 'uncertain' | 'range';

export interface ItemModel {
  id: string;
  /** The group's lane, or the single unlabelled lane. */
  lane: string;
  /** Start of the drawn span (a point is drawn at midday of its day). */
  start: Date;
  /** End of the drawn span; absent for points. */
  end?: Date;
  type: 'point' | 'range';
  dateStyle: DateStyle;
  status: EventStatus;
  /** The group (lane) the event belongs to, for its colour even in single-lane mode. */
  group: string;
  /** The language of the title (the dataset's), for its `lang`. */
  lang: string;
  /** CSS classes for the vis item (never data strings). */
  className: string;
  title: string;
  dateText: string;
  sources: number;
  /** The dataset gives no source for it, on purpose. */
  unsourced: boolean;
  /** Accessible name: title, date, status and number of sources. */
  label: string;
}

export interface LaneModel {
  id: string;
  label: string;
  order: number;
  /** The label's language (the dataset's); none for the unlabelled lane. */
  lang?: string;
}

const HALF_DAY = DAY_MS / 2;

/** How far an open end fades out, or an unknown end runs on, by the precision of the known end. */
const OPEN_EXTENT: Readonly<Record<DatePrecision, number>> = {
  time: 7 * DAY_MS,
  day: 7 * DAY_MS,
  month: 90 * DAY_MS,
  season: 180 * DAY_MS,
  year: 3 * YEAR_MS,
  decade: 30 * YEAR_MS,
  century: 300 * YEAR_MS,
};

/** The span drawn for a date: its own, widened where an end is open or unknown. */
function drawnSpan(span: DateSpan): TimeRange {
  const before = span.openStart ? OPEN_EXTENT[span.endPrecision ?? span.precision] : 0;
  const after = span.openEnd ? OPEN_EXTENT[span.precision] : 0;
  return { start: span.start - before, end: span.end + 1 + after };
}

/** Classes for the ends of an interval: `st-start-open`, `st-end-unknown`. */
function endClasses(span: DateSpan): string {
  return [span.openStart ? ` st-start-${span.openStart}` : '', span.openEnd ? ` st-end-${span.openEnd}` : ''].join('');
}

export function dateStyleOf(index: DatasetIndex, event: TimelineEvent): DateStyle {
  const span = eventDate(index, event);
  if (isExactDay(span)) return 'exact';
  if (span.interval) return 'range';
  return span.uncertain ? 'uncertain' : span.approximate ? 'approximate' : 'range';
}

/**
 * Where an event is drawn: its lane and span (a point at midday of a known day), and its weight when there is room
 * for only some titles (key events first, then by number of sources). Cheap: no texts.
 */
export function placeOf(index: DatasetIndex, event: TimelineEvent, lanes: LaneMode): Placed {
  const span = eventDate(index, event);
  const lane = lanes === 'single' || index.groups.length === 0 ? SINGLE_LANE : eventGroup(index, event);
  const weight = (event.key === true ? KEY_WEIGHT : 0) + sourceCount(event);
  if (isExactDay(span)) {
    const at = span.precision === 'time' ? span.start : span.start + HALF_DAY;
    return { id: event.id, lane, start: at, end: at, weight };
  }
  return { id: event.id, lane, ...drawnSpan(span), weight };
}

/** The vis item model of one event. Its texts (`dateText`, `label`) are formatted when first read. */
export function toItem(index: DatasetIndex, event: TimelineEvent, lanes: LaneMode): ItemModel {
  const placed = placeOf(index, event, lanes);
  const dateStyle = dateStyleOf(index, event);
  const group = eventGroup(index, event);
  const sources = sourceCount(event);
  const unsourced = event.unsourced === true;
  const noun = sourceNoun(index);
  const point = dateStyle === 'exact';
  let dateText: string | undefined;
  let label: string | undefined;
  return {
    id: event.id,
    lane: placed.lane,
    start: new Date(placed.start),
    ...(point ? {} : { end: new Date(placed.end) }),
    type: point ? 'point' : 'range',
    dateStyle,
    status: event.status,
    group,
    lang: datasetLang(index),
    className:
      `st-item st-date-${dateStyle} st-status-${event.status} st-group-${group}` +
      `${endClasses(eventDate(index, event))}${unsourced ? ' st-unsourced' : ''}`,
    title: event.title,
    // Formatting dates is most of the cost of a model, and most models are never drawn.
    get dateText() {
      return (dateText ??= eventDateText(index, event, 'long'));
    },
    sources,
    unsourced,
    get label() {
      const reported = unsourced ? msg('No source given') : sourcesText(sources, noun);
      return (label ??= `${event.title}. ${this.dateText}. ${statusText(event.status).label}. ${reported}.`);
    },
  };
}

/** Item models of the given events (by default all), in chronological order. */
export function toItems(
  index: DatasetIndex,
  lanes: LaneMode,
  events: readonly TimelineEvent[] = index.events,
): ItemModel[] {
  return events.map((event) => toItem(index, event, lanes));
}

/**
 * Lanes in the dataset's order, only for groups that have events; one unlabelled lane in single-lane mode, or when
 * the dataset has no groups.
 */
export function toLanes(index: DatasetIndex, lanes: LaneMode): LaneModel[] {
  if (lanes === 'single' || index.groups.length === 0) return [{ id: SINGLE_LANE, label: '', order: 0 }];
  const used = new Set(index.events.map((event) => eventGroup(index, event)));
  return index.groups
    .filter((group) => used.has(group.id))
    .map((group, order) => ({ id: group.id, label: group.label, order, lang: datasetLang(index) }));
}

export interface WindowPreset {
  id: string;
  label: string;
  window: TimeWindow;
  /** Event to select and reveal with the window. */
  event?: string;
  initial: boolean;
}

/** The dataset's one-click windows (e.g. "Week of 21 Oct", "June pact"). */
export function windowPresets(index: DatasetIndex): WindowPreset[] {
  return (index.dataset.windows ?? []).flatMap((preset) => {
    const parsed = parseEdtf(preset.date);
    if (!parsed.ok) return [];
    return [
      {
        id: preset.id,
        label: preset.label,
        window: { start: new Date(parsed.value.start), end: new Date(parsed.value.end + 1) },
        ...(preset.event === undefined ? {} : { event: preset.event }),
        initial: preset.initial === true,
      },
    ];
  });
}

/** The drawing a first window is chosen for when the dataset names none: about a desktop's (lanes by group). */
export const FIRST_WINDOW_SIZE = { widthPx: 1100, heightPx: 480 };

const firstWindows = new WeakMap<DatasetIndex, TimeWindow | undefined>();

/**
 * The window shown first: the dataset's initial one, else the densest period at the zoom that shows the most
 * titles (`first-window.ts`), for a drawing of `FIRST_WINDOW_SIZE` with lanes by group, so that every view that
 * asks (the timeline, the overview before the timeline reports) gets the same one. Once per dataset.
 */
export function initialWindow(index: DatasetIndex): TimeWindow | undefined {
  const preset = windowPresets(index).find((p) => p.initial);
  if (preset) return preset.window;
  if (firstWindows.has(index)) return firstWindows.get(index);
  return runToEnd(initialWindowSteps(index));
}

/**
 * `initialWindow` found in turns: `pause` runs between the lengths it tries (in a page, a yield to the page), so that
 * for 10,000 events it is several tasks of tens of milliseconds rather than one of a few hundred. Then
 * `initialWindow` has it at once.
 */
export async function prepareInitialWindow(index: DatasetIndex, pause: () => Promise<void>): Promise<void> {
  if (windowPresets(index).some((p) => p.initial) || firstWindows.has(index)) return;
  await runInTurns(initialWindowSteps(index), pause);
}

function* initialWindowSteps(index: DatasetIndex): Generator<void, TimeWindow | undefined> {
  // Where every event is drawn only when there is no initial preset: for 10,000 events that is not free.
  const spans = new SpanIndex(index.events.map((event) => placeOf(index, event, 'groups')));
  yield;
  const found = yield* windowSearch(spans, {
    ...FIRST_WINDOW_SIZE,
    laneOrder: toLanes(index, 'groups').map((l) => l.id),
  });
  const window = found && { start: new Date(found.start), end: new Date(found.end) };
  // Another caller may have found it meanwhile (the same window): the first is kept.
  if (!firstWindows.has(index)) firstWindows.set(index, window);
  return firstWindows.get(index);
}

/** The window that holds every event, with a margin on both sides. */
export function fullWindow(items: readonly ItemModel[]): TimeWindow | undefined {
  const all = boundsOf(items.map(spanOf));
  return all && windowAround(all.start, all.end);
}

/** A window from `start` to `end` (ms) with a margin on both sides: 3 % of the span, at least two days. */
export function windowAround(start: number, end: number): TimeWindow {
  const margin = Math.max((end - start) * 0.03, 2 * DAY_MS);
  return { start: new Date(start - margin), end: new Date(end + margin) };
}

/** Moves a window by a fraction of its width (negative: earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end.getTime() - window.start.getTime()) * fraction;
  return { start: new Date(window.start.getTime() + shift), end: new Date(window.end.getTime() + shift) };
}

/** True when the item overlaps the window. */
export function inWindow(item: ItemModel, window: TimeWindow): boolean {
  return overlaps(spanOf(item), rangeOf(window));
}

/** The milliseconds an item is drawn over (a point: one). */
function spanOf(item: ItemModel): TimeRange {
  return { start: item.start.getTime(), end: (item.end ?? item.start).getTime() };
}
