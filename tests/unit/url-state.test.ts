import { describe, expect, it } from 'vitest';
import { readSelection, withSelection } from '../../src/app/url-state.js';

describe('readSelection', () => {
  it('reads ?event=<id>', () => {
    expect(readSelection('?event=syrsky-briefing')).toBe('syrsky-briefing');
  });
  it('is undefined when absent or empty', () => {
    expect(readSelection('')).toBeUndefined();
    expect(readSelection('?event=')).toBeUndefined();
    expect(readSelection('?view=list')).toBeUndefined();
  });
});

describe('withSelection', () => {
  it('sets the event and keeps other parameters and the hash', () => {
    expect(withSelection('https://x.test/app/?embed=1#top', 'a-b')).toBe('https://x.test/app/?embed=1&event=a-b#top');
  });
  it('replaces an existing selection', () => {
    expect(withSelection('https://x.test/?event=old', 'new')).toBe('https://x.test/?event=new');
  });
  it('removes the selection', () => {
    expect(withSelection('https://x.test/?event=old&x=1', undefined)).toBe('https://x.test/?x=1');
  });
  it('round-trips ids with characters that need encoding', () => {
    const href = withSelection('https://x.test/', 'a&b=c');
    expect(readSelection(new URL(href).search)).toBe('a&b=c');
  });
});
