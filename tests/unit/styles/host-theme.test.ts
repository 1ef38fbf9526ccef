import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOST_THEME_MODULE, hostTheme, hostThemeCss } from '../../../scripts/host-theme.js';

/** CSS text without the white space around punctuation, to compare rules. */
const squash = (css: string) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,:])\s*/g, '$1')
    .trim();

/** Every selector of every rule, at-rule preludes left out. */
const selectors = (css: string) =>
  [...css.matchAll(/([^{};]+)\{/g)]
    .map((m) => m[1]!.trim())
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((list) => list.split(/,(?![^(]*\))/).map((s) => s.trim()));

describe('hostThemeCss', () => {
  it('hostThemeCss(css) puts the custom properties of :root on :host', () => {
    expect(squash(hostThemeCss(':root { --st-bg: #fff; --st-text: #000; }'))).toBe(
      ':host{--st-bg:#fff;--st-text:#000;}',
    );
  });

  it('hostThemeCss(css) makes the page defaults on html and body the host’s, once', () => {
    expect(squash(hostThemeCss('html,\nbody { margin: 0; color: var(--st-text); }'))).toBe(
      ':host{margin:0;color:var(--st-text);}',
    );
  });

  it('hostThemeCss(css) keeps variants of the root: :root[…] and :root:not(…) become :host(…), in at-rules too', () => {
    const css = `
      :root[data-theme='dark'] { --st-bg: #111; }
      @media (prefers-color-scheme: dark) {
        :root:not([data-theme='light']), :root[data-theme="auto"] { --st-bg: #111; }
      }`;
    expect(squash(hostThemeCss(css))).toBe(
      ":host([data-theme='dark']){--st-bg:#111;}" +
        '@media (prefers-color-scheme:dark){' +
        ':host(:not([data-theme=\'light\'])),:host([data-theme="auto"]){--st-bg:#111;}}',
    );
  });

  it('hostThemeCss(css) lets a rule for any themed element ([data-theme…]) match the host too', () => {
    const css = "[data-theme='dark'] { color-scheme: dark; } [data-theme]:not(:root) .x { color: red; }";
    expect(squash(hostThemeCss(css))).toBe(
      "[data-theme='dark'],:host([data-theme='dark']){color-scheme:dark;}" +
        '[data-theme]:not(:root) .x,:host([data-theme]:not(:root)) .x{color:red;}',
    );
  });

  it('hostThemeCss(css) leaves other selectors, which in a shadow root match only its own elements', () => {
    const css = '*, *::before { box-sizing: border-box; } :root .note, htmlish, .body { color: red; }';
    expect(squash(hostThemeCss(css))).toBe('*,*::before{box-sizing:border-box;}:host .note,htmlish,.body{color:red;}');
  });

  it('hostThemeCss(css) drops comments, which may hold braces', () => {
    expect(squash(hostThemeCss('/* :root { } */ :root { --a: 1; }'))).toBe(':host{--a:1;}');
  });

  it('hostThemeCss(css) reads selectors, not patterns: strings, escapes and keyframes stay as they are', () => {
    const css = `
      [title="a, b { c }"] { --a: 1; }
      .x\\:y, html.page { --b: 2; }
      @keyframes pulse { from { opacity: 0; } 50% { opacity: 1; } }
      [data-theme]::before { content: ':root {'; }`;
    // `html.page` is the page's root with a class: the host with that class.
    expect(squash(hostThemeCss(css))).toBe(
      '[title="a,b{c}"],:host([title="a,b{c}"]){--a:1;}' +
        '.x\\:y,:host(.page){--b:2;}' +
        '@keyframes pulse{from{opacity:0;}50%{opacity:1;}}' +
        "[data-theme]::before{content:':root{';}",
    );
  });
});

// vitest reads CSS imports as empty strings, so the real theme.css is read from disk here.
describe('hostThemeCss(theme.css)', () => {
  const themeCss = readFileSync('src/styles/theme.css', 'utf8');
  const host = hostThemeCss(themeCss);

  it('leaves no selector for the page: none starts with :root, html or body', () => {
    expect(selectors(themeCss).some((s) => /^(:root|html|body)(?![\w-])/.test(s))).toBe(true);
    expect(selectors(host).filter((s) => /^(:root|html|body)(?![\w-])/.test(s))).toEqual([]);
  });

  it('puts the projector theme on a host with data-theme="projector" and on themed elements inside', () => {
    expect(selectors(themeCss.replace(/\/\*[\s\S]*?\*\//g, ''))).toContain("[data-theme='projector']");
    // `:host([…])` is more specific than the defaults' `:host`, so the projector's values win on the host.
    expect(squash(host)).toContain("[data-theme='projector'],:host([data-theme='projector']){color-scheme:light;");
  });

  it('declares every custom property of theme.css, with the same value', () => {
    const declarations = (css: string) =>
      [...css.matchAll(/(--st-[\w-]+)\s*:\s*([^;}]+)/g)].map((m) => `${m[1]}: ${m[2]!.trim()}`);
    expect(declarations(themeCss).length).toBeGreaterThan(10);
    expect(declarations(host)).toEqual(declarations(themeCss));
  });
});

describe('hostThemeCss(vis-timeline’s CSS)', () => {
  it('parses the real vis-timeline stylesheet and changes none of its rules: it has no page root to move', () => {
    const vis = readFileSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', 'utf8');
    const withoutComments = vis.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(selectors(withoutComments).length).toBeGreaterThan(200);
    expect(squash(hostThemeCss(vis))).toBe(squash(withoutComments));
  });
});

describe('the hostTheme Vite plugin', () => {
  it('serves virtual:host-theme as a module whose default export is theme.css rewritten for a shadow root', async () => {
    const plugin = hostTheme();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (this: { addWatchFile: (f: string) => void }, id: string) => Promise<string>;
    const id = resolveId(HOST_THEME_MODULE);
    expect(id).toBeDefined();
    expect(resolveId('./theme.css')).toBeUndefined();
    const watched: string[] = [];
    const code = await load.call({ addWatchFile: (file) => watched.push(file) }, id!);
    const css = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(css).toBe(hostThemeCss(readFileSync('src/styles/theme.css', 'utf8'), watched[0]));
    expect(watched[0]).toMatch(/src[\\/]styles[\\/]theme\.css$/);
  });
});
