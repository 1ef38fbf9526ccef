/**
 * Parsing a dataset's dates ahead of its validation, in slices of the main thread: the EDTF grammar takes up to a
 * few milliseconds a date, so 5,000 distinct dates in forms only it reads would block the page for seconds in one
 * task. Parsed here in turns of at most `SLICE_MS`, each yielding to the page between, they are then found in
 * `parseEdtf`'s cache by the schema and the index. Nothing is decided here: invalid dates are parsed (and cached)
 * like the rest, and reported by the validation.
 */
import { parseEdtf } from './dates.js';

/** Longest turn of parsing before the page gets the main thread back (ms). */
export const SLICE_MS = 30;
/** The longest string parsed as a date (the schema refuses longer ones unparsed). */
const MAX_DATE_LENGTH = 64;
/** The fields that hold dates, in the dataset's lists of records. */
const DATE_FIELDS = ['date', 'published'] as const;

/** Lets the page paint and handle input: `scheduler.yield()` where there is one, else a new task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The distinct strings of date fields in the top-level lists of a parsed JSON dataset (of any shape). */
export function dateStrings(json: unknown): string[] {
  const found = new Set<string>();
  if (typeof json !== 'object' || json === null) return [];
  for (const list of Object.values(json)) {
    if (!Array.isArray(list)) continue;
    for (const record of list as unknown[]) {
      if (typeof record !== 'object' || record === null) continue;
      for (const field of DATE_FIELDS) {
        const value = (record as Record<string, unknown>)[field];
        if (typeof value === 'string' && value.length <= MAX_DATE_LENGTH) found.add(value);
      }
    }
  }
  return [...found];
}

export interface Slicing {
  /** What happens between slices: by default, the page gets the main thread (`yieldToPage`). */
  pause?: () => Promise<void>;
  /** The clock slices are measured by (ms). */
  now?: () => number;
}

/**
 * Parses every date of `json` into the cache, pausing whenever a slice has taken `SLICE_MS`. Stops with the signal's
 * reason when it aborts.
 */
export async function primeDates(json: unknown, signal?: AbortSignal, slicing: Slicing = {}): Promise<void> {
  const dates = dateStrings(json);
  let next = 0;
  await inTurns(
    dates.length,
    () => (next < dates.length ? (parseEdtf(dates[next++] as string), true) : false),
    signal,
    slicing,
  );
}

/**
 * Runs `step` until it returns false (or `steps` times), pausing whenever a turn has taken `SLICE_MS`. Stops with
 * the signal's reason when it aborts.
 */
export async function inTurns(
  steps: number,
  step: () => boolean,
  signal?: AbortSignal,
  { pause = yieldToPage, now = () => performance.now() }: Slicing = {},
): Promise<void> {
  let turn = now();
  for (let i = 0; i < steps && step(); i++) {
    if (now() - turn >= SLICE_MS) {
      await pause();
      signal?.throwIfAborted();
      turn = now();
    }
  }
}
