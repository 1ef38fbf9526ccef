import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordIntegrity, sriHash } from '../../../scripts/integrity.js';
import { fetchIntegrity, isIntegrity, readIntegrity } from '../../../src/embed/integrity.js';

/** MDN's example: `alert('Hello, world.');` and its SHA-384 integrity value, computed elsewhere. */
const ALERT = "alert('Hello, world.');";
const ALERT_HASH = 'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO';

describe('sriHash(bytes)', () => {
  it('is sha384- and the base64 SHA-384 digest, as browsers check it', () => {
    expect(sriHash(ALERT)).toBe(ALERT_HASH);
    expect(sriHash(new TextEncoder().encode(ALERT))).toBe(ALERT_HASH);
    expect(isIntegrity(sriHash(''))).toBe(true);
  });
});

describe('isIntegrity(value)', () => {
  it('accepts one well-formed SHA-384 value only', () => {
    expect(isIntegrity(ALERT_HASH)).toBe(true);
    for (const value of [
      ALERT_HASH.slice(0, -1),
      `${ALERT_HASH}=`,
      `${ALERT_HASH} ${ALERT_HASH}`,
      ALERT_HASH.replace('sha384', 'sha256'),
      `${ALERT_HASH}?ct=application/javascript`,
      ALERT_HASH.replace('H8', '">'),
      42,
      undefined,
    ]) {
      expect(isIntegrity(value), String(value)).toBe(false);
    }
  });
});

describe('readIntegrity(json)', () => {
  it('keeps the well-formed hashes of the published scripts and nothing else', () => {
    expect(
      readIntegrity({
        'embed.js': ALERT_HASH,
        'sourced-timeline.js': 'sha384-not a hash',
        'other.js': ALERT_HASH,
      }),
    ).toEqual({ 'embed.js': ALERT_HASH });
    for (const json of [null, [], 'x', 1, Object.create({ 'embed.js': ALERT_HASH }) as unknown]) {
      expect(readIntegrity(json)).toEqual({});
    }
  });
});

describe('fetchIntegrity(url)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the published hashes, revalidating any cached copy', async () => {
    const fetch = vi.fn(() => Promise.resolve(Response.json({ 'embed.js': ALERT_HASH })));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchIntegrity('https://example.org/timeline/integrity.json')).toEqual({ 'embed.js': ALERT_HASH });
    expect(fetch).toHaveBeenCalledWith('https://example.org/timeline/integrity.json', {
      signal: null,
      cache: 'no-cache',
    });
  });

  it('gives none, without throwing, for a missing file, a broken one or a failed request', async () => {
    for (const answer of [
      () => Promise.resolve(new Response('Not found', { status: 404 })),
      () => Promise.resolve(new Response('<!doctype html>', { status: 200 })),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ]) {
      vi.stubGlobal('fetch', answer);
      expect(await fetchIntegrity('https://example.org/integrity.json')).toEqual({});
    }
  });
});

describe('recordIntegrity(dir, files)', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('writes the hash of each file written, keeping the entries of the other build', async () => {
    dir = await mkdtemp(join(tmpdir(), 'integrity-'));
    await writeFile(join(dir, 'embed.js'), ALERT);
    await writeFile(join(dir, 'sourced-timeline.js'), 'export {};');
    await recordIntegrity(dir, ['embed.js']);
    await recordIntegrity(dir, ['sourced-timeline.js', 'sourced-timeline.js.map']);
    expect(JSON.parse(await readFile(join(dir, 'integrity.json'), 'utf8'))).toEqual({
      'embed.js': ALERT_HASH,
      'sourced-timeline.js': sriHash('export {};'),
    });
    // A rebuilt file replaces its own entry only.
    await writeFile(join(dir, 'embed.js'), `${ALERT}\n`);
    await recordIntegrity(dir, ['embed.js']);
    expect(JSON.parse(await readFile(join(dir, 'integrity.json'), 'utf8'))).toEqual({
      'embed.js': sriHash(`${ALERT}\n`),
      'sourced-timeline.js': sriHash('export {};'),
    });
  });
});
