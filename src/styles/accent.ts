/**
 * A reader-chosen accent made readable: its lightness moved, only as far as needed, until it
 * contrasts enough with every background it is drawn on. Pure.
 */
import { hsl } from 'd3-color';
import { type Rgb, contrastRatio, luminanceContrast, parseHex, relativeLuminance, toHex } from './contrast.js';

/** WCAG AA for text (links, tab labels); 3:1 would do for UI parts alone, but the accent colours links. */
export const TEXT_CONTRAST = 4.5;

/** WCAG AAA for text: what the projector theme holds its text, and an accent, to. */
export const PROJECTOR_TEXT_CONTRAST = 7;

/**
 * The backgrounds of each colour scheme, as in theme.css (--st-bg, --st-surface, --st-surface-raised),
 * and of the projector theme (a light scheme with backgrounds of its own);
 * tests/unit/styles/theme-contrast.test.ts checks that the two agree.
 */
export const SCHEME_BACKGROUNDS = {
  light: ['#ffffff', '#f4f6f8', '#ffffff'],
  dark: ['#15181c', '#1e2228', '#252a31'],
  projector: ['#ffffff', '#f1f3f5', '#ffffff'],
} as const satisfies Record<string, readonly string[]>;

/**
 * `accent` (`#rgb` or `#rrggbb`) as `#rrggbb`, darkened on light backgrounds or lightened on dark ones,
 * keeping hue and saturation, until it reaches `ratio` against each of `backgrounds`.
 * Each step of the search weighs the colour as `#rrggbb` would write it, against the backgrounds' luminances
 * worked out once (the app makes three of these per lane as it starts).
 */
export function readableAccent(accent: string, backgrounds: readonly string[], ratio = TEXT_CONTRAST): string {
  const original = toHex(parseHex(accent));
  const behind = backgrounds.map((bg) => relativeLuminance(bg));
  const worst = (color: Rgb) => {
    const luminance = relativeLuminance(color);
    return Math.min(...behind.map((bg) => luminanceContrast(luminance, bg)));
  };
  if (worst(parseHex(original)) >= ratio) return original;
  const { h, s, l } = hsl(original);
  const withLightness = (lightness: number) => hsl(Number.isNaN(h) ? 0 : h, Number.isNaN(s) ? 0 : s, lightness);
  const meanLuminance = behind.reduce((sum, bg) => sum + bg, 0) / behind.length;
  const darken = meanLuminance > 0.18;
  // Lightness 0 (black) or 1 (white) always passes against these backgrounds; search between it and the original.
  let pass = darken ? 0 : 1;
  let fail = l;
  for (let i = 0; i < 24; i++) {
    const mid = (pass + fail) / 2;
    // Its channels as `#rrggbb` writes them: rounded and clamped to 0-255.
    const { r, g, b } = withLightness(mid).rgb().clamp();
    if (worst([r, g, b]) >= ratio) pass = mid;
    else fail = mid;
  }
  return withLightness(pass).formatHex();
}

/** Black or white, whichever contrasts more with `background`: text on the accent. */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}
