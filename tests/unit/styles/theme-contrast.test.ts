import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEME_BACKGROUNDS } from '../../../src/styles/accent.js';
import { contrastRatio } from '../../../src/styles/contrast.js';

type Scheme = 'light' | 'dark';
type Palette = Record<string, string>;

/** Custom properties that are not colours. */
const NOT_COLOURS = new Set(['--st-font', '--st-font-serif', '--st-focus-width', '--st-radius', '--st-space']);
const HEX = '#[0-9a-f]{6}(?:[0-9a-f]{2})?';

/**
 * The colours of each scheme as declared in theme.css: `--name: #hex;` for both, or
 * `--name: light-dark(#light, #dark);`. Fails on a colour written any other way, so none escapes the checks.
 */
function readTheme(css: string): Record<Scheme, Palette> {
  const palettes: Record<Scheme, Palette> = { light: {}, dark: {} };
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name, value] of body.matchAll(/(--st-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    if (NOT_COLOURS.has(name!)) continue;
    const pair = new RegExp(`^light-dark\\(\\s*(${HEX})\\s*,\\s*(${HEX})\\s*\\)$`, 'i').exec(value!.trim());
    const single = new RegExp(`^${HEX}$`, 'i').exec(value!.trim());
    if (!pair && !single) throw new Error(`invalid colour: ${name!}: ${value!}`);
    palettes.light[name!] = (pair ? pair[1] : single![0])!.toLowerCase();
    palettes.dark[name!] = (pair ? pair[2] : single![0])!.toLowerCase();
  }
  return palettes;
}

const theme = readTheme(readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8'));

const PARTIES = ['ukraine', 'russia', 'north-korea', 'south-korea', 'nato-us-other'].map((p) => `--st-party-${p}`);
const BACKGROUNDS = ['--st-bg', '--st-surface', '--st-surface-raised'];
const on = (fgs: string[], bgs: string[]) => fgs.flatMap((fg) => bgs.map((bg) => [fg, bg] as const));

/** [foreground, background, minimum ratio, why]: every pair a reader depends on. */
const PAIRS: [string, string, number, string][] = [
  ...on(['--st-text', '--st-text-muted'], BACKGROUNDS).map(
    ([fg, bg]) => [fg, bg, 4.5, 'text'] as [string, string, number, string],
  ),
  ...on(PARTIES, BACKGROUNDS).map(
    ([fg, bg]) => [fg, bg, 4.5, 'party colours colour text'] as [string, string, number, string],
  ),
  ...on(['--st-accent'], BACKGROUNDS).map(
    ([fg, bg]) => [fg, bg, 4.5, 'links and tabs'] as [string, string, number, string],
  ),
  ...on(['--st-border'], BACKGROUNDS).map(
    ([fg, bg]) => [fg, bg, 3, 'edges of controls'] as [string, string, number, string],
  ),
  ...on(['--st-focus'], BACKGROUNDS).map(([fg, bg]) => [fg, bg, 3, 'focus ring'] as [string, string, number, string]),
  ['--st-accent-text', '--st-accent', 4.5, 'text on the accent'],
  ['--st-mark-text', '--st-mark-bg', 4.5, 'marked text'],
  ['--st-text', '--st-mark-muted-bg', 4.5, 'quieter marks'],
  ['--st-error', '--st-error-bg', 4.5, 'error text'],
  ['--st-text', '--st-error-bg', 4.5, 'notices'],
];

describe('theme.css', () => {
  it('declares every colour in both schemes, as #hex', () => {
    expect(Object.keys(theme.light)).toEqual(Object.keys(theme.dark));
    expect(Object.keys(theme.light)).toEqual(
      expect.arrayContaining(['--st-bg', '--st-text', '--st-accent', ...PARTIES]),
    );
  });

  it('has the backgrounds that readableAccent adjusts accents against', () => {
    for (const scheme of ['light', 'dark'] as const)
      expect(BACKGROUNDS.map((name) => theme[scheme][name])).toEqual(SCHEME_BACKGROUNDS[scheme]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [fg, bg, min, why] of PAIRS) {
      it(`${scheme}: ${fg} on ${bg} is at least ${min}:1 (${why})`, () => {
        const ratio = contrastRatio(theme[scheme][fg]!, theme[scheme][bg]!);
        expect(ratio, `${theme[scheme][fg]!} on ${theme[scheme][bg]!}`).toBeGreaterThanOrEqual(min);
      });
    }
  }
});
