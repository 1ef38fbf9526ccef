// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECTOR_TEXT_CONTRAST, SCHEME_BACKGROUNDS, readableAccent, textOn } from '../../../src/styles/accent.js';
import { applyTheme, themeFromParams, THEMES, type Theme } from '../../../src/styles/apply-theme.js';
import { contrastRatio } from '../../../src/styles/contrast.js';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
});

/** The two colours of a `light-dark(#…, #…)` value set by applyTheme. */
function pair(name: string): { light: string; dark: string } {
  const match = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(root.style.getPropertyValue(name));
  if (!match) throw new Error(`${name} is not a light-dark() pair: "${root.style.getPropertyValue(name)}"`);
  return { light: match[1]!, dark: match[2]! };
}

const worst = (color: string, backgrounds: readonly string[]) =>
  Math.min(...backgrounds.map((bg) => contrastRatio(color, bg)));

describe('applyTheme', () => {
  it('applyTheme(root, {theme}) sets data-theme to light, dark, auto or projector', () => {
    expect(THEMES).toEqual(['light', 'dark', 'auto', 'projector']);
    for (const theme of THEMES) {
      applyTheme(root, { theme });
      expect(root.dataset.theme).toBe(theme);
    }
  });

  it('applyTheme(root, …) falls back to light for an unknown theme', () => {
    applyTheme(root, { theme: 'sepia' as Theme });
    expect(root.dataset.theme).toBe('light');
  });

  it('applyTheme(root, {accent}) sets --st-accent, --st-accent-text and --st-focus for both schemes', () => {
    applyTheme(root, { theme: 'auto', accent: '#c0392b' });
    const accent = pair('--st-accent');
    // Dark enough on white already; lightened for the dark backgrounds.
    expect(accent.light).toBe('#c0392b');
    expect(accent.dark).not.toBe('#c0392b');
    expect(pair('--st-focus')).toEqual(accent);
    expect(pair('--st-accent-text')).toEqual({ light: '#ffffff', dark: '#000000' });
  });

  for (const accent of ['#c0392b', '#ffcc00', '#0b57d0', '#00ff00', '#777', '#000000', '#ffffff', '#1e2228']) {
    it(`applyTheme(root, {accent: '${accent}'}) keeps 4.5:1 against every background, and 4.5:1 for its text`, () => {
      applyTheme(root, { theme: 'light', accent });
      const colors = pair('--st-accent');
      const text = pair('--st-accent-text');
      for (const scheme of ['light', 'dark'] as const) {
        expect(worst(colors[scheme], SCHEME_BACKGROUNDS[scheme])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(text[scheme], colors[scheme])).toBeGreaterThanOrEqual(4.5);
        // The focus ring, a UI part, needs 3:1.
        expect(worst(pair('--st-focus')[scheme], SCHEME_BACKGROUNDS[scheme])).toBeGreaterThanOrEqual(3);
      }
    });
  }

  for (const accent of ['#c0392b', '#ffcc00', '#0b57d0', '#00ff00', '#777', '#ffffff']) {
    it(`applyTheme(root, {theme: 'projector', accent: '${accent}'}) holds the accent and its text to 7:1`, () => {
      applyTheme(root, { theme: 'projector', accent });
      expect(root.dataset.theme).toBe('projector');
      // The projector is a light scheme: the light half is the one shown, adjusted for its backgrounds.
      const { light } = pair('--st-accent');
      expect(light).toBe(readableAccent(accent, SCHEME_BACKGROUNDS.projector, PROJECTOR_TEXT_CONTRAST));
      expect(worst(light, SCHEME_BACKGROUNDS.projector)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(pair('--st-accent-text').light, light)).toBeGreaterThanOrEqual(7);
      expect(worst(pair('--st-focus').light, SCHEME_BACKGROUNDS.projector)).toBeGreaterThanOrEqual(4.5);
      // The dark half, for a dark-themed element inside, stays as in the other themes.
      expect(pair('--st-accent').dark).toBe(readableAccent(accent, SCHEME_BACKGROUNDS.dark));
    });
  }

  it('applyTheme(root, …) ignores an invalid accent and never writes it into the style', () => {
    for (const accent of ['red', 'c0392b', '#12345', '#c0392b80', 'url(x)', '#c0392b; color: red', '', ' #c0392b']) {
      applyTheme(root, { theme: 'dark', accent });
      expect(root.getAttribute('style') ?? '').toBe('');
    }
  });

  it('applyTheme(root, …) without an accent removes one set before', () => {
    applyTheme(root, { theme: 'dark', accent: '#c0392b' });
    applyTheme(root, { theme: 'dark' });
    for (const name of ['--st-accent', '--st-accent-text', '--st-focus'])
      expect(root.style.getPropertyValue(name)).toBe('');
    expect(root.dataset.theme).toBe('dark');
  });

  it('applyTheme(root, …) touches only the element it is given', () => {
    applyTheme(root, { theme: 'dark', accent: '#c0392b' });
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(document.documentElement.getAttribute('style')).toBe(null);
  });
});

describe('readableAccent', () => {
  it('readableAccent(…) returns a readable accent unchanged, as #rrggbb', () => {
    expect(readableAccent('#0B57D0', SCHEME_BACKGROUNDS.light)).toBe('#0b57d0');
    expect(readableAccent('#fff', SCHEME_BACKGROUNDS.dark)).toBe('#ffffff');
  });

  it('readableAccent(…) moves the lightness only as far as needed', () => {
    const yellow = readableAccent('#ffcc00', SCHEME_BACKGROUNDS.light);
    const ratio = worst(yellow, SCHEME_BACKGROUNDS.light);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    expect(ratio).toBeLessThan(4.7);
    const blue = readableAccent('#0b57d0', SCHEME_BACKGROUNDS.dark);
    expect(worst(blue, SCHEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(4.5);
    expect(worst(blue, SCHEME_BACKGROUNDS.dark)).toBeLessThan(4.7);
  });

  it('readableAccent(…) keeps the hue: a darkened yellow is still more red and green than blue', () => {
    const [r, g, b] = [1, 3, 5].map((i) =>
      parseInt(readableAccent('#ffcc00', SCHEME_BACKGROUNDS.light).slice(i, i + 2), 16),
    );
    expect(r).toBeGreaterThan(g!);
    expect(g).toBeGreaterThan(b!);
    expect(b).toBe(0);
  });

  it('textOn(…) picks black or white, whichever contrasts more', () => {
    expect(textOn('#ffcc00')).toBe('#000000');
    expect(textOn('#0b57d0')).toBe('#ffffff');
  });
});

describe('themeFromParams', () => {
  const read = (query: string) => themeFromParams(new URLSearchParams(query));

  it('themeFromParams(…) reads theme and an accent given without #', () => {
    expect(read('theme=dark&accent=c0392b')).toEqual({ theme: 'dark', accent: '#c0392b' });
    expect(read('theme=auto&accent=C03')).toEqual({ theme: 'auto', accent: '#cc0033' });
    expect(read('theme=light')).toEqual({ theme: 'light', accent: undefined });
    expect(read('theme=projector')).toEqual({ theme: 'projector', accent: undefined });
    expect(read('theme=projector&accent=0b57d0')).toEqual({ theme: 'projector', accent: '#0b57d0' });
  });

  it('themeFromParams(…) accepts an accent encoded with %23', () => {
    expect(read('accent=%23c0392b')).toEqual({ theme: 'light', accent: '#c0392b' });
  });

  it('themeFromParams(…) gives the defaults for missing or invalid values', () => {
    expect(read('')).toEqual({ theme: 'light', accent: undefined });
    for (const query of [
      'theme=Dark',
      'theme=sepia',
      'theme=Projector',
      'theme=',
      'accent=red',
      'accent=%23%23c0392b',
      'accent=c0392b80',
    ])
      expect(read(query)).toEqual({ theme: 'light', accent: undefined });
    expect(read('accent=c0392b;color:red&theme=dark')).toEqual({ theme: 'dark', accent: undefined });
    // An unencoded # starts the fragment: the value is empty.
    expect(read('accent=')).toEqual({ theme: 'light', accent: undefined });
  });
});
