/**
 * Where the timeline draws a dataset's events, worked out once per dataset and lane mode (`Layout`), and which of
 * them it draws (`Shown`, once per list of events). Pure: the element makes them in `willUpdate`, its controllers
 * read them.
 */
import type { DatasetIndex } from '../data/dataset-index.js';
import { boundsOf, type TimeRange } from '../data/time.js';
import type { TimelineEvent } from '../data/types.js';
import { placeOf, toLanes, windowPresets, type LaneMode, type LaneModel, type WindowPreset } from './items.js';
import { SpanIndex, type Placed } from './windowing.js';

export interface Layout {
  readonly index: DatasetIndex;
  readonly lanes: LaneMode;
  /** The lanes in order (one unlabelled lane in single-lane mode): vis-timeline's groups. */
  readonly laneModels: readonly LaneModel[];
  /** The dataset's one-click windows. */
  readonly presets: readonly WindowPreset[];
  /** Where every event of the dataset is drawn (lane and span), by id. */
  readonly placed: ReadonlyMap<string, Placed>;
  /** From the earliest start to the latest end of every event of the dataset, as drawn. */
  readonly bounds: TimeRange | undefined;
}

export function layoutOf(index: DatasetIndex, lanes: LaneMode): Layout {
  const placed = new Map(index.events.map((event) => [event.id, placeOf(index, event, lanes)]));
  return {
    index,
    lanes,
    laneModels: toLanes(index, lanes),
    presets: windowPresets(index),
    placed,
    bounds: boundsOf(placed.values()),
  };
}

/** The events drawn, in date order: found by time (`spans`) and by their place in that order (`position`). */
export interface Shown {
  readonly events: readonly TimelineEvent[];
  readonly spans: SpanIndex;
  readonly position: ReadonlyMap<string, number>;
}

export function shownOf(layout: Layout | undefined, events: readonly TimelineEvent[]): Shown {
  return {
    events,
    spans: new SpanIndex(events.flatMap((event) => layout?.placed.get(event.id) ?? [])),
    position: new Map(events.map((event, i) => [event.id, i])),
  };
}
