/**
 * A reader-chosen accent made readable: its lightness moved, only as far as needed, until it
 * contrasts enough with every background it is drawn on. Pure.
 */
import { contrastRatio, parseHex, relativeLuminance, toHex, type Rgb } from './contrast.js';

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

type Hsl = [number, number, number];

function toHsl([r, g, b]: Rgb): Hsl {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === rs ? ((gs - bs) / d + 6) % 6 : max === gs ? (bs - rs) / d + 2 : (rs - gs) / d + 4;
  return [h * 60, s, l];
}

function fromHsl([h, s, l]: Hsl): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(h / 60) % 6;
  const [r, g, b] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] as [number, number, number];
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255];
}

const worstContrast = (hex: string, backgrounds: readonly string[]) =>
  Math.min(...backgrounds.map((bg) => contrastRatio(hex, bg)));

/**
 * `accent` (`#rgb` or `#rrggbb`) as `#rrggbb`, darkened on light backgrounds or lightened on dark ones,
 * keeping hue and saturation, until it reaches `ratio` against each of `backgrounds`.
 */
export function readableAccent(accent: string, backgrounds: readonly string[], ratio = TEXT_CONTRAST): string {
  const original = toHex(parseHex(accent));
  if (worstContrast(original, backgrounds) >= ratio) return original;
  const [h, s, l] = toHsl(parseHex(original));
  const meanLuminance = backgrounds.reduce((sum, bg) => sum + relativeLuminance(bg), 0) / backgrounds.length;
  const darken = meanLuminance > 0.18;
  // Lightness 0 (black) or 1 (white) always passes against these backgrounds; search between it and the original.
  let pass = darken ? 0 : 1;
  let fail = l;
  for (let i = 0; i < 24; i++) {
    const mid = (pass + fail) / 2;
    if (worstContrast(toHex(fromHsl([h, s, mid])), backgrounds) >= ratio) pass = mid;
    else fail = mid;
  }
  return toHex(fromHsl([h, s, pass]));
}

/** Black or white, whichever contrasts more with `background`: text on the accent. */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}
