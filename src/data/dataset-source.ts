/**
 * Which dataset a page may load: `?data=<url>` names another dataset than the curated one. Pure.
 *
 * The address is resolved against the page's URL. A dataset on the page's own origin is always allowed; one on
 * another origin only if that origin is listed when the site is built (`VITE_DATA_ORIGINS`, comma-separated, empty
 * by default), and only over http: or https:. Anything else is refused with a message saying why and how to allow
 * it, so a link cannot make the timeline show, under this site's name, data from anywhere (see
 * docs/decisions/0011-custom-data-and-csp.md).
 */

import { msg, str } from '@lit/localize';
import { echoText } from './echo.js';

/** The build-time variable that lists the other origins datasets may come from. */
export const ORIGINS_VARIABLE = 'VITE_DATA_ORIGINS';

/** How much of a refused address is repeated in messages: a `data:` URL can be megabytes. */
const SHOWN_LENGTH = 200;

export type DatasetSource =
  /** `custom`: the address named another dataset than the default one. */
  | { ok: true; url: string; custom: boolean }
  /** `given`: what was asked for (shortened); `message`: why it is refused and how to allow it. */
  | { ok: false; given: string; message: string };

export interface SourceOptions {
  /** The page's address: `data` is resolved against it, and its origin is the site's own. */
  page: string;
  /** The dataset shown without `data` (e.g. `data/events.json`), resolved against `page`. */
  fallback: string;
  /** Other origins allowed, as `parseOrigins` returns them. */
  allowedOrigins: readonly string[];
}

/**
 * The text of an address as it may appear in a message: on one line, without control or format characters (a bidi
 * override could turn what follows around), and not too long.
 */
export function shorten(text: string): string {
  return echoText(text, SHOWN_LENGTH + 1);
}

/** The scheme of an address as written (`javascript:`), lower-case, or undefined when it has none. */
function writtenScheme(text: string): string | undefined {
  return /^\s*([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase().concat(':');
}

/**
 * The dataset to load for the `data` parameter `given` (null or blank: the fallback), or why it is refused.
 * Never throws.
 */
export function datasetSource(given: string | null, { page, fallback, allowedOrigins }: SourceOptions): DatasetSource {
  const pageUrl = new URL(page);
  const defaultUrl = new URL(fallback, pageUrl).href;
  if (given === null || given.trim() === '') return { ok: true, url: defaultUrl, custom: false };

  const shown = shorten(given);
  const refuse = (message: string): DatasetSource => ({ ok: false, given: shown, message });
  // Said to the reader, in the interface language (English in the command line and tests), one message each.
  const origin = pageUrl.origin;
  const variable = ORIGINS_VARIABLE;

  let url: URL;
  try {
    url = new URL(given, pageUrl);
  } catch {
    return refuse(
      msg(
        str`“${shown}” is not a web address, so it cannot be loaded as a dataset. Give the address of a dataset on this site (${origin}), or on an origin listed in ${variable} when the site is built.`,
      ),
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = writtenScheme(given) ?? url.protocol;
    return refuse(
      msg(
        str`“${scheme}” addresses are never loaded as datasets: only http: and https: addresses are. Give the address of a dataset on this site (${origin}), or on an origin listed in ${variable} when the site is built.`,
      ),
    );
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(
      msg(
        'A dataset address may not contain a user name or password. Give the address without them; a dataset must be readable by anyone.',
      ),
    );
  }
  if (url.origin !== pageUrl.origin && !allowedOrigins.includes(url.origin)) {
    const other = url.origin;
    return refuse(
      msg(
        str`Datasets from ${other} are not allowed on this site: only datasets on this site (${origin}) and on origins listed when the site is built can be loaded. To allow it, whoever publishes this site adds the origin to ${variable} (comma-separated) and builds again, e.g. ${variable}=${other} npm run build; that server must also send Access-Control-Allow-Origin.`,
      ),
    );
  }
  return { ok: true, url: url.href, custom: url.href !== defaultUrl };
}

/**
 * Whether a file the dataset names (an article) may be read: the same rule as for the dataset itself, so that a
 * dataset cannot reach elsewhere through its files. Undefined when allowed, else why not.
 */
export function refusedFile(url: string, options: Omit<SourceOptions, 'fallback'>): string | undefined {
  const source = datasetSource(url, { ...options, fallback: options.page });
  return source.ok ? undefined : source.message;
}

/**
 * Reads a comma-separated list of origins (`https://example.org, http://localhost:8080`), as `VITE_DATA_ORIGINS`
 * holds it. Each must be an http(s) origin alone: scheme, host and optional port, at most a trailing `/`.
 * Returns the origins, normalised and without repeats, and the entries that are not origins (the build fails on
 * those; the app ignores them).
 */
export function parseOrigins(text: string | undefined): { origins: string[]; invalid: string[] } {
  const origins = new Set<string>();
  const invalid: string[] = [];
  for (const entry of (text ?? '').split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const origin = originOf(entry);
    if (origin === undefined) invalid.push(entry);
    else origins.add(origin);
  }
  return { origins: [...origins], invalid };
}

function originOf(entry: string): string | undefined {
  // Only what an origin can contain: no quotes, spaces or semicolons can reach a security policy.
  if (!/^https?:\/\/[a-z0-9.[\]:-]+\/?$/i.test(entry)) return undefined;
  try {
    const url = new URL(entry);
    return url.hostname === '' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}
