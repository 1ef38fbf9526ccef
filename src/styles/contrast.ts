/**
 * WCAG 2.x colour contrast, for the theme's tests and for deriving readable accent and group colours.
 * Pure: colours in, numbers out. Only `#rgb` and `#rrggbb` are colours here; d3-color parses and prints them.
 */
import { rgb } from 'd3-color';

/** Red, green and blue, each 0-255. */
export type Rgb = readonly [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Whether `value` is `#rgb` or `#rrggbb`, and nothing else. */
export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

/** The channels of `#rgb` or `#rrggbb`; throws `invalid colour: <input>` for anything else. */
export function parseHex(hex: string): Rgb {
  if (!HEX.test(hex)) throw new Error(`invalid colour: ${hex}`);
  const { r, g, b } = rgb(hex);
  return [r, g, b];
}

/** `#rrggbb`, lower case, channels rounded and clamped to 0-255. */
export function toHex([r, g, b]: Rgb): string {
  return rgb(r, g, b).formatHex();
}

/** Relative luminance, 0 (black) to 1 (white), as WCAG 2.x defines it. */
export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === 'string' ? parseHex(color) : color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21, whichever order they come in. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  return luminanceContrast(relativeLuminance(a), relativeLuminance(b));
}

/** Contrast ratio of two relative luminances, 1 to 21, whichever order they come in. */
export function luminanceContrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
