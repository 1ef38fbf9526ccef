/**
 * The spreadsheet's `Time` and `End Time` cells, read as TimelineJS reads them (src/js/date/DateUtil.js
 * `parseTime`): `14:30`, `2:30 PM`, `1430`, `14:30:15.5`. Fractions of a second are read as fractions
 * (`.25` is 250 ms; TimelineJS multiplies the digits by 100).
 */
export interface TimeParts {
  hour: string;
  minute?: string;
  second?: string;
  millisecond?: string;
}

/** The parts of a time cell, or a message saying why it is not a time. */
export function parseTime(cell: string, column: string): TimeParts | { message: string } {
  const invalid = { message: `${column} "${cell.slice(0, 40)}" is not a time of day (such as 14:30 or 2:30 PM)` };
  let text = cell.trim();
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(text);
  if (period) text = text.slice(0, period.index).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  let parts = compact ? compact.slice(1) : text.split(':');
  if (!compact && parts.length === 1) parts = text.split('.');
  if (parts.length > 3 || parts.some((part) => !/^\d+(?:[.,]\d+)?$/.test(part))) return invalid;
  const [hourText = '', minute, secondText] = parts;
  if (!/^\d{1,2}$/.test(hourText) || (minute !== undefined && !/^\d{1,2}$/.test(minute))) return invalid;
  let hour = Number(hourText);
  const letter = period?.[1]?.toLowerCase();
  if (letter !== undefined && (hour < 1 || hour > 12)) return invalid;
  if (letter === 'p' && hour !== 12) hour += 12;
  if (letter === 'a' && hour === 12) hour = 0;
  const [minuteValue, secondValue] = [Number(minute ?? 0), Number(secondText?.split(/[.,]/)[0] ?? 0)];
  if (hour > 23 || minuteValue > 59 || secondValue > 59) return invalid;
  const time: TimeParts = { hour: String(hour) };
  if (minute !== undefined) time.minute = minute;
  if (secondText !== undefined) {
    const [second = '', fraction] = secondText.split(/[.,]/);
    time.second = second;
    if (fraction !== undefined) time.millisecond = String(Math.min(999, Math.round(Number(`0.${fraction}`) * 1000)));
  }
  return time;
}
