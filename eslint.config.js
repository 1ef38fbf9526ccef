import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/, lowest first (docs/decisions/0001-architecture.md): each may import only from those
 * before it. `entries` are the bundles' starting points; nothing imports them.
 */
const LAYERS = [
  ['i18n'],
  ['data', 'embed'],
  ['events.ts', 'styles', 'charts'],
  ['timeline', 'components'],
  ['present'],
  ['app'],
  ['entries'],
];

/** For each folder, the folders above its layer: import-x/no-restricted-paths zones. */
const layerZones = LAYERS.flatMap((layer, level) =>
  layer.map((folder) => ({
    target: `./src/${folder}`,
    from: LAYERS.slice(level + 1)
      .flat()
      .map((above) => `./src/${above}`),
    message: `src/${folder} sits below these layers and may not import from them (decision 0001).`,
  })),
).filter((zone) => zone.from.length > 0);

// The plugins' own types say their configs may be missing; they are not.
const litRecommended = /** @type {import('eslint').Linter.Config} */ (lit.configs?.['flat/recommended']);
const wcRecommended = /** @type {import('eslint').Linter.Config} */ (wc.configs?.['flat/recommended']);

/**
 * Import rules that keep the architecture one-way (see docs/decisions/0001-architecture.md). `@lit/localize` is
 * allowed: its `msg` and `str` are plain functions (no DOM), so the data layer's words can be translated (0031).
 */
const noUi = [
  'lit',
  'lit/*',
  '@lit/*',
  '!@lit/localize',
  'vis-timeline',
  'vis-timeline/*',
  'vis-data',
  'vis-data/*',
  'd3',
  'd3-*',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/', '.scratch/', 'src/i18n/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or use lit templates; data must never become HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes or use lit templates; data must never become HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes or use lit templates.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data must never become HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data must never become SVG markup.' },
          ],
        },
      ],
    },
  },
  {
    // The layers, one-way, and no import cycle anywhere in src/.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.src.json' })],
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  { ...litRecommended, files: ['src/**/*.ts'] },
  { ...wcRecommended, files: ['src/**/*.ts'] },
  {
    files: ['src/**/*.ts'],
    rules: {
      // lit calls listeners bound in templates (@click=${this.onClick}) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/timeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data must never become HTML.' }],
          patterns: [
            {
              group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
              message: 'Only src/timeline talks to vis-timeline.',
            },
          ],
        },
      ],
    },
  },
  {
    // One owner of the page's address (src/app/state-source.ts); an element in someone else's page never reads it.
    // The early screen (decision 0055) is the page's own, run before the app like public/first-screen.js: it reads
    // the address to know which dataset the page opens on, and never writes it.
    files: ['src/**/*.ts'],
    ignores: ['src/app/state-source.ts', 'src/first-screen/early.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'location', message: 'Only src/app/state-source.ts reads the address.' },
        { name: 'history', message: 'Only src/app/state-source.ts writes the address.' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or use lit templates; data must never become HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes or use lit templates; data must never become HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes or use lit templates.' },
        { object: 'window', property: 'location', message: 'Only src/app/state-source.ts reads the address.' },
        { object: 'window', property: 'history', message: 'Only src/app/state-source.ts writes the address.' },
        { object: 'document', property: 'location', message: 'Only src/app/state-source.ts reads the address.' },
      ],
    },
  },
  {
    files: ['src/data/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: noUi, message: 'src/data is pure: no UI libraries.' },
            { group: ['../*', '!../i18n'], message: 'src/data imports nothing outside itself (but src/i18n).' },
          ],
        },
      ],
    },
  },
  {
    // Sub-folders of the data layer (the importers) may use the rest of it, and nothing outside it.
    files: ['src/data/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: noUi, message: 'src/data is pure: no UI libraries.' },
            { group: ['../../*', '!../../i18n'], message: 'src/data imports nothing outside itself (but src/i18n).' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
