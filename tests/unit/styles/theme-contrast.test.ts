import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEME_BACKGROUNDS } from '../../../src/styles/accent.js';
import { contrastRatio } from '../../../src/styles/contrast.js';

type Scheme = 'light' | 'dark';
type Palette = Record<string, string>;

/** Custom properties that are not colours: fonts, sizes, and the type and spacing scales. */
const NOT_COLOURS = {
  has: (name: string) =>
    ['--st-font', '--st-font-serif', '--st-focus-width', '--st-line-width', '--st-radius', '--st-space'].includes(
      name,
    ) || /^--st-(font-size|space)-/.test(name),
};
const HEX = '#[0-9a-f]{6}(?:[0-9a-f]{2})?';
const PAIR = new RegExp(`^light-dark\\(\\s*(${HEX})\\s*,\\s*(${HEX})\\s*\\)$`, 'i');
const SINGLE = new RegExp(`^${HEX}$`, 'i');

/** The rules of a stylesheet without nesting (theme.css): selector list and its `--st-*` declarations, in order. */
function readRules(css: string): { selector: string; declarations: [string, string][] }[] {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...body.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, block]) => ({
    selector: selector!.trim().replace(/\s+/g, ' '),
    declarations: [...block!.matchAll(/(--st-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map(
      ([, name, value]) => [name!, value!.trim()] as [string, string],
    ),
  }));
}

/** The declarations of the one rule whose whole selector is `selector`. */
function block(rules: ReturnType<typeof readRules>, selector: string): [string, string][] {
  const found = rules.filter((rule) => rule.selector === selector);
  if (found.length !== 1) throw new Error(`expected one rule for ${selector}, found ${found.length}`);
  return found[0]!.declarations;
}

/**
 * The colours of each scheme as declared on `:root`: `--name: #hex;` for both, or
 * `--name: light-dark(#light, #dark);`. Fails on a colour written any other way, so none escapes the checks.
 */
function readSchemes(declarations: [string, string][]): Record<Scheme, Palette> {
  const palettes: Record<Scheme, Palette> = { light: {}, dark: {} };
  for (const [name, value] of declarations) {
    if (NOT_COLOURS.has(name)) continue;
    const pair = PAIR.exec(value);
    const single = SINGLE.exec(value);
    if (!pair && !single) throw new Error(`invalid colour: ${name}: ${value}`);
    palettes.light[name] = (pair ? pair[1] : single![0])!.toLowerCase();
    palettes.dark[name] = (pair ? pair[2] : single![0])!.toLowerCase();
  }
  return palettes;
}

/** The projector's colours: one plain `#hex` each, no `light-dark()` (its colour-scheme is always light). */
function readPlain(declarations: [string, string][]): Palette {
  const palette: Palette = {};
  for (const [name, value] of declarations) {
    if (NOT_COLOURS.has(name)) continue;
    if (!SINGLE.test(value)) throw new Error(`invalid projector colour: ${name}: ${value}`);
    palette[name] = value.toLowerCase();
  }
  return palette;
}

/** The non-colour values of a block, e.g. `--st-focus-width`. */
const sizes = (declarations: [string, string][]) =>
  Object.fromEntries(declarations.filter(([name]) => NOT_COLOURS.has(name)));

const css = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');
const rules = readRules(css);
const rootBlock = block(rules, ':root');
const projectorBlock = block(rules, "[data-theme='projector']");
const theme = readSchemes(rootBlock);
const projector = readPlain(projectorBlock);

const BACKGROUNDS = ['--st-bg', '--st-surface', '--st-surface-raised'];
type Check = [string, string, number, string];
const on = (fgs: string[], bgs: string[], min: number, why: string): Check[] =>
  fgs.flatMap((fg) => bgs.map((bg): Check => [fg, bg, min, why]));

/** [foreground, background, minimum ratio, why]: every pair a reader depends on. */
const PAIRS: Check[] = [
  ...on(['--st-text', '--st-text-muted'], BACKGROUNDS, 4.5, 'text'),
  ...on(['--st-accent'], BACKGROUNDS, 4.5, 'links and tabs'),
  ...on(['--st-border'], BACKGROUNDS, 3, 'edges of controls'),
  ...on(['--st-focus'], BACKGROUNDS, 3, 'focus ring'),
  ['--st-accent-text', '--st-accent', 4.5, 'text on the accent'],
  ['--st-mark-text', '--st-mark-bg', 4.5, 'marked text'],
  ['--st-text', '--st-mark-muted-bg', 4.5, 'quieter marks'],
  ['--st-error', '--st-error-bg', 4.5, 'error text'],
  ['--st-text', '--st-error-bg', 4.5, 'notices'],
];

/**
 * The projector's pairs: text at WCAG AAA (7:1) (group colours, the dataset's, are checked in group-colors.test.ts),
 * every line at 4.5:1 (subtle rules are real lines there), and
 * the focus ring at 4.5:1 wherever it can be drawn, marks included.
 */
const PROJECTOR_PAIRS: Check[] = [
  ...on(['--st-text', '--st-text-muted'], BACKGROUNDS, 7, 'text'),
  ...on(['--st-accent'], BACKGROUNDS, 7, 'links and tabs'),
  ...on(['--st-border', '--st-border-subtle'], BACKGROUNDS, 4.5, 'lines, subtle ones too'),
  ...on(['--st-focus'], [...BACKGROUNDS, '--st-mark-bg', '--st-mark-muted-bg', '--st-error-bg'], 4.5, 'focus ring'),
  ['--st-accent-text', '--st-accent', 7, 'text on the accent'],
  ['--st-mark-text', '--st-mark-bg', 7, 'marked text'],
  ['--st-text-muted', '--st-mark-bg', 7, 'dates and counts of a marked item'],
  ['--st-accent', '--st-mark-bg', 7, 'a link in a marked excerpt'],
  ['--st-text', '--st-mark-muted-bg', 7, 'quieter marks'],
  ['--st-error', '--st-error-bg', 7, 'error text'],
  ['--st-text', '--st-error-bg', 7, 'notices'],
  ['--st-error', '--st-bg', 7, 'error text on the page'],
];

/** `5px` as 5; fails on any other unit, so a size cannot slip past the checks. */
function pixels(value: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)px$/.exec(value ?? '');
  if (!match) throw new Error(`not a size in px: ${value}`);
  return Number(match[1]);
}

describe('theme.css', () => {
  it('declares every colour in both schemes, as #hex', () => {
    expect(Object.keys(theme.light)).toEqual(Object.keys(theme.dark));
    expect(Object.keys(theme.light)).toEqual(expect.arrayContaining(['--st-bg', '--st-text', '--st-accent']));
  });

  it('declares custom properties only on :root and [data-theme=projector]', () => {
    const others = rules
      .filter((rule) => rule.declarations.length > 0)
      .map((rule) => rule.selector)
      .filter((selector) => selector !== ':root' && selector !== "[data-theme='projector']");
    expect(others).toEqual([]);
  });

  it('has the backgrounds that readableAccent adjusts accents against', () => {
    for (const scheme of ['light', 'dark'] as const)
      expect(BACKGROUNDS.map((name) => theme[scheme][name])).toEqual(SCHEME_BACKGROUNDS[scheme]);
    expect(BACKGROUNDS.map((name) => projector[name])).toEqual(SCHEME_BACKGROUNDS.projector);
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

describe('theme.css: the projector theme', () => {
  it('overrides every colour of :root, and declares no colour :root lacks', () => {
    expect(Object.keys(projector).sort()).toEqual(Object.keys(theme.light).sort());
  });

  it('is a light scheme, white behind the text', () => {
    expect(/\[data-theme='projector'\]\s*\{\s*color-scheme:\s*light;/.test(css.replace(/\/\*[\s\S]*?\*\//g, ''))).toBe(
      true,
    );
    expect(projector['--st-bg']).toBe('#ffffff');
  });

  it('has a large focus ring (at least 4px) and thick lines (at least 2px); :root keeps 1px lines', () => {
    const own = sizes(projectorBlock);
    expect(pixels(own['--st-focus-width'])).toBeGreaterThanOrEqual(4);
    expect(pixels(own['--st-line-width'])).toBeGreaterThanOrEqual(2);
    expect(pixels(sizes(rootBlock)['--st-line-width'])).toBe(1);
    expect(pixels(own['--st-focus-width'])).toBeGreaterThan(pixels(sizes(rootBlock)['--st-focus-width']));
  });

  it('has a focus ring that is a colour, not a grey, and not the accent', () => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(projector['--st-focus']!.slice(i, i + 2), 16));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeGreaterThan(100);
    expect(projector['--st-focus']).not.toBe(projector['--st-accent']);
  });

  for (const [fg, bg, min, why] of PROJECTOR_PAIRS) {
    it(`projector: ${fg} on ${bg} is at least ${min}:1 (${why})`, () => {
      const ratio = contrastRatio(projector[fg]!, projector[bg]!);
      expect(ratio, `${projector[fg]!} on ${projector[bg]!}`).toBeGreaterThanOrEqual(min);
    });
  }
});
