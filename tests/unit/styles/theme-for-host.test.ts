import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeForHost } from '../../../src/styles/theme-for-host.js';

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

describe('themeForHost', () => {
  it('themeForHost(css) puts the custom properties of :root on :host', () => {
    expect(squash(themeForHost(':root { --st-bg: #fff; --st-text: #000; }'))).toBe(
      ':host{--st-bg:#fff;--st-text:#000;}',
    );
  });

  it('themeForHost(css) makes the page defaults on html and body the host’s, once', () => {
    expect(squash(themeForHost('html,\nbody { margin: 0; color: var(--st-text); }'))).toBe(
      ':host{margin:0;color:var(--st-text);}',
    );
  });

  it('themeForHost(css) keeps variants of the root: :root[…] and :root:not(…) become :host(…), in at-rules too', () => {
    const css = `
      :root[data-theme='dark'] { --st-bg: #111; }
      @media (prefers-color-scheme: dark) {
        :root:not([data-theme='light']), :root[data-theme="auto"] { --st-bg: #111; }
      }`;
    expect(squash(themeForHost(css))).toBe(
      ":host([data-theme='dark']){--st-bg:#111;}" +
        '@media (prefers-color-scheme:dark){' +
        ':host(:not([data-theme=\'light\'])),:host([data-theme="auto"]){--st-bg:#111;}}',
    );
  });

  it('themeForHost(css) lets a rule for any themed element ([data-theme…]) match the host too', () => {
    const css = "[data-theme='dark'] { color-scheme: dark; } [data-theme]:not(:root) .x { color: red; }";
    expect(squash(themeForHost(css))).toBe(
      "[data-theme='dark'],:host([data-theme='dark']){color-scheme:dark;}" +
        '[data-theme]:not(:root) .x,:host([data-theme]:not(:root)) .x{color:red;}',
    );
  });

  it('themeForHost(css) leaves other selectors, which in a shadow root match only its own elements', () => {
    const css = '*, *::before { box-sizing: border-box; } :root .note, htmlish, .body { color: red; }';
    expect(squash(themeForHost(css))).toBe('*,*::before{box-sizing:border-box;}:host .note,htmlish,.body{color:red;}');
  });

  it('themeForHost(css) drops comments, which may hold braces', () => {
    expect(squash(themeForHost('/* :root { } */ :root { --a: 1; }'))).toBe(':host{--a:1;}');
  });
});

// vitest reads CSS imports as empty strings, so the real theme.css is read from disk here.
describe('themeForHost(theme.css)', () => {
  const themeCss = readFileSync('src/styles/theme.css', 'utf8');
  const host = themeForHost(themeCss);

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
