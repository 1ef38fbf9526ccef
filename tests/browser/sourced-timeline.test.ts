// <sourced-timeline> as another site uses it: the README's snippet pasted into a blank page, loading the BUILT
// dist/sourced-timeline.js (`npm test` builds first; tests/support/serve-build.js serves it byte for byte).
// Nothing from src/ that defines an element is imported here: the built file alone must bring everything.
import { expect } from '@open-wc/testing';
import { until } from '../support/dataset.js';
import { all, deep, entryId, text } from '../support/dom.js';

const BUILT = '/dist/sourced-timeline.js';
const README_ORIGIN = 'https://example.org/timeline/';

/** Every uncaught error and unhandled rejection in the page. */
const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`${e.message} (${e.filename}:${e.lineno})`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));

/** Parses `markup` as a page's own HTML, scripts included (they run), and adds it to the body. */
function paste(markup: string): HTMLElement[] {
  const fragment = document.createRange().createContextualFragment(markup);
  const added = [...fragment.children] as HTMLElement[];
  document.body.append(fragment);
  pasted.push(...added);
  return added;
}
const pasted: HTMLElement[] = [];

/** Pastes one `<sourced-timeline …>` and returns it. */
function timeline(attributes: string): HTMLElement {
  const [el] = paste(`<sourced-timeline ${attributes}></sourced-timeline>`);
  return el!;
}

/** Follows selectors through shadow roots, from the element. */
const app = (el: Element) => deep(el, 'st-app');
const detailsTitle = (el: Element) => text(deep(el, 'st-app', 'st-event-details', 'h2'));
const listEntries = (el: Element) => {
  const list = deep(el, 'st-app', 'st-event-list');
  return list ? all(list, 'article[data-id]') : [];
};

/** Relative luminance (0-1) of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The snippet from the README, pointed at this server instead of example.org. */
async function readmeSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].find((m) => m[1]!.includes('<sourced-timeline'));
  if (!block) throw new Error('README.md has no ```html block with <sourced-timeline>');
  return block[1]!.replaceAll(README_ORIGIN, '/dist/');
}

describe('<sourced-timeline>, from the built dist/sourced-timeline.js', () => {
  const page = {
    href: window.location.href,
    history: window.history.length,
    bodyMargin: getComputedStyle(document.body).margin,
    bodyBackground: getComputedStyle(document.body).backgroundColor,
    styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
  };
  let events: { id: string; title: string }[] = [];
  let fromReadme: HTMLElement | undefined;

  before(async () => {
    const built = await fetch(BUILT, { method: 'HEAD' });
    if (!built.ok) throw new Error(`${BUILT} is missing (HTTP ${built.status}): run \`npm run build\` first.`);
    events = ((await (await fetch('/data/events.json')).json()) as { events: typeof events }).events;
    // The README's snippet: a module script and the element. The script defines every element it needs.
    const added = paste(await readmeSnippet());
    fromReadme = added.find((el) => el.localName === 'sourced-timeline')!;
    await customElements.whenDefined('sourced-timeline');
  });

  afterEach(() => {
    for (const el of pasted.splice(0).filter((e) => e !== fromReadme)) el.remove();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  after(() => fromReadme?.remove());

  it('works pasted from the README: the script defines the elements and draws the timeline with its CSS', async () => {
    expect(customElements.get('st-app'), 'st-app, from the built file').to.not.equal(undefined);
    await until(() => deep(fromReadme!, 'st-app', 'st-timeline', '.vis-item-content') !== null, 'timeline items');
    // vis-timeline's own stylesheet, inlined in the build, reaches its shadow root: it positions the panels.
    const panel = deep(fromReadme!, 'st-app', 'st-timeline', '.vis-panel.vis-center')!;
    expect(getComputedStyle(panel).position).to.equal('absolute');
  });

  it('view="list" lists every event of the dataset', async () => {
    const el = timeline('src="/data/events.json" view="list"');
    await until(() => listEntries(el).length === events.length, 'the list, its first frame and the rest of its page');
    expect(listEntries(el).map((entry) => entryId(entry))).to.have.members(events.map((e) => e.id));
    expect(text(deep(el, 'st-app', '[role="tab"][aria-selected="true"]'))).to.equal('List');
  });

  it('event="…" opens that event; a new event or view attribute opens another', async () => {
    const [first, second] = [events[5]!, events[12]!];
    const el = timeline(`src="/data/events.json" view="list" event="${first.id}"`);
    await until(() => detailsTitle(el) === first.title, `details of ${first.id}`);

    el.setAttribute('event', second.id);
    await until(() => detailsTitle(el) === second.title, `details of ${second.id}`);

    el.setAttribute('view', 'sources');
    await until(() => deep(el, 'st-app', 'st-sources-view') !== null, 'the sources view');
  });

  it('src is read relative to the page, the articles relative to the dataset', async () => {
    const el = timeline('src="tests/fixtures/mini/events.json" view="list" event="beta-denies"');
    await until(() => detailsTitle(el) === 'Beta denies', 'the mini fixture');
    expect(deep(el, 'st-app', 'st-error-panel')).to.equal(null);
  });

  it('without src, reads data/events.json beside the script', async () => {
    const el = timeline('view="list"');
    await until(() => listEntries(el).length === events.length, 'the list, from /dist/data/events.json');
  });

  it('selecting an event leaves the page’s address and history alone', async () => {
    const el = timeline('src="/data/events.json" view="list"');
    await until(() => listEntries(el).length > 0, 'the list');
    const target = events[3]!;
    listEntries(el)
      .find((entry) => entryId(entry) === target.id)!
      .querySelector('h3 button')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => detailsTitle(el) === target.title, 'the selection');
    expect(window.location.href).to.equal(page.href);
    expect(window.history.length).to.equal(page.history);
  });

  it('theme="dark" darkens the element only, and a new theme attribute applies at once', async () => {
    const el = timeline('src="/data/events.json" view="list" theme="dark"');
    await until(() => listEntries(el).length > 0, 'the list');
    expect(luminance(getComputedStyle(el).backgroundColor), 'element background').to.be.below(0.05);
    expect(luminance(getComputedStyle(app(el)!).color), 'text inside').to.be.above(0.6);
    const entry = listEntries(el)[0]!;
    expect(luminance(getComputedStyle(entry).color), 'text in a list entry').to.be.above(0.6);

    el.setAttribute('theme', 'light');
    await until(() => luminance(getComputedStyle(el).backgroundColor) > 0.9, 'a light background');
    expect(luminance(getComputedStyle(entry).color), 'text in a list entry').to.be.below(0.05);
  });

  it('accent="c0392b" colours the chosen tab', async () => {
    const el = timeline('src="/data/events.json" view="list" accent="c0392b"');
    await until(() => listEntries(el).length > 0, 'the list');
    const tab = deep(el, 'st-app', '[role="tab"][aria-selected="true"]')!;
    expect(getComputedStyle(tab).borderBottomColor).to.equal('rgb(192, 57, 43)');
  });

  it('is accessible in the dark theme', async () => {
    const el = timeline('src="/data/events.json" view="list" theme="dark"');
    await until(() => listEntries(el).length > 0, 'the list');
    // One timeline at a time: each brings its own banner and main landmarks (st-app's header and main).
    fromReadme!.hidden = true;
    try {
      await expect(el).to.be.accessible();
    } finally {
      fromReadme!.hidden = false;
    }
  });

  it('two with different lang share one language, the first named: the other warns, one without lang follows', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    const tabText = (el: Element) => text(deep(el, 'st-app', '#tab-list'));
    try {
      const ukrainian = timeline('src="/data/events.json" view="list" lang="uk"');
      const korean = timeline('src="/data/events.json" view="list" lang="ko"');
      for (const el of [ukrainian, korean, fromReadme!]) {
        await until(() => tabText(el) === 'Список', 'the list tab in Ukrainian');
        await until(() => app(el)?.getAttribute('lang') === 'uk', 'lang="uk" on the app');
      }
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        'sourced-timeline: lang="ko" is not applied: the timelines on a page share one interface language, the first one named ("uk").',
      ]);
      // Once the first is gone, the next one to name a language sets the page's.
      ukrainian.remove();
      korean.remove();
      const english = timeline('src="/data/events.json" view="list" lang="en"');
      for (const el of [english, fromReadme!]) await until(() => tabText(el) === 'List', 'English again');
    } finally {
      console.warn = warn;
    }
  });

  it('leaves the page’s own styles alone: no stylesheet added, the body’s margin and background kept', () => {
    expect(document.querySelectorAll('style, link[rel="stylesheet"]').length).to.equal(page.styles);
    expect(getComputedStyle(document.body).margin).to.equal(page.bodyMargin);
    expect(getComputedStyle(document.body).backgroundColor).to.equal(page.bodyBackground);
    expect(document.documentElement.hasAttribute('data-theme')).to.equal(false);
    expect(window.location.href).to.equal(page.href);
  });
});
