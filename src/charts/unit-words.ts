/**
 * The overview's time units in the interface language: "events per week", the strip's hint. Each phrase is written
 * whole for each unit (a translation cannot build "per week" from "week": cases and word order differ), so the
 * table is by unit.
 */
import { msg } from '@lit/localize';
import { wordTable } from '../i18n/word-table.js';
import type { UnitName } from './bin-units.js';

export interface UnitWords {
  /** "Events per week" (the chart's title, the strip's name). */
  eventsPer: string;
  /** How to use the strip, for its unit. */
  hint: string;
  /** "busiest week", for the chart's description. */
  busiest: string;
  /** The strip's name: "Overview: events per week". */
  overview: string;
}

/** The words for a unit of the overview's bins. */
export const unitWords = wordTable<UnitName, UnitWords>(() => ({
  week: {
    eventsPer: msg('Events per week'),
    hint: msg('Drag or click to choose the weeks shown. Keys on the strip: ← → move a week, + − narrow or widen.'),
    busiest: msg('busiest week'),
    overview: msg('Overview: events per week'),
  },
  month: {
    eventsPer: msg('Events per month'),
    hint: msg('Drag or click to choose the months shown. Keys on the strip: ← → move a month, + − narrow or widen.'),
    busiest: msg('busiest month'),
    overview: msg('Overview: events per month'),
  },
  year: {
    eventsPer: msg('Events per year'),
    hint: msg('Drag or click to choose the years shown. Keys on the strip: ← → move a year, + − narrow or widen.'),
    busiest: msg('busiest year'),
    overview: msg('Overview: events per year'),
  },
  decade: {
    eventsPer: msg('Events per decade'),
    hint: msg('Drag or click to choose the decades shown. Keys on the strip: ← → move a decade, + − narrow or widen.'),
    busiest: msg('busiest decade'),
    overview: msg('Overview: events per decade'),
  },
  century: {
    eventsPer: msg('Events per century'),
    hint: msg(
      'Drag or click to choose the centuries shown. Keys on the strip: ← → move a century, + − narrow or widen.',
    ),
    busiest: msg('busiest century'),
    overview: msg('Overview: events per century'),
  },
}));
