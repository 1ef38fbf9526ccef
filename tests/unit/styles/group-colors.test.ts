import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECTOR_TEXT_CONTRAST, SCHEME_BACKGROUNDS, TEXT_CONTRAST } from '../../../src/styles/accent.js';
import { contrastRatio } from '../../../src/styles/contrast.js';
import { CATEGORICAL_PALETTE, NEUTRAL, groupColors, themedColor } from '../../../src/styles/group-colors.js';
import { groupClassCss, groupThemeCss } from '../../../src/styles/group-styles.js';

const curated = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8')) as {
  groups: { id: string; color?: string }[];
};

const worst = (color: string, backgrounds: readonly string[]) =>
  Math.min(...backgrounds.map((background) => contrastRatio(color, background)));

describe('group colours', () => {
  // The palette, the curated dataset's own colours, and colours a dataset might give that read badly somewhere.
  const bases = [
    ...CATEGORICAL_PALETTE,
    ...curated.groups.flatMap((g) => g.color ?? []),
    '#ffff00',
    '#ffffff',
    '#000000',
    '#777777',
    NEUTRAL,
  ];

  it.each(bases)('%s is made readable as text in every theme: 4.5:1 light and dark, 7:1 projector', (base) => {
    const color = themedColor(base);
    expect(worst(color.light, SCHEME_BACKGROUNDS.light)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(worst(color.dark, SCHEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(worst(color.projector, SCHEME_BACKGROUNDS.projector)).toBeGreaterThanOrEqual(PROJECTOR_TEXT_CONTRAST);
  });

  it('keeps a dataset colour that is already readable, as the curated lanes are in the light theme', () => {
    for (const group of curated.groups) expect(themedColor(group.color!).light).toBe(group.color);
  });

  it('gives groups without a colour the palette in order, and the neutral lane grey', () => {
    const colors = groupColors(
      [{ id: 'a' }, { id: 'b', color: '#123456' }, { id: 'c' }, { id: '-none' }],
      new Set(['-none']),
    );
    expect([...colors.values()].map((c) => c.base)).toEqual([
      CATEGORICAL_PALETTE[0],
      '#123456',
      CATEGORICAL_PALETTE[1],
      NEUTRAL,
    ]);
  });

  it('repeats the palette after its last colour', () => {
    const groups = Array.from({ length: CATEGORICAL_PALETTE.length + 1 }, (_, i) => ({ id: `g${i}` }));
    expect(groupColors(groups).get(`g${CATEGORICAL_PALETTE.length}`)?.base).toBe(CATEGORICAL_PALETTE[0]);
  });
});

describe('group stylesheets', () => {
  const colors = groupColors([{ id: 'athens', color: '#0072b2' }, { id: 'persia' }]);

  it('defines each group colour per theme on the element that carries the theme', () => {
    const css = groupThemeCss(colors);
    const athens = colors.get('athens')!;
    expect(css).toContain(`--st-group-athens: light-dark(${athens.light}, ${athens.dark});`);
    expect(css).toMatch(
      new RegExp(`:host\\(\\[data-theme='projector'\\]\\) \\{[^}]*--st-group-athens: ${athens.projector};`),
    );
  });

  it("gives each group class its colour: the theme's, else its light and dark ones", () => {
    const [athens, persia] = [colors.get('athens')!, colors.get('persia')!];
    expect(groupClassCss(colors)).toBe(
      `.group-athens, .st-group-athens { --group: var(--st-group-athens, light-dark(${athens.light}, ${athens.dark})); }\n` +
        `.group-persia, .st-group-persia { --group: var(--st-group-persia, light-dark(${persia.light}, ${persia.dark})); }`,
    );
  });

  it('writes no id that could break out of a rule (the schema refuses them; this is a second guard)', () => {
    const hostile = groupColors([{ id: 'x{}body{display:none}' }, { id: 'ok' }]);
    expect(groupClassCss(hostile)).not.toContain('body');
    expect(groupThemeCss(hostile)).not.toContain('body');
  });
});
