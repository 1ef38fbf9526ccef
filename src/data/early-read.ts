/**
 * A dataset read started before the app's code ran, handed to the app (decision 0055): `src/first-screen/early.ts`
 * reads the dataset named by `?data=` while the app's code is on the way, to draw its first screen, and the app then
 * takes that read instead of requesting the file again. Kept on the global object under a registered symbol, since
 * the two are separate bundles. Whichever comes second joins the first: once the app has taken an address (with a
 * read to take or not), the early screen does not read it again.
 */
const KEY = Symbol.for('sourced-timeline:early-reads');

/** What the app took: nothing is kept of the read (its text is the app's now). */
const TAKEN = 'taken';

type Reads = Map<string, Promise<string> | typeof TAKEN>;

function reads(): Reads {
  const global = globalThis as typeof globalThis & { [KEY]?: Reads };
  global[KEY] ??= new Map();
  return global[KEY];
}

/**
 * Starts reading `url` with `read` for the app to take later, or joins the read of it already started; undefined
 * when the app has already taken this address (it reads the file itself).
 */
export function shareEarlyRead(url: string, read: () => Promise<string>): Promise<string> | undefined {
  const started = reads().get(url);
  if (started === TAKEN) return undefined;
  if (started) return started;
  const reading = read();
  // A failure is the app's to report when it takes the read; until then it is not an unhandled rejection.
  reading.catch(() => undefined);
  reads().set(url, reading);
  return reading;
}

/** The read of `url` started early, if there is one; the address is the app's from now on, read or not. */
export function takeEarlyRead(url: string): Promise<string> | undefined {
  const started = reads().get(url);
  reads().set(url, TAKEN);
  return started === TAKEN ? undefined : started;
}
