// @vitest-environment happy-dom
// The first screen's one layout (src/first-screen/layout.ts), drawn two ways: as HTML by the build
// (scripts/first-screen.ts) and as DOM nodes by the early screen (src/first-screen/dom.ts). Both must give the same
// elements, and neither may turn a dataset string into markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../scripts/first-screen.js';
import { toDom } from '../../../src/first-screen/dom.js';
import { firstScreenTree, type FirstNode } from '../../../src/first-screen/layout.js';
import { firstScreen } from '../../../src/first-screen/model.js';
import type { Dataset } from '../../../src/data/types.js';
import { validateDataset } from '../../../src/data/validate.js';

const load = (path: string): Dataset => {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} does not validate`);
  return result.dataset;
};

/** The HTML parsed as a browser would, to its first element. */
function parsed(html: string): Element {
  const element = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!element) throw new Error('nothing parsed');
  return element;
}

const titlesOf = (root: Element) => [...root.querySelectorAll('.fs-title')].map((title) => title.textContent);

describe('the first screen drawn as HTML and as DOM nodes', () => {
  for (const path of ['data/events.json', 'tests/fixtures/hostile/events.json']) {
    it(`gives the same elements, attributes and text for ${path}`, () => {
      const screen = firstScreen(load(path));
      const tree = firstScreenTree(screen, { source: 'https://example.org/<b>data</b>.json' });
      const fromHtml = parsed(toHtml(tree));
      const fromDom = toDom(tree, document);
      expect(fromDom.isEqualNode(fromHtml)).toBe(true);
      expect(titlesOf(fromDom)).toEqual([...screen.window, ...screen.list].map((entry) => entry.title));
      expect(fromDom.querySelector('h1')?.textContent).toBe(screen.title);
    });
  }

  it('keeps every hostile string as text: no element or attribute but the layout’s own', () => {
    const source = 'https://example.org/"><img src=x onerror=alert(1)>.json';
    const tree = firstScreenTree(firstScreen(load('tests/fixtures/hostile/events.json')), { source });
    for (const root of [parsed(toHtml(tree)), toDom(tree, document)]) {
      const all = [root, ...root.querySelectorAll('*')];
      expect(new Set(all.map((element) => element.localName))).toEqual(
        new Set(['div', 'h1', 'p', 'ol', 'li', 'span', 'strong', 'code']),
      );
      expect(root.querySelector('.fs-notice code')?.textContent).toBe(source);
      const names = new Set(all.flatMap((element) => element.getAttributeNames()));
      expect([...names].every((name) => ['slot', 'class', 'lang', 'dir'].includes(name))).toBe(true);
      expect(titlesOf(root).some((title) => title.includes('<img'))).toBe(true);
    }
  });
});

describe('firstScreenTree(screen, view)', () => {
  const screen = firstScreen(load('data/events.json'));
  const classes = (tree: FirstNode) =>
    tree.children.flatMap((child) => (typeof child === 'string' ? [] : [child.attributes.class ?? child.tag]));

  it('draws both lists without a view (the width chooses), and only that view’s list, always shown, with one', () => {
    expect(classes(firstScreenTree(screen))).toEqual([
      'h1',
      'fs-description',
      'fs-status',
      'fs-window',
      'fs-more',
      'fs-list',
    ]);
    expect(classes(firstScreenTree(screen, { view: 'timeline' }))).toEqual([
      'h1',
      'fs-description',
      'fs-status',
      'fs-window fs-always',
      'fs-more fs-always',
    ]);
    expect(classes(firstScreenTree(screen, { view: 'list' }))).toEqual([
      'h1',
      'fs-description',
      'fs-status',
      'fs-list fs-always',
    ]);
  });

  it('says first, for a dataset that is not the site’s own, where it comes from, as the app does', () => {
    expect(classes(firstScreenTree(screen))[0]).toBe('h1');
    const tree = firstScreenTree(screen, { source: 'https://example.org/events.json' });
    const notice = tree.children[0];
    expect(typeof notice !== 'string' && notice?.attributes.class).toBe('fs-notice');
    const text = (node: FirstNode | string): string =>
      typeof node === 'string' ? node : node.children.map(text).join('');
    expect(text(tree.children[0] ?? '')).toBe(
      "Not the curated dataset. This timeline shows a dataset loaded from https://example.org/events.json, not the project's curated dataset; the project has not reviewed it.",
    );
  });

  it('says how many more events the window holds, and nothing when it holds no more', () => {
    const more = firstScreenTree(screen).children.find(
      (child): child is FirstNode => typeof child !== 'string' && child.attributes.class === 'fs-more',
    );
    expect(more?.children).toEqual([`and ${screen.more} more in this period`]);
    expect(classes(firstScreenTree({ ...screen, more: 0 }))).not.toContain('fs-more');
  });
});
