/**
 * The events a window of time opens on, in their order: what the timeline's preview lists while its code is on the
 * way, what the page's first screen lists before any code has run, and the events whose quotes are checked first.
 */
import { eventDate, type DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';

/** Events listed before the timeline arrives: what fits in its place, in columns on a wide screen. */
export const PREVIEW_LIMIT = 14;

/**
 * The events (of `events`, in their order) that overlap `window`, at most `limit` of them, and how many overlap
 * in all; every event when there is no window. Pure.
 */
export function eventsInWindow(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  window: TimeWindow | undefined,
  limit = PREVIEW_LIMIT,
): { shown: TimelineEvent[]; total: number } {
  const from = window?.start.getTime() ?? -Infinity;
  const to = window?.end.getTime() ?? Infinity;
  const shown: TimelineEvent[] = [];
  let total = 0;
  for (const event of events) {
    const { start, end } = eventDate(index, event);
    if (end < from || start > to) continue;
    total += 1;
    if (shown.length < limit) shown.push(event);
  }
  return { shown, total };
}
