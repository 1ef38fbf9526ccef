// How long a property test may take, on an idle or a busy machine (issue 18: a property that took 2 s on an idle
// core took over 5 s on a busy 2-core machine and failed a green suite). Every `fc.assert` in the tests passes
// `runs(n)`, and its test `PROPERTY_TEST` (a unit test checks both, tests/unit/scripts/property-budgets.test.ts).
import fc from 'fast-check';

/**
 * fast-check stops generating cases after this many milliseconds and passes with the cases it checked (each one a
 * real check; a failure found is still a failure). Half the test's time-out, so vitest never kills a property
 * half-way: the time left is for shrinking a counter-example and reporting it.
 */
export const PROPERTY_TIME_LIMIT_MS = 30_000;

/** The vitest options of a test that checks a property: a time-out twice fast-check's limit. */
export const PROPERTY_TEST = { timeout: 2 * PROPERTY_TIME_LIMIT_MS } as const;

/** fast-check's parameters for `numRuns` cases, within the time limit. */
export function runs<T>(numRuns: number): fc.Parameters<T> {
  return { numRuns, plugins: [fc.interruptAfterTimeLimit(PROPERTY_TIME_LIMIT_MS)] };
}
