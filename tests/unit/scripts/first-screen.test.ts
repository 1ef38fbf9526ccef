// The first screen written into the built page (scripts/first-screen.ts, decision 0053): which events it lists,
// that no dataset string is ever markup, and where it goes in index.html.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { Element, type ChildNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import {
  buildEarlyScreen,
  firstScreen,
  firstScreenHtml,
  firstScreenPlugin,
  LIST_ENTRIES,
} from '../../../scripts/first-screen.js';
import { eventsInWindow, PREVIEW_LIMIT } from '../../../src/timeline/events-in-window.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import type { Dataset } from '../../../src/data/types.js';
import { validateDataset } from '../../../src/data/validate.js';
import { initialWindow } from '../../../src/timeline/items.js';

const load = (path: string): Dataset => {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} does not validate`);
  return result.dataset;
};

/** Every element of a parsed fragment, depth first. */
function elements(nodes: readonly ChildNode[]): Element[] {
  return nodes.flatMap((node) => (node instanceof Element ? [node, ...elements(node.children)] : []));
}

const textOf = (node: ChildNode): string =>
  node instanceof Element ? node.children.map(textOf).join('') : 'data' in node ? node.data : '';

describe('firstScreen(dataset)', () => {
  it("lists the opening window's events as the app's preview does, and the list's first entries", () => {
    const dataset = load('data/events.json');
    const index = indexDataset(dataset);
    const screen = firstScreen(dataset);
    const { shown, total } = eventsInWindow(index, index.events, initialWindow(index));
    expect(shown.length).toBe(PREVIEW_LIMIT);
    expect(screen.window.map((entry) => entry.id)).toEqual(shown.map((event) => event.id));
    expect(screen.more).toBe(total - shown.length);
    expect(screen.list.map((entry) => entry.id)).toEqual(index.events.slice(0, LIST_ENTRIES).map((e) => e.id));
    expect(screen.title).toBe(dataset.title);
    // Dates in words, as the app writes them in English ("17 Oct 2024", "about Oct 2024").
    expect(screen.window.map((entry) => entry.date)).toContain('17 Oct 2024');
  });
});

describe('firstScreenHtml(screen)', () => {
  it('writes every dataset string as text: a hostile dataset gives the same plain elements and its own strings back', () => {
    const dataset = load('tests/fixtures/hostile/events.json');
    const screen = firstScreen(dataset);
    const fragment = parseDocument(firstScreenHtml(screen)).children;
    const all = elements(fragment);
    expect(new Set(all.map((element) => element.name))).toEqual(new Set(['div', 'h1', 'p', 'ol', 'li', 'span']));
    for (const element of all) {
      expect(Object.keys(element.attribs).every((name) => ['slot', 'class', 'lang', 'dir'].includes(name))).toBe(true);
    }
    const titles = all.filter((element) => element.attribs['class'] === 'fs-title').map(textOf);
    expect(titles).toEqual([...screen.window, ...screen.list].map((entry) => entry.title));
    expect(titles.some((title) => title.includes('<'))).toBe(true);
    expect(textOf(all.find((element) => element.name === 'h1') as Element)).toBe(dataset.title);
  });
});

describe('firstScreenPlugin', () => {
  const transform = async (html: string, dataset = 'data/events.json') => {
    const plugin = firstScreenPlugin({ dataset });
    const hook = plugin.transformIndexHtml as { handler: (html: string, context: object) => Promise<string> };
    return hook.handler(html, {});
  };
  const page = [
    '<head>',
    '<script type="module" crossorigin src="./assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/first.js">',
    '<link rel="stylesheet" crossorigin href="./assets/index.css">',
    '</head><body><st-app src="data/events.json"></st-app></body>',
  ].join('\n');

  it("writes the first screen into the site's <st-app>, and the stylesheet and the script before the modules", async () => {
    const html = await transform(page);
    expect(html).toMatch(/<st-app src="data\/events.json"><div slot="first-screen" class="st-first-screen"/);
    const sheet = html.indexOf('rel="stylesheet"');
    const script = html.indexOf('<script src="first-screen.js" data-dataset="data/events.json"');
    const modules = html.indexOf('<script type="module"');
    expect(sheet).toBeGreaterThan(-1);
    expect(script).toBeGreaterThan(sheet);
    expect(modules).toBeGreaterThan(script);
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
  });

  it('leaves a page without that <st-app> alone (the element preview page)', async () => {
    const other = page.replace('<st-app src="data/events.json"></st-app>', '');
    expect(await transform(other)).toBe(other);
  });

  it('writes nothing for a dataset that does not validate (the app shows its problems)', async () => {
    const broken = page.replace('data/events.json', 'tests/fixtures/broken/events.json');
    expect(await transform(broken, 'tests/fixtures/broken/events.json')).toBe(broken);
  });
});

describe('buildEarlyScreen', () => {
  it('builds the early screen apart from the app: an entry without the EDTF grammar, and the grammar on demand', async () => {
    const { entry, files } = await buildEarlyScreen('production');
    const code = (name: string) => files.find((file) => file.fileName === name)?.code ?? '';
    expect(entry).toMatch(/^assets\/early-[\w-]+\.js$/);
    const imported = [...code(entry).matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]/g)].map(
      (match) => `assets/${match[1]}`,
    );
    // Its one import is the grammar's chunk, loaded on demand; nothing of the app's chunks.
    expect(imported).toHaveLength(1);
    expect(files.map((file) => file.fileName).sort()).toEqual([entry, ...imported].sort());
    expect(code(entry)).not.toMatch(/^import /m);
    // The grammar (nearley's, its rules under `ParserRules`) is in the other chunk only.
    expect(code(entry)).not.toContain('ParserRules');
    expect(code(imported[0] ?? '')).toContain('ParserRules');
  }, 60_000);
});
