// The interface in Ukrainian, Korean and the right-to-left pseudo-locale (decision 0031), on the whole app: the
// translated words, dates as Intl writes them in that language, no English left in the chrome of any main view, the
// dataset's own text marked as English, and a layout that mirrors right to left.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import { templates as uk } from '../../src/i18n/generated/locales/uk.js';
import { templates as ko } from '../../src/i18n/generated/locales/ko.js';
import { until, lazyViewsReady } from '../support/dataset.js';
import { deep } from '../support/dom.js';

const start = window.location.href;
afterEach(async () => {
  window.history.replaceState(null, '', start);
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

const EVENT = 'syrsky-briefing-2024-10-25';

async function mount(query: string): Promise<StApp> {
  window.history.replaceState(null, '', query);
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => deep(el, 'st-event-details, st-presentation') !== null, 'the app to load');
  await lazyViewsReady(el);
  return el;
}

/** The app showing its error panel: for a dataset refused by the address rules, or one with problems. */
async function failing(query: string, src = '/data/events.json'): Promise<StApp> {
  window.history.replaceState(null, '', query);
  const el = await fixture<StApp>(html`<st-app src=${src}></st-app>`);
  await until(() => deep(el, 'st-error-panel', 'li') !== null, 'the error panel');
  return el;
}

/** Each catalogue entry as a pattern: its text, with anything in place of its placeholders. */
function patterns(templates: Record<string, unknown>): RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return Object.values(templates).map((template) => {
    const strings = typeof template === 'string' ? [template] : (template as { strings: string[] }).strings;
    return new RegExp(`^${strings.map((s) => escape(s.trim())).join('[\\s\\S]+?')}$`);
  });
}

/** The nearest `lang` above a node, through shadow roots. */
function langOf(node: Node): string | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    if (element.hasAttribute('lang')) return element.getAttribute('lang');
    const root = element.getRootNode();
    element = element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

/** Keys and symbols named as such in the interface, the same in every language. */
const KEYS = /^(Esc|N|Tab|Enter|×|\+|−|▾|▴|↗|←|→)$/;

/** The interface's visible text (and names) in `root`, shadow roots included, that is in English: not dataset text. */
function englishIn(root: Element, language: string, catalogue: RegExp[]): string[] {
  const found: string[] = [];
  const check = (text: string, where: Node) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!/[A-Za-z]/.test(trimmed) || KEYS.test(trimmed)) return;
    if (langOf(where) !== language) return; // dataset text carries its own language
    if (catalogue.some((pattern) => pattern.test(trimmed))) return;
    found.push(trimmed);
  };
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'CODE', 'TEXTAREA', 'TEMPLATE'].includes(node.tagName)) return;
      if (!node.checkVisibility()) return;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
        const value = node.getAttribute(name);
        if (value) check(value, node);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) check(child.textContent ?? '', child);
      else walk(child);
    }
  };
  walk(root);
  return [...new Set(found)];
}

const tab = (el: StApp, name: string) => deep(el, `#tab-${name}`)!;

for (const [language, templates] of [
  ['uk', uk],
  ['ko', ko],
] as const) {
  describe(`?lang=${language}`, () => {
    const catalogue = patterns(templates);

    it('shows the interface translated, with lang on the page and dates as Intl writes them in the language', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await mount(`?lang=${language}&view=list&event=${EVENT}`);
      expect(document.documentElement.lang).to.equal(language);
      expect(el.lang).to.equal(language);
      expect(tab(el, 'list').textContent.trim()).to.equal(language === 'uk' ? 'Список' : '목록');
      // The event's day in the details, as Intl writes 25 October 2024 in that language.
      const day = new Intl.DateTimeFormat(language, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const date = deep(el, 'st-event-details', '.meta .date')!.textContent;
      expect(date).to.contain(day.format(Date.UTC(2024, 9, 25)).replace(/[\u2009\u202f]/g, ' '));
      // The dataset's title keeps its own language.
      expect(deep(el, 'st-event-details', 'h2')!.getAttribute('lang')).to.equal('en');
    });

    it('leaves no English in the chrome of the timeline, list, claims and sources, details and filters open', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await mount(`?lang=${language}&view=timeline&event=${EVENT}`);
      deep(el, 'st-filter-bar', '.filters-toggle')!.click();
      await until(() => deep(el, 'st-filter-bar', '.facets') !== null, 'the filters panel');
      const english: string[] = englishIn(el, language, catalogue);
      for (const view of ['list', 'claims', 'sources']) {
        tab(el, view).click();
        await lazyViewsReady(el);
        await until(() => tab(el, view).getAttribute('aria-selected') === 'true', `the ${view} view`);
        english.push(...englishIn(el, language, catalogue));
      }
      expect([...new Set(english)]).to.deep.equal([]);
    });

    it('leaves no English in the chrome of the embed and of the presentation', async () => {
      await setViewport({ width: 800, height: 600 });
      const embed = await mount(`?lang=${language}&embed=1&view=list&event=${EVENT}`);
      const english = englishIn(embed, language, catalogue);
      embed.remove();
      const presenting = await mount(`?lang=${language}&present=1`);
      await until(() => deep(presenting, 'st-presentation', '.slide') !== null, 'the presentation');
      english.push(...englishIn(presenting, language, catalogue));
      expect([...new Set(english)]).to.deep.equal([]);
    });

    it('writes the day chosen beside the browser’s date field, which keeps the browser’s language', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await mount(`?lang=${language}&view=list&asof=2024-10-22`);
      expect(navigator.language.split('-')[0]).to.not.equal(language); // the test browser's own language
      const field = deep(el, 'st-as-of', '#as-of-day') as HTMLInputElement;
      expect(field.value).to.equal('2024-10-22');
      const day = deep(el, 'st-as-of', '#as-of-day-text')!;
      const long = new Intl.DateTimeFormat(language, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(day.textContent.trim()).to.contain(long.format(Date.UTC(2024, 9, 22)).replace(/[\u2009\u202f]/g, ' '));
      expect(day.checkVisibility()).to.equal(true);
      expect(field.getAttribute('aria-describedby')).to.equal('as-of-day-text');
    });

    it('leaves no English in the chrome of the printed handout, filtered and as known on a day', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await mount(`?lang=${language}&view=list&status=expected&actor=budanov&asof=2024-10-23&q=troops`);
      await emulateMedia({ media: 'print' });
      const handout = deep(el, 'st-handout')!;
      await until(() => deep(el, 'st-handout', 'article.event') !== null, 'the handout');
      expect(handout.checkVisibility()).to.equal(true);
      expect(englishIn(handout, language, catalogue)).to.deep.equal([]);
    });

    it('leaves no English in the chrome of the error panel; problems of the dataset itself are marked English', async () => {
      const refused = await failing(`?lang=${language}&data=https://elsewhere.example/x.json`);
      const english = englishIn(refused, language, catalogue);
      refused.remove();
      const broken = await failing(`?lang=${language}`, '/tests/fixtures/broken/events.json');
      english.push(...englishIn(broken, language, catalogue));
      expect(deep(broken, 'st-error-panel', 'li')!.closest('[lang]')?.getAttribute('lang')).to.equal('en');
      expect([...new Set(english)]).to.deep.equal([]);
    });
  });
}

describe('?lang=ar-XB, the right-to-left pseudo-locale', () => {
  it('mirrors the layout: tabs from the right, details on the left, arrow keys following the direction', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(`?lang=ar-XB&view=list&event=${EVENT}`);
    expect(document.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    // The first tab is the rightmost.
    const [first, second] = [tab(el, 'timeline'), tab(el, 'list')].map((t) => t.getBoundingClientRect());
    expect(first!.left).to.be.greaterThan(second!.left);
    // The details panel sits at the start of the line: on the left.
    const panel = deep(el, '.panel')!.getBoundingClientRect();
    const aside = deep(el, 'aside')!.getBoundingClientRect();
    expect(aside.right).to.be.at.most(panel.left + 1);
    // Its close button at the end of its top line, on the left.
    const close = deep(el, '.close-details')!.getBoundingClientRect();
    expect(close.left - aside.left).to.be.lessThan(aside.right - close.right);
    // The interface text is the pseudo-locale's, the dataset's title is English, left to right.
    expect(tab(el, 'list').textContent.trim()).to.match(/^\[.*\]$/);
    const title = deep(el, 'st-event-details', 'h2')!;
    expect([title.lang, getComputedStyle(title).direction]).to.deep.equal(['en', 'ltr']);
    // In the tab list, ArrowLeft goes on to the next tab (Claims after List).
    tab(el, 'list').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => tab(el, 'claims').getAttribute('aria-selected') === 'true', 'the next tab');
  });
});
