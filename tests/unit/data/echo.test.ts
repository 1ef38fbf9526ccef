import { describe, expect, it } from 'vitest';
import { echoText } from '../../../src/data/echo.js';

describe('echoText(text, max)', () => {
  it('removes bidi controls, zero-width and control characters', () => {
    expect(echoText('abc\u202Efdp.exe')).toBe('abc fdp.exe');
    expect(echoText('a\u2066b\u2069c\u200Bd\u0000e')).toBe('a b c d e');
    expect(echoText('line\u2028two\nthree')).toBe('line two three');
  });

  it('limits the length, marking the cut', () => {
    expect(echoText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(echoText('short', 10)).toBe('short');
    // Counted in code points: an emoji is not split in half.
    expect(echoText('😀'.repeat(5), 3)).toBe('😀😀…');
  });
});
