/**
 * The theme, moved from the page to an element's shadow root.
 *
 * theme.css is written for the app's own page: the custom properties sit on `:root` (and its variants, such as
 * `:root[data-theme='dark']`), the page defaults on `html, body`. An element living in someone else's page must
 * define both on its `:host` instead and must not touch that page. Rather than keep a second copy of the values,
 * the element adopts theme.css rewritten by `themeForHost`: one source, two uses.
 */
import { unsafeCSS } from 'lit';
import themeCss from './theme.css?inline';

/** `:root`, `html` or `body`, then the rest of that compound selector: attributes and pseudo-classes. */
const PAGE_ROOT = /^(?::root|html|body)(?![\w-])((?:\[[^\]]*\]|::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?)*)/;

/** A compound of attributes and pseudo-classes only, such as `[data-theme='dark']`: whichever element the theme is on. */
const THEMED = /^\[[^\]]*\](?:\[[^\]]*\]|:[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?)*/;

/** Splits `list` at the commas that are not inside brackets or parentheses. */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * One selector as the shadow root needs it. The page's root (`:root`, `html`, `body`) becomes the host:
 * `:root[x]` → `:host([x])`. A selector for any themed element (`[data-theme='dark']`) stays, for elements
 * inside, and gains the host too. Anything else stays as it is.
 */
function hostSelectors(selector: string): string[] {
  const root = PAGE_ROOT.exec(selector);
  if (root) {
    const compound = root[1] ?? '';
    return [`${compound ? `:host(${compound})` : ':host'}${selector.slice(root[0].length)}`];
  }
  const themed = THEMED.exec(selector);
  if (themed) return [selector, `:host(${themed[0]})${selector.slice(themed[0].length)}`];
  return [selector];
}

/** A rule's prelude: at-rules (`@media …`) stay as they are; selector lists get the host for the page's root. */
function hostPrelude(prelude: string): string {
  if (prelude.trim().startsWith('@')) return prelude;
  return ` ${[...new Set(splitSelectorList(prelude).flatMap(hostSelectors))].join(', ')} `;
}

/**
 * Rewrites a page stylesheet for a shadow root: `:root`, `html` and `body` selectors become `:host`
 * (`:root[data-theme='dark']` becomes `:host([data-theme='dark'])`), selectors that start with an attribute
 * (`[data-theme='dark']`) also match the host, inside at-rules too. Other selectors stay; in a shadow root they
 * match only that root's own elements. Declarations are copied untouched.
 * Meant for our own theme.css: no braces or semicolons inside strings, no nested rules under a declaration.
 */
export function themeForHost(css: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutComments.replace(/(?<=^|[{};])([^{};]+)\{/g, (_match, prelude: string) => `${hostPrelude(prelude)}{`);
}

/** theme.css for a shadow root: the theme's custom properties and the page defaults, on `:host`. */
export const hostTheme = unsafeCSS(themeForHost(themeCss));
