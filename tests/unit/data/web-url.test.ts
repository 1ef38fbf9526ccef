import { describe, expect, it } from 'vitest';
import { webUrl } from '../../../src/data/web-url.js';

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
});
