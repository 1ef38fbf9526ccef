/**
 * Subresource Integrity of the scripts other sites load from ours. The build writes `integrity.json` beside them
 * (scripts/integrity.ts): `{"embed.js": "sha384-…", "sourced-timeline.js": "sha384-…"}`. The embed dialog reads it
 * to offer the hashes in its snippets; what it reads goes into other sites' pages, so only well-formed hashes are
 * kept. See docs/decisions/0025-subresource-integrity.md.
 */

/** The scripts a host page loads from this site, as the build names them. */
export const PUBLISHED_SCRIPTS = ['embed.js', 'sourced-timeline.js'] as const;
export type PublishedScript = (typeof PUBLISHED_SCRIPTS)[number];

/** The hash of each published script, as an `integrity` attribute's value; a script without one is absent. */
export type ScriptIntegrity = Partial<Record<PublishedScript, string>>;

export const INTEGRITY_FILE = 'integrity.json';

/** A SHA-384 hash as an `integrity` value: 48 bytes are 64 base64 characters, without padding. */
const SHA384 = /^sha384-[A-Za-z0-9+/]{64}$/;

/** Whether `value` is a well-formed SHA-384 `integrity` value (one hash, no options). */
export function isIntegrity(value: unknown): value is string {
  return typeof value === 'string' && SHA384.test(value);
}

/** The well-formed entries of a parsed `integrity.json`; anything else is left out. */
export function readIntegrity(json: unknown): ScriptIntegrity {
  const found: ScriptIntegrity = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return found;
  for (const file of PUBLISHED_SCRIPTS) {
    const value: unknown = Object.getOwnPropertyDescriptor(json, file)?.value;
    if (isIntegrity(value)) found[file] = value;
  }
  return found;
}

/**
 * The hashes published at `url` (an `integrity.json`). Never throws: without the file (the dev server, an older
 * build), or with a broken one, there are none, and the snippets go without.
 */
export async function fetchIntegrity(url: string, signal?: AbortSignal): Promise<ScriptIntegrity> {
  try {
    // Revalidated: a snippet must carry the hash of the file served now, not of one cached before an update.
    const response = await fetch(url, { signal: signal ?? null, cache: 'no-cache' });
    if (!response.ok) return {};
    return readIntegrity(await response.json());
  } catch {
    return {};
  }
}
