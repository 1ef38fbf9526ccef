/**
 * The theme for a shadow root, made at build time.
 *
 * theme.css is written for the app's own page: the custom properties sit on `:root` (and its variants, such as
 * `:root[data-theme='dark']`), the page defaults on `html, body`. An element living in someone else's page
 * (`<sourced-timeline>`, the presentation) must define both on its `:host` instead and must not touch that page.
 * Rather than keep a second copy of the values, Vite gives such elements theme.css rewritten by `hostThemeCss`,
 * parsed by postcss and postcss-selector-parser (not matched by patterns): import `virtual:host-theme`.
 * See docs/decisions/0039-host-theme-at-build-time.md.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import postcss, { type Rule } from 'postcss';
import selectorParser, { type Node, type Selector } from 'postcss-selector-parser';
import type { Plugin } from 'vite';

/** The page's root: `:root`, `html` or `body`. */
const isPageRoot = (node: Node | undefined): boolean =>
  (node?.type === 'pseudo' && node.value === ':root') ||
  (node?.type === 'tag' && (node.value === 'html' || node.value === 'body'));

/** The nodes of the selector's first compound (up to its first combinator). */
function firstCompound(selector: Selector): Node[] {
  const compound: Node[] = [];
  for (const node of selector.nodes) {
    if (node.type === 'combinator') break;
    compound.push(node);
  }
  return compound;
}

/** `:host`, or `:host(<compound>)` for a compound of attributes and pseudo-classes. */
function host(compound: readonly Node[]): Node {
  const pseudo = selectorParser.pseudo({ value: ':host' });
  if (compound.length > 0) {
    const inner = selectorParser.selector({ value: '', nodes: [] });
    for (const node of compound) inner.append(node.clone());
    pseudo.append(inner);
  }
  return pseudo;
}

/** A copy of the selector with its first compound (`length` nodes) replaced by `replacement`. */
function withFirstCompound(selector: Selector, length: number, replacement: Node): Selector {
  const copy = selector.clone();
  for (let i = 0; i < length; i += 1) copy.first.remove();
  copy.prepend(replacement);
  return copy;
}

/**
 * One selector as the shadow root needs it. The page's root becomes the host, keeping the rest of its compound:
 * `:root[x] .y` → `:host([x]) .y`. A selector for any themed element (its first compound only attributes and
 * pseudo-classes, such as `[data-theme='dark']`) stays, for elements inside, and gains the host too. Anything
 * else stays as it is (in a shadow root it matches only that root's own elements).
 */
function hostSelectors(selector: Selector): Selector[] {
  const compound = firstCompound(selector);
  const [first, ...rest] = compound;
  if (isPageRoot(first)) return [withFirstCompound(selector, compound.length, host(rest))];
  const themed = first?.type === 'attribute' && compound.every((n) => n.type === 'attribute' || n.type === 'pseudo');
  if (themed && !compound.some((n) => n.type === 'pseudo' && n.value.startsWith('::'))) {
    return [selector.clone(), withFirstCompound(selector, compound.length, host(compound))];
  }
  return [selector.clone()];
}

const rewrite = selectorParser((list) => {
  const seen = new Set<string>();
  for (const selector of [...list.nodes]) {
    const replacements = hostSelectors(selector).filter((s) => {
      const text = s.toString().trim();
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
    for (const replacement of replacements) list.insertBefore(selector, replacement);
    selector.remove();
  }
});

/** Whether the rule is a keyframe (`from`, `50%`), whose "selector" is no selector. */
const inKeyframes = (rule: Rule): boolean =>
  rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name);

/**
 * Rewrites a page stylesheet for a shadow root: `:root`, `html` and `body` selectors become `:host`
 * (`:root[data-theme='dark']` becomes `:host([data-theme='dark'])`), selectors that start with an attribute
 * (`[data-theme='dark']`) also match the host, inside at-rules too. Other selectors, at-rule preludes and every
 * declaration stay as they are; comments go.
 */
export function hostThemeCss(css: string, from?: string): string {
  const root = postcss.parse(css, { from });
  root.walkComments((comment) => {
    comment.remove();
  });
  root.walkRules((rule) => {
    if (inKeyframes(rule)) return;
    rule.selector = rewrite.processSync(rule.selector, { lossless: false });
  });
  return root.toString();
}

export const HOST_THEME_MODULE = 'virtual:host-theme';

/** Vite plugin: `import css from 'virtual:host-theme'` gives theme.css rewritten for a shadow root, as text. */
export function hostTheme(file = 'src/styles/theme.css'): Plugin {
  const resolved = `\0${HOST_THEME_MODULE}`;
  return {
    name: 'sourced-timeline:host-theme',
    resolveId(id) {
      return id === HOST_THEME_MODULE ? resolved : undefined;
    },
    async load(id) {
      if (id !== resolved) return undefined;
      const path = resolve(file);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(hostThemeCss(await readFile(path, 'utf8'), path))};`;
    },
  };
}
