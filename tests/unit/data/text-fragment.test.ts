import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../src/data/text-fragment.js';

describe('textFragmentUrl', () => {
  const page = 'https://en.wikipedia.org/wiki/Battle_of_Marathon';

  it('adds a text directive for a short quote, encoding what the syntax uses', () => {
    expect(textFragmentUrl(page, 'the Athenians, with Plataea')).toBe(
      `${page}#:~:text=the%20Athenians%2C%20with%20Plataea`,
    );
    expect(textFragmentUrl(page, 'a well-known & long-held view')).toBe(
      `${page}#:~:text=a%20well%2Dknown%20%26%20long%2Dheld%20view`,
    );
  });

  it('matches a long quote by its first and last words', () => {
    const quote = 'one two three four five six seven eight nine ten eleven';
    expect(textFragmentUrl(page, quote)).toBe(`${page}#:~:text=one%20two%20three%20four,eight%20nine%20ten%20eleven`);
  });

  it('keeps a fragment the address already has', () => {
    expect(textFragmentUrl(`${page}#Background`, 'some words here')).toBe(
      `${page}#Background:~:text=some%20words%20here`,
    );
  });

  it('gives the address alone without a quote, and nothing for an address that is not a web page', () => {
    expect(textFragmentUrl(page)).toBe(page);
    expect(textFragmentUrl(page, '   ')).toBe(page);
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeUndefined();
    expect(textFragmentUrl('https://user:pw@example.org/', 'x')).toBeUndefined();
  });
});
