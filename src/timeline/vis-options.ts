/**
 * The vis-timeline options every timeline is made with, whatever its host: layout, interaction, zoom limits, and the
 * axis in UTC with Intl labels (`axis-labels.ts`). The host adds what depends on it (`vis-timeline-controller.ts`).
 */
import * as vis from 'vis-timeline/standalone';
import type { TimelineOptions } from 'vis-timeline/standalone';
import { DAY_MS, YEAR_MS } from '../data/time.js';
import { majorLabel, minorLabel } from './axis-labels.js';

/** The moment.js vis-timeline bundles, in UTC: its typings do not export it. */
const visMoment = (vis as unknown as { moment: (date: unknown) => { utc(): unknown } }).moment;

/** The options that do not depend on the host. */
export const BASE_OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  // No stacking of its own: each item comes with its row (`subgroup`), planned so that nothing overlaps
  // (placement.ts), and vis-timeline draws each row of a lane as a band of its own.
  stack: false,
  stackSubgroups: true,
  showCurrentTime: false,
  // Weekly ticks (dated by their Monday) when days are too narrow to label one by one.
  showWeekScale: true,
  // Ticks at UTC midnights (the dataset's days), labelled with Intl: moment would print 490 BCE as "-0489".
  moment: ((date: unknown) => visMoment(date).utc()) as unknown as TimelineOptions['moment'],
  format: {
    minorLabels: (date: { valueOf(): number }, scale: string) => minorLabel(date.valueOf(), scale),
    majorLabels: (date: { valueOf(): number }, scale: string) => majorLabel(date.valueOf(), scale),
  },
  // Selection is ours (click, Enter, Space); vis-timeline only draws it via setSelection.
  selectable: false,
  zoomable: true,
  moveable: true,
  zoomMin: 2 * DAY_MS,
  zoomMax: 40 * YEAR_MS,
  margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
  verticalScroll: true,
  horizontalScroll: false,
  xss: { disabled: false },
};
