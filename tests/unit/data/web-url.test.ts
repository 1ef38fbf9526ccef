import { describe, expect, it } from 'vitest';
import { hostOf, webUrl } from '../../../src/data/web-url.js';

describe('webUrl', () => {
  it('keeps http and https addresses', () => {
    expect(webUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webUrl('http://example.org')).toBe('http://example.org/');
  });
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'not a url', ''])(
    'refuses %j',
    (url) => expect(webUrl(url)).toBeUndefined(),
  );
  it('treats null as no link', () => expect(webUrl(null)).toBeUndefined());
  it.each(['https://www.bbc.co.uk@evil.example/', 'https://user:pass@example.org/', 'http://:secret@example.org/'])(
    'refuses %j, which has a user name or password (it reads as one site and leads to another)',
    (url) => expect(webUrl(url)).toBeUndefined(),
  );
});

describe('hostOf', () => {
  it('gives the host a link leads to, without www.', () => {
    expect(hostOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(hostOf('https://en.wikipedia.org/wiki/Battle_of_Marathon')).toBe('en.wikipedia.org');
    expect(hostOf('not a url')).toBe('');
  });
});
