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

/** What an instance's options take from its host. */
export interface InstanceParts {
  /** The element drawn for an item (the same node every time). */
  item(id: string | undefined): HTMLElement;
  /** The element drawn for a lane's name. */
  lane(id: string | undefined): HTMLElement;
  /** Called once the instance has first drawn. */
  firstDraw(): void;
  /** Whether an axis label at `ms` (over a run: `major`; under a tick) fits inside the drawing. */
  fits?(ms: number, text: string, major: boolean): boolean;
}

/** The options one instance is made with: the base options and its host's items, lanes and first-draw hook. */
export function instanceOptions(parts: InstanceParts): TimelineOptions {
  return {
    ...BASE_OPTIONS,
    // The drawing takes the height its container is given (st-timeline's canvas); the rows planned fit in it.
    height: '100%',
    // Data strings never reach vis-timeline as HTML: items and lanes are DOM nodes. The same node every time:
    // vis-timeline replaces an item's content when the returned node's outerHTML differs from the last one, which
    // would drop focus whenever tabindex or selection change.
    template: (item?: { id: string }) => parts.item(item?.id),
    // Lanes are handed over with empty content (a group's label is the dataset's words): ours draws the name.
    groupTemplate: (group?: { id: string }) => parts.lane(group?.id),
    onInitialDrawComplete: () => parts.firstDraw(),
    // A label that starts too near the right edge would be cut by it ("28 October –", "27 жовт."): none there.
    format: {
      minorLabels: (date: { valueOf(): number }, scale: string) => {
        const text = minorLabel(date.valueOf(), scale);
        return parts.fits === undefined || parts.fits(date.valueOf(), text, false) ? text : '';
      },
      majorLabels: (date: { valueOf(): number }, scale: string) => {
        const text = majorLabel(date.valueOf(), scale);
        return parts.fits === undefined || parts.fits(date.valueOf(), text, true) ? text : '';
      },
    },
  };
}
