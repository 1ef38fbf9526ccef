import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The folders whose styles must take every colour from the theme's custom properties. */
const FOLDERS = ['components', 'charts', 'timeline', 'app'];
const root = new URL('../../../src/', import.meta.url);

/** Colour literals: #hex (not an issue number like vis#3616), functional notations, common names. */
const LITERALS = [
  /(?<![\w/&])#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})\b/i,
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i,
  /(?:[:(,]\s*|'|")(?:white|black|red|green|blue|yellow|orange|purple|gr[ae]y|silver|navy|teal|maroon)\b/i,
];

const files = FOLDERS.flatMap((folder) =>
  readdirSync(new URL(folder, root))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`),
);

/**
 * The style code of a file: all of a styles file; elsewhere css`…` templates, chart STYLE strings and
 * d3 `.attr('fill' | 'stroke', …)` / `.style(…)` calls. A colour that is data (a form's default value) is not style.
 */
function styleCode(file: string, source: string): string[] {
  const lines = source.split('\n');
  if (/styles?\.ts$/.test(file)) return lines;
  const templates = [...source.matchAll(/(?:\bcss|\bSTYLE\s*=\s*)`[^`]*`/g)].flatMap((m) => m[0].split('\n'));
  const attributes = lines.filter((line) => /\.(?:attr\('(?:fill|stroke|stop-color|color)'|style\()/.test(line));
  return [...templates, ...attributes];
}

describe('colours come from the theme', () => {
  it('finds the source files and their style code', () => {
    expect(files).toContain('timeline/timeline-styles.ts');
    const chart = readFileSync(new URL('charts/claims.ts', root), 'utf8');
    expect(styleCode('charts/claims.ts', chart).join('\n')).toContain('.st-claims .axis { stroke: var(--st-border); }');
    // The rules every chart starts with (charts/frame.ts).
    const frame = readFileSync(new URL('charts/frame.ts', root), 'utf8');
    expect(styleCode('charts/frame.ts', frame).join('\n')).toContain('.chart text { fill: var(--st-text); }');
    expect(styleCode('charts/x.ts', "const STYLE = `a { fill: #fff; }`;\ng.attr('fill', 'white');")).toEqual([
      'STYLE = `a { fill: #fff; }`',
      "g.attr('fill', 'white');",
    ]);
  });

  for (const file of files) {
    it(`${file} has no colour literals`, () => {
      const found = styleCode(file, readFileSync(new URL(file, root), 'utf8'))
        .filter((line) => LITERALS.some((pattern) => pattern.test(line)))
        .map((line) => `${file}: ${line.trim()}`);
      expect(found).toEqual([]);
    });
  }
});
