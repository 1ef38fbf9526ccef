import { describe, expect, it } from 'vitest';
import { markTerms } from '../../../src/data/highlight.js';

describe('markTerms', () => {
  it('marks every case-insensitive occurrence and keeps the text whole', () => {
    const segments = markTerms('Budanov said budanov’s HUR', ['budanov']);
    expect(segments).toEqual([
      { text: 'Budanov', mark: true },
      { text: ' said ', mark: false },
      { text: 'budanov', mark: true },
      { text: '’s HUR', mark: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('Budanov said budanov’s HUR');
  });

  it('prefers the longest term where terms overlap', () => {
    expect(markTerms('troops', ['troop', 'troops']).filter((s) => s.mark)).toEqual([{ text: 'troops', mark: true }]);
  });

  it('treats terms as text, not patterns', () => {
    expect(markTerms('a.b and axb', ['a.b'])).toEqual([
      { text: 'a.b', mark: true },
      { text: ' and axb', mark: false },
    ]);
  });

  it('returns the text unmarked without terms, and nothing for no text', () => {
    expect(markTerms('text', [])).toEqual([{ text: 'text', mark: false }]);
    expect(markTerms('text', ['  '])).toEqual([{ text: 'text', mark: false }]);
    expect(markTerms('', ['a'])).toEqual([]);
  });
});
