/**
 * "As known on" in a query string: `asof=YYYY-MM-DD`, and `possibly=1` when articles possibly published by then
 * count. Shared by the app's address, the embed snippet and `<sourced-timeline asof>`. Pure.
 */
import { parseAsOfDay, type AsOfChoice } from './as-of.js';

/** The parameters of "as known on": the day, and whether articles possibly published by then count. */
export const AS_OF_PARAMS = ['asof', 'possibly'] as const;

/** `asof=YYYY-MM-DD` (a calendar day, else nothing), with `possibly=1` if articles possibly published by then count. */
export function readAsOf(params: URLSearchParams): AsOfChoice | undefined {
  const day = parseAsOfDay(params.get('asof'));
  return day === undefined ? undefined : { day, possibly: params.get('possibly') === '1' };
}

/** Writes `asof` (and `possibly=1`) into `params`. */
export function writeAsOf(params: URLSearchParams, asOf: AsOfChoice | undefined): void {
  if (!asOf) return;
  params.set('asof', asOf.day);
  if (asOf.possibly) params.set('possibly', '1');
}
