/** The overview's time units in the interface language: "events per week", the strip's hint. */
import { msg } from '@lit/localize';

export type UnitName = 'week' | 'month' | 'year' | 'decade' | 'century';

/** "Events per week" (the chart's title, the strip's name). */
export function eventsPerText(unit: string): string {
  switch (unit) {
    case 'month':
      return msg('Events per month');
    case 'year':
      return msg('Events per year');
    case 'decade':
      return msg('Events per decade');
    case 'century':
      return msg('Events per century');
    default:
      return msg('Events per week');
  }
}

/** How to use the strip, for its unit. */
export function stripHint(unit: string): string {
  switch (unit) {
    case 'month':
      return msg('Drag or click to choose the months shown. Keys on the strip: ← → move a month, + − narrow or widen.');
    case 'year':
      return msg('Drag or click to choose the years shown. Keys on the strip: ← → move a year, + − narrow or widen.');
    case 'decade':
      return msg(
        'Drag or click to choose the decades shown. Keys on the strip: ← → move a decade, + − narrow or widen.',
      );
    case 'century':
      return msg(
        'Drag or click to choose the centuries shown. Keys on the strip: ← → move a century, + − narrow or widen.',
      );
    default:
      return msg('Drag or click to choose the weeks shown. Keys on the strip: ← → move a week, + − narrow or widen.');
  }
}

/** "the busiest week", for the chart's description. */
export function busiestText(unit: string): string {
  switch (unit) {
    case 'month':
      return msg('busiest month');
    case 'year':
      return msg('busiest year');
    case 'decade':
      return msg('busiest decade');
    case 'century':
      return msg('busiest century');
    default:
      return msg('busiest week');
  }
}

/** The strip's name: "Overview: events per week". */
export function overviewName(unit: string): string {
  switch (unit) {
    case 'month':
      return msg('Overview: events per month');
    case 'year':
      return msg('Overview: events per year');
    case 'decade':
      return msg('Overview: events per decade');
    case 'century':
      return msg('Overview: events per century');
    default:
      return msg('Overview: events per week');
  }
}
