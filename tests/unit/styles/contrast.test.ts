import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColor, parseHex, relativeLuminance, toHex } from '../../../src/styles/contrast.js';

describe('contrast', () => {
  it('relativeLuminance(…) is 0 for black, 1 for white, and WCAG’s value for a grey', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 3);
  });

  it('contrastRatio(…) is 21 for black on white, in either order, and 4.48 for #777 on white', () => {
    expect(contrastRatio('#000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000')).toBe(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
  });

  it('isHexColor(…) accepts #rgb and #rrggbb only', () => {
    for (const ok of ['#abc', '#ABCDEF', '#0b57d0']) expect(isHexColor(ok)).toBe(true);
    for (const bad of ['abc', '#abcd', '#0b57d0ff', 'red', 'rgb(0 0 0)', '#0b57d0;', ' #0b57d0', '#ggg', ''])
      expect(isHexColor(bad)).toBe(false);
  });

  it('parseHex(…) expands #rgb and refuses anything else with its input', () => {
    expect(parseHex('#0b57d0')).toEqual([11, 87, 208]);
    expect(parseHex('#fa0')).toEqual([255, 170, 0]);
    expect(() => parseHex('red')).toThrow('invalid colour: red');
  });

  it('toHex(…) rounds and clamps channels', () => {
    expect(toHex([11.4, 86.6, 300])).toBe('#0b57ff');
    expect(toHex([-3, 0, 0])).toBe('#000000');
  });
});
