/**
 * The first screen's tree (`layout.ts`) as DOM nodes: elements by name, attributes from the tree's short list, and
 * every string as a text node (never parsed as markup).
 */
import type { FirstNode } from './layout.js';

export function toDom(tree: FirstNode, document: Document): HTMLElement {
  const element = document.createElement(tree.tag);
  for (const [name, value] of Object.entries(tree.attributes)) element.setAttribute(name, value);
  for (const child of tree.children) {
    element.append(typeof child === 'string' ? document.createTextNode(child) : toDom(child, document));
  }
  return element;
}
