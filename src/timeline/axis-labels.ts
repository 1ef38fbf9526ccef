/**
 * The labels of the time axis, written with Intl in UTC (the dataset's days are UTC days) instead of vis-timeline's
 * moment formats, which print years before the common era as negative numbers ("-0489"). Years before 1000 CE carry
 * their era ("490 BCE"). Pure: a moment in milliseconds and vis-timeline's scale in, text out.
 */
import { formatDateSpan, yearText } from '../data/dates.js';
import { DAY_MS } from '../data/time.js';
import { intlLocale } from '../i18n/intl-locale.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** In the interface language (`intlLocale`), read at each call: the axis follows `?lang=`. */
function format(ms: number, options: Intl.DateTimeFormatOptions): string {
  const locale = intlLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formats.set(key, formatter);
  }
  return formatter.format(ms);
}

const year = (ms: number) => yearText(new Date(ms).getUTCFullYear(), intlLocale());
/** "October 2024", "жовтень 2024 р.", "2024년 10월"; before 1000 CE with the era ("June 490 BCE"). */
const monthYear = (ms: number) =>
  new Date(ms).getUTCFullYear() >= 1000
    ? format(ms, { month: 'long', year: 'numeric' })
    : `${format(ms, { month: 'long' })} ${year(ms)}`;

/** The Monday-to-Sunday week that holds `ms`: "14 – 20 October 2024", "28 October – 3 November 2024". */
function weekText(ms: number): string {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  const sunday = monday + 7 * DAY_MS - 1;
  const span = { edtf: '', start: monday, end: sunday, precision: 'day' as const };
  return formatDateSpan({ ...span, approximate: false, uncertain: false, interval: true }, { style: 'long' });
}

/** The label under each tick: "14:30", "Mon 21", "21", "21 Oct", "Oct", "2024", "490 BCE". */
export function minorLabel(ms: number, scale: string): string {
  const date = new Date(ms);
  switch (scale) {
    case 'millisecond':
    case 'second':
      return format(ms, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    case 'minute':
    case 'hour':
      return format(ms, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    case 'weekday':
      return format(ms, { weekday: 'short', day: 'numeric' });
    case 'day':
      return format(ms, { day: 'numeric' });
    case 'week':
      // Weekly ticks are Mondays; the first of a month that is not one is a month boundary, labelled above.
      return date.getUTCDate() === 1 && date.getUTCDay() !== 1 ? '' : format(ms, { day: 'numeric', month: 'short' });
    case 'month':
      return format(ms, { month: 'short' });
    default:
      return year(ms);
  }
}

/**
 * The label above a run of ticks: "Mon 21 October 2024", "21 – 27 October 2024", "October 2024", "2024"; nothing
 * above years. Each names the run that starts at its tick, so no two labels on the axis are the same: vis-timeline
 * also labels the run under the left edge, with the same function, and on a scale of days (where runs are weeks,
 * starting on Mondays: `showWeekScale`) a month's name would repeat over each of its weeks.
 */
export function majorLabel(ms: number, scale: string): string {
  switch (scale) {
    case 'millisecond':
    case 'second':
    case 'minute':
    case 'hour':
      return `${format(ms, { weekday: 'short', day: 'numeric', month: 'long' })} ${year(ms)}`;
    case 'weekday':
    case 'day':
      return weekText(ms);
    case 'week':
      return monthYear(ms);
    case 'month':
      return year(ms);
    default:
      return '';
  }
}
