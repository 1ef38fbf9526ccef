/**
 * Limits on what a dataset may be, so that a hostile or broken one is refused with a message instead of
 * freezing or crashing the page: file sizes, time-outs, nesting depth, numbers of items and string lengths.
 * `load.ts` enforces the sizes, time-outs and the nesting depth of the text; `validate.ts` checks the
 * counts, depth and string lengths of a value before the schema sees it.
 */

/**
 * The limits a site may raise when it builds the app, for a larger dataset of its own, each by a variable in the
 * environment or a `.env` file (read through `import.meta.env`, which Vite fills; elsewhere, as in the command-line
 * scripts, the defaults hold). Raised only: a value below the default, or not a whole number, leaves the default
 * (and fails the build, in vite.config.ts). Decision 0054.
 */
export const RAISABLE = {
  /** Most events. */
  events: { variable: 'VITE_MAX_EVENTS', fallback: 10_000 },
  /** Largest dataset file, in MB (of 1,024 × 1,024 bytes). */
  datasetMB: { variable: 'VITE_MAX_DATASET_MB', fallback: 25 },
  /** Most quotes, events' and claims' together. */
  quotes: { variable: 'VITE_MAX_QUOTES', fallback: 60_000 },
} as const;

/** A raisable limit as set (`value`, from the environment): a whole number at least `fallback`, else undefined. */
export function parseRaisedLimit(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value.trim());
  return Number.isSafeInteger(number) && number >= fallback ? number : undefined;
}

/**
 * The build's settings: Vite's `import.meta.env`, written so (not through a cast) for Vite and Vitest to replace it;
 * in Node's own runs of these modules (the command-line scripts) it is undefined, and the defaults hold.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined outside Vite and Vitest
const settings: Partial<Record<string, string>> = import.meta.env ?? {};

function raisable(limit: (typeof RAISABLE)[keyof typeof RAISABLE]): number {
  return parseRaisedLimit(settings[limit.variable], limit.fallback) ?? limit.fallback;
}

/**
 * Largest dataset file (`events.json`), in bytes. The curated dataset uses about 2.3 kB per event (quotes,
 * claims, notes), so 10,000 such events need about 23 MB.
 */
export const MAX_DATASET_BYTES = raisable(RAISABLE.datasetMB) * 1024 * 1024;
/** Largest article text file, in bytes. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Time allowed for loading the dataset file, in milliseconds. */
export const DATASET_TIMEOUT_MS = 20_000;
/** Time allowed for loading one article file (from when its request starts), in milliseconds. */
export const ARTICLE_TIMEOUT_MS = 20_000;
/** Article files requested at the same time. */
export const ARTICLE_CONCURRENCY = 8;

/** Deepest nesting of arrays and objects (the document itself is level 1; the dataset needs 5). */
export const MAX_DEPTH = 32;
/** Longest string, and longest field name, in characters. */
export const MAX_STRING_LENGTH = 100_000;

/** Most items in each collection of the dataset. */
export const MAX_ITEMS = {
  groups: 200,
  kinds: 200,
  articles: 1_000,
  actors: 5_000,
  events: raisable(RAISABLE.events),
  claims: 20_000,
  disagreements: 1_000,
  windows: 100,
  stories: 100,
} as const;
/** Most steps in one story. */
export const MAX_STORY_STEPS = 500;
/** Most sources of one event: no event needs more, and each is checked and drawn. */
export const MAX_SOURCES_PER_EVENT = 100;
/** Most quotes in a dataset, events' and claims' together: each is checked against its article when it loads. */
export const MAX_QUOTES = raisable(RAISABLE.quotes);

/** Most problems reported for one dataset; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 1_000;

const MB = 1024 * 1024;

/** A size in bytes as people read it: `7.2 MB`, `5 MB`, `340 kB`. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'kB'] : [bytes, 'bytes'];
  return `${Number(value.toFixed(1)).toLocaleString('en')} ${unit}`;
}

/** Why a file of `bytes` is refused: `"…/events.json" is 7.2 MB; the limit is 5 MB`. */
export function tooLargeMessage(name: string, bytes: number, limit: number): string {
  const [size, max] = [formatBytes(bytes), formatBytes(limit)];
  if (size !== max) return `"${name}" is ${size}; the limit is ${max}`;
  // Just over the limit would read "5 MB; the limit is 5 MB": give the bytes.
  const exact = (n: number) => n.toLocaleString('en');
  return `"${name}" is ${exact(bytes)} bytes; the limit is ${max} (${exact(limit)} bytes)`;
}

/** Why a file whose length is not known in advance is refused, once more than `limit` bytes have arrived. */
export function overLimitMessage(name: string, limit: number): string {
  return `"${name}" is larger than ${formatBytes(limit)}, the limit`;
}

/** Number of bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair is one character of four bytes; a lone surrogate becomes U+FFFD (three).
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Where JSON `text` first opens more than `max` nested arrays and objects (the offset of that bracket), or -1.
 * A linear scan that skips strings, so that `JSON.parse` never recurses that deep; it does not check the syntax.
 */
export function deepNestingAt(text: string, max = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth = Math.max(0, depth - 1);
  }
  return -1;
}
