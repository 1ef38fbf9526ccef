/**
 * WCAG 2.x colour contrast, for the theme's tests and for deriving a readable accent.
 * Pure: colours in, numbers out. Only `#rgb` and `#rrggbb` are colours here.
 */

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
  const digits = hex.length === 4 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** `#rrggbb`, lower case, channels rounded and clamped to 0-255. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
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
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
