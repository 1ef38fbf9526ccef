/**
 * Long work written once, as a generator that yields between its steps, and run either at once (`runToEnd`) or in
 * turns (`runInTurns`, with a yield to the page between steps), so that the page stays responsive for a large dataset.
 */

/** Runs `steps` to the end at once; their result. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Runs `steps` to the end, awaiting `pause` between them; their result. */
export async function runInTurns<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}
