/**
 * A dataset read started before the app's code ran, handed to the app (decision 0055): `src/first-screen/early.ts`
 * reads the dataset named by `?data=` while the app's code is on the way, to draw its first screen, and the app then
 * takes that read instead of requesting the file again. Kept on the global object under a registered symbol, since
 * the two are separate bundles. A read is taken once: a later load of the same address reads anew.
 */
const KEY = Symbol.for('sourced-timeline:early-reads');

type Reads = Map<string, Promise<string>>;

function reads(): Reads {
  const global = globalThis as typeof globalThis & { [KEY]?: Reads };
  global[KEY] ??= new Map();
  return global[KEY];
}

/** Starts reading `url` with `read`, or joins the read of it already started; for the app to take later. */
export function shareEarlyRead(url: string, read: () => Promise<string>): Promise<string> {
  const started = reads().get(url);
  if (started) return started;
  const reading = read();
  // A failure is the app's to report when it takes the read; until then it is not an unhandled rejection.
  reading.catch(() => undefined);
  reads().set(url, reading);
  return reading;
}

/** The read of `url` started early, if there is one; taken, so that it is used once. */
export function takeEarlyRead(url: string): Promise<string> | undefined {
  const started = reads().get(url);
  reads().delete(url);
  return started;
}
