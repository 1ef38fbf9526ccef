/**
 * Chooses the theme of an element and its descendants (usually the document's root): light, dark,
 * auto (the reader's prefers-color-scheme) or projector (high contrast, for presenting in class), and
 * optionally an accent colour. Touches nothing but the element it is given. The colours themselves
 * live in theme.css.
 */
import { PROJECTOR_TEXT_CONTRAST, SCHEME_BACKGROUNDS, readableAccent, textOn } from './accent.js';
import { isHexColor, parseHex, toHex } from './contrast.js';

export const THEMES = ['light', 'dark', 'auto', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface ThemeOptions {
  theme: Theme;
  /** `#rgb` or `#rrggbb`; anything else is ignored. */
  accent?: string | undefined;
}

/** The custom properties an accent sets; removed again when there is none. */
const ACCENT_PROPERTIES = ['--st-accent', '--st-accent-text', '--st-focus'] as const;

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/**
 * Sets `data-theme` on `root` and, for a valid accent, `--st-accent` with its companions
 * `--st-accent-text` (black or white) and `--st-focus`. The accent's lightness is adjusted per colour
 * scheme so that it keeps 4.5:1 against the backgrounds, and each value is a `light-dark()` pair, so
 * `auto` gets the right one without script. The projector theme is a light scheme: its light half is
 * held to 7:1 against the projector's backgrounds instead. Only colours built here from validated hex
 * reach the style.
 */
export function applyTheme(root: HTMLElement, { theme, accent }: ThemeOptions): void {
  const chosen = isTheme(theme) ? theme : 'light';
  root.dataset.theme = chosen;
  if (accent === undefined || !isHexColor(accent)) {
    for (const name of ACCENT_PROPERTIES) root.style.removeProperty(name);
    return;
  }
  const light =
    chosen === 'projector'
      ? readableAccent(accent, SCHEME_BACKGROUNDS.projector, PROJECTOR_TEXT_CONTRAST)
      : readableAccent(accent, SCHEME_BACKGROUNDS.light);
  const dark = readableAccent(accent, SCHEME_BACKGROUNDS.dark);
  const pair = (a: string, b: string) => `light-dark(${a}, ${b})`;
  root.style.setProperty('--st-accent', pair(light, dark));
  root.style.setProperty('--st-accent-text', pair(textOn(light), textOn(dark)));
  root.style.setProperty('--st-focus', pair(light, dark));
}

/**
 * The theme asked for in a page's query: `theme=light|dark|auto|projector` and `accent=c0392b` (no `#`, which
 * would start the fragment; `%23c0392b` works too). Invalid or missing values give the defaults:
 * light, no accent. The accent comes back as `#rrggbb`.
 */
export function themeFromParams(params: URLSearchParams): { theme: Theme; accent: string | undefined } {
  const theme = params.get('theme');
  const raw = params.get('accent') ?? '';
  const hex = raw.startsWith('#') ? raw : `#${raw}`;
  return {
    theme: isTheme(theme) ? theme : 'light',
    accent: isHexColor(hex) ? toHex(parseHex(hex)) : undefined,
  };
}
