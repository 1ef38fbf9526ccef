import { describe, expect, it } from 'vitest';
import { datasetSource, parseOrigins, refusedFile, shorten } from '../../../src/data/dataset-source.js';

const PAGE = 'https://timeline.example.org/kursk/?view=list&data=x';
const options = { page: PAGE, fallback: 'data/events.json', allowedOrigins: ['https://data.example.net'] };
const source = (given: string | null) => datasetSource(given, options);
const refusal = (given: string) => {
  const result = source(given);
  if (result.ok) throw new Error(`${given} was allowed`);
  return result;
};

describe('datasetSource', () => {
  it('without `data` (or with an empty one), loads the default dataset beside the page', () => {
    for (const given of [null, '', '   ']) {
      expect(source(given)).toEqual({
        ok: true,
        url: 'https://timeline.example.org/kursk/data/events.json',
        custom: false,
      });
    }
  });

  it('resolves `data` against the page and allows the same origin', () => {
    expect(source('other/events.json')).toEqual({
      ok: true,
      url: 'https://timeline.example.org/kursk/other/events.json',
      custom: true,
    });
    expect(source('/elsewhere/events.json?v=2')).toEqual({
      ok: true,
      url: 'https://timeline.example.org/elsewhere/events.json?v=2',
      custom: true,
    });
    expect(source('https://timeline.example.org/x.json')).toMatchObject({ ok: true, custom: true });
  });

  it('does not call the default dataset custom when `data` names it', () => {
    expect(source('data/events.json')).toMatchObject({ ok: true, custom: false });
    expect(source('https://timeline.example.org/kursk/data/events.json')).toMatchObject({ ok: true, custom: false });
  });

  it('allows another origin only if it is listed', () => {
    expect(source('https://data.example.net/sets/events.json')).toEqual({
      ok: true,
      url: 'https://data.example.net/sets/events.json',
      custom: true,
    });
    expect(source('https://DATA.example.net:443/e.json')).toMatchObject({ ok: true });
    // Same host, another scheme or port: another origin.
    expect(source('http://data.example.net/e.json').ok).toBe(false);
    expect(source('https://data.example.net:8443/e.json').ok).toBe(false);
    expect(source('http://timeline.example.org/x.json').ok).toBe(false);
  });

  it('refuses another origin, saying why and how to allow it', () => {
    const { given, message } = refusal('https://evil.example/x.json');
    expect(given).toBe('https://evil.example/x.json');
    expect(message).toContain('Datasets from https://evil.example are not allowed');
    expect(message).toContain('https://timeline.example.org');
    expect(message).toContain('VITE_DATA_ORIGINS');
    expect(message).toContain('VITE_DATA_ORIGINS=https://evil.example npm run build');
  });

  it.each([
    ['//evil.example/x.json', 'https://evil.example'],
    ['\\\\evil.example/x.json', 'https://evil.example'],
    ['https://timeline.example.org.evil.example/x.json', 'https://timeline.example.org.evil.example'],
    ['https://evil.example\\@timeline.example.org/x.json', 'https://evil.example'],
  ])('sees through %j (really %s)', (given, origin) => {
    expect(refusal(given).message).toContain(`Datasets from ${origin} are not allowed`);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    [' JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['data:application/json,{}', 'data:'],
    ['blob:https://timeline.example.org/1b6b7e06-0000-4000-8000-000000000000', 'blob:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://timeline.example.org/x.json', 'ftp:'],
  ])('refuses %j: not http(s)', (given, scheme) => {
    const { message } = refusal(given);
    expect(message).toContain(`“${scheme}” addresses are never loaded as datasets`);
    expect(message).toContain('only http: and https:');
    expect(message).toContain('VITE_DATA_ORIGINS');
  });

  it('refuses malformed addresses', () => {
    const { message } = refusal('http://[::1');
    expect(message).toContain('“http://[::1” is not a web address');
  });

  it('refuses a user name or password in the address', () => {
    expect(refusal('https://user:secret@timeline.example.org/x.json').message).toContain('user name or password');
  });

  it('repeats at most 200 characters of what was given, on one line', () => {
    const long = `data:application/json,${'x'.repeat(10_000)}`;
    const { given } = refusal(long);
    expect(given.length).toBeLessThanOrEqual(201);
    expect(given.endsWith('…')).toBe(true);
    expect(shorten('a\nb\u0000c')).toBe('a b c');
  });

  it('repeats an address without bidi or other format characters, which could turn the message around', () => {
    const { given, message } = refusal('https://evil.example/\u202Enosj.atad\u202C?x=\u200Bhidden');
    expect(given).toBe('https://evil.example/ nosj.atad ?x= hidden');
    expect(message).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/u);
  });

  it('takes the page’s origin from its address, also for a sandboxed page (opaque origin, same URL)', () => {
    const framed = { ...options, page: 'http://127.0.0.1:4173/?embed=1&data=fixtures/x.json' };
    expect(datasetSource('fixtures/x.json', framed)).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4173/fixtures/x.json',
      custom: true,
    });
  });

  it('allows nothing from elsewhere with an empty allowlist', () => {
    const none = { ...options, allowedOrigins: [] };
    expect(datasetSource('https://data.example.net/e.json', none).ok).toBe(false);
    expect(datasetSource('e.json', none).ok).toBe(true);
  });
});

describe('refusedFile', () => {
  const files = { page: PAGE, allowedOrigins: ['https://data.example.net'] };
  it('allows files on the same or a listed origin', () => {
    expect(refusedFile('https://timeline.example.org/kursk/data/articles/a.txt', files)).toBeUndefined();
    expect(refusedFile('https://data.example.net/articles/a.txt', files)).toBeUndefined();
  });
  it('refuses files elsewhere', () => {
    expect(refusedFile('https://evil.example/a.txt', files)).toContain('not allowed');
    expect(refusedFile('data:text/plain,x', files)).toContain('never loaded');
  });
});

describe('parseOrigins', () => {
  it('is empty by default', () => {
    expect(parseOrigins(undefined)).toEqual({ origins: [], invalid: [] });
    expect(parseOrigins('')).toEqual({ origins: [], invalid: [] });
    expect(parseOrigins(' , ')).toEqual({ origins: [], invalid: [] });
  });

  it('reads comma-separated origins, normalised, without repeats', () => {
    expect(parseOrigins('https://example.org, http://localhost:8080/,HTTPS://Example.org:443')).toEqual({
      origins: ['https://example.org', 'http://localhost:8080'],
      invalid: [],
    });
    expect(parseOrigins('http://[::1]:3000').origins).toEqual(['http://[::1]:3000']);
  });

  it.each([
    'example.org',
    'https://example.org/data',
    'https://example.org/?x',
    'https://example.org#x',
    'https://user@example.org',
    'ftp://example.org',
    '*',
    'https://*.example.org',
    "'unsafe-inline'",
    'https://example.org; script-src *',
    'https://example.org https://evil.example',
    'https://',
  ])('refuses %j: not an origin', (entry) => {
    expect(parseOrigins(`https://ok.example, ${entry}`)).toEqual({
      origins: ['https://ok.example'],
      invalid: [entry],
    });
  });
});
