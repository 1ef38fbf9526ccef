// Hostile data: a VALID dataset whose every string carries every script-injection payload (tests/fixtures/hostile/,
// made by its generate.ts), driven through every view and mode. After each step: no payload ran (each would set
// `window.__stPwned` to a flag naming its field), nothing from the data became an element, an `on…` attribute, a
// style or a link to anything but a web page, and the payloads are on screen as text: escaped, not dropped.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import '../../src/entries/sourced-timeline.js';
import type { Dataset, Source } from '../../src/data/types.js';
import type { StTimeline } from '../../src/timeline/st-timeline.js';
import { lazyViewsReady, until } from '../support/dataset.js';
import { claimId, deep } from '../support/dom.js';
import {
  baseline,
  deepElements,
  describe as describeElement,
  findUnsafe,
  forgetPayloads,
  ranPayloads,
  settle,
  shownText,
  squash,
} from '../support/deep-audit.js';
import { HOSTILE_URLS, PAYLOADS, paragraph } from '../support/hostile-payloads.js';

const SRC = '/tests/fixtures/hostile/events.json';
const start = window.location.href;
const page = start.split('?')[0] ?? '';
/** Where the embed dialog's preview must point: this app (the folder of the page), in embed mode. */
const APP_URL = new URL('./', document.baseURI);
/**
 * Typed into the search box and given in addresses: the reader's input, not data, but shown all the same. Every
 * word of it is in every event's summary, so that searching for it finds them all and marks it in them.
 */
const TYPED = `${PAYLOADS.img('summary')} ${PAYLOADS.script2('summary')}`;

let data: Dataset;
/** The elements of the page before the app was drawn, which are not the app's to answer for. */
let skip = baseline();
/** Payloads that ran after their test had finished. */
const late: string[] = [];

before(async () => {
  await setViewport({ width: 1280, height: 800 });
  data = (await (await fetch(SRC)).json()) as Dataset;
});

afterEach(async function () {
  const ran = ranPayloads();
  if (ran) late.push(`${this.currentTest?.title ?? '?'}: ${ran}`);
  forgetPayloads();
  window.history.replaceState(null, '', start);
  await emulateMedia({ media: 'screen' });
  await resetMouse();
  if (document.fullscreenElement) await document.exitFullscreen();
});

after(async () => {
  await settle();
  expect(late, 'payloads that ran late').to.deep.equal([]);
  expect([ranPayloads(), ...findUnsafe(document, { skip })].filter(Boolean), 'at the end').to.deep.equal([]);
});

// --- The fixture's strings, by the field named in their flags ------------------------------------------------------

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The fixture's text of `field` (e.g. `e1.title`): the string whose img payload names it; `a1.text.p3`: a paragraph. */
function fieldText(field: string): string {
  const text = /^(a\d+)\.text\.p(\d)$/.exec(field);
  if (text) return paragraph(text[1]!, Number(text[2]));
  const found = strings(data).find((s) => s.includes(`('${field}:img')`));
  if (found === undefined) throw new Error(`no field "${field}" in the hostile fixture`);
  return found;
}

/** The field a string of the fixture is, from its first flag. */
function fieldOf(text: string): string {
  const field = /\('([^':]+):img'\)/.exec(text)?.[1];
  if (field === undefined) throw new Error(`not a string of the hostile fixture: ${text.slice(0, 60)}`);
  return field;
}

const event = (id: string) => {
  const found = data.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

/** What an excerpt shows: the quote and where it comes from. */
const sourceFields = (source: Source) => [
  fieldOf(source.quote!),
  `${source.article}.title`,
  ...(source.article === 'a7' ? [] : [`${source.article}.outlet`]),
];

/** What the details panel shows of an event. */
function detailFields(id: string): string[] {
  const e = event(id);
  const claims = data.claims.filter((c) => c.event === id);
  return [
    `${id}.title`,
    `${id}.dateBasis`,
    `${id}.summary`,
    ...e.actors.flatMap((actor) => [`${actor}.name`, `${actor}.role`]),
    ...claims.flatMap((c) => [`${c.id}.counts`, `${c.id}.unit`]),
    ...e.sources.flatMap(sourceFields),
    ...e.related.flatMap((r) => [`${r.event}.title`, `${id}.related.${r.event}.note`]),
  ];
}

// --- Looking through the app -----------------------------------------------------------------------------------------

/** Text content with runs of white space made single spaces. */
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function deepAll<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  return deepElements(root).filter((e) => e.matches(selector)) as E[];
}

/** The id of the event a heading shows (`Event e3 <img …`). */
const shownEvent = (heading: Element | null): string | undefined => /^Event (e\d+)/.exec(text(heading))?.[1];

const buttonNamed = (root: Element, name: string) => {
  const found = deepAll(root, 'button').find((b) => b.textContent.trim().startsWith(name));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

/** The embed dialog's preview, the one frame allowed: sandboxed without same origin, showing this app. */
function previewFrame(frame: HTMLIFrameElement): string | undefined {
  const root = frame.getRootNode();
  if (!(root instanceof ShadowRoot) || root.host.localName !== 'st-embed-dialog' || !frame.closest('.preview')) {
    return 'not the embed preview';
  }
  if (frame.sandbox.contains('allow-same-origin')) return 'its sandbox allows the same origin';
  const src = frame.getAttribute('src') ?? '';
  if (src === 'about:blank') return undefined;
  const url = new URL(src, document.baseURI);
  const ours = url.origin === APP_URL.origin && url.pathname === APP_URL.pathname;
  return ours && url.searchParams.get('embed') === '1' ? undefined : `src ${src} is not this app in embed mode`;
}

/**
 * Fails unless nothing from the data ran or became code anywhere in the page, and every field in `shows` (or that
 * it returns, once all has settled) is on screen under `root`, character for character (white space aside), as text.
 */
async function expectSafe(
  what: string,
  shows: readonly string[] | (() => readonly string[]) = [],
  root: Node = document.body,
): Promise<void> {
  await settle();
  const problems = [ranPayloads(), ...findUnsafe(document, { skip, frame: previewFrame })].filter(Boolean);
  forgetPayloads();
  expect(problems, `${what}: data ran or became code`).to.deep.equal([]);
  const text = squash(shownText(root));
  const missing = [...new Set(typeof shows === 'function' ? shows() : shows)].filter(
    (field) => !text.includes(squash(fieldText(field))),
  );
  expect(missing, `${what}: fields not shown as text`).to.deep.equal([]);
}

/** Mounts the app on the hostile fixture at the address `query`. */
async function mount(query: string, src = SRC): Promise<StApp> {
  window.history.replaceState(null, '', `${page}${query}`);
  skip = baseline();
  const el = await fixture<StApp>(html`<st-app src=${src}></st-app>`);
  const shown = 'st-event-details, st-sources-view, st-presentation, st-error-panel';
  await until(() => deep(el, shown) !== null, 'the app to load');
  // The timeline and the presentation are fetched on demand: wait for them to arrive and draw (a presentation
  // looked for before its code arrived had no shadow root yet, and the test failed on a busy machine).
  await lazyViewsReady(el);
  return el;
}

/** Moves the real mouse over each element, as a reader would hover it. */
async function hover(elements: readonly Element[]): Promise<void> {
  for (const element of elements) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = element.getBoundingClientRect();
    const x = Math.round(Math.min(Math.max(box.left + Math.min(box.width / 2, 20), 1), window.innerWidth - 2));
    const y = Math.round(Math.min(Math.max(box.top + box.height / 2, 1), window.innerHeight - 2));
    await sendMouse({ type: 'move', position: [x, y] });
  }
}

/** Opens every `<details>` under `root`, so that what they hold is shown. */
function openDetails(root: Element): void {
  for (const details of deepAll(root, 'details')) (details as HTMLDetailsElement).open = true;
}

/**
 * What vis-timeline was given: items and lanes with no content of their own (events and "+N more" markers are drawn
 * by the `template` option, as our own elements), no tooltips, classes from our vocabulary, and labels that are text.
 */
function visProblems(timeline: StTimeline): string[] {
  interface Rows {
    get(): Record<string, unknown>[];
  }
  const vis = (timeline as unknown as { timeline?: { itemsData?: Rows; groupsData?: Rows } }).timeline;
  if (!vis?.itemsData) return ['no vis-timeline instance'];
  const problems: string[] = [];
  // Lane names are the dataset's words: vis-timeline gets none of them, only ids, and our template draws the names.
  const lanes = [''];
  for (const item of vis.itemsData.get()) {
    const id = String(item['id']);
    if (item['content'] !== '') problems.push(`item ${id} has content: ${String(item['content']).slice(0, 80)}`);
    if ('title' in item) problems.push(`item ${id} has a tooltip: ${String(item['title']).slice(0, 80)}`);
    if (!/^st-[a-z]+( st-[a-z0-9-]+)*$/.test(String(item['className']))) problems.push(`item ${id}: class from data`);
  }
  for (const group of vis.groupsData?.get() ?? []) {
    if (!lanes.includes(String(group['content']))) problems.push(`lane with content ${String(group['content'])}`);
    if ('title' in group) problems.push(`lane ${String(group['id'])} has a tooltip`);
  }
  for (const content of deepAll(timeline, '.vis-item-content')) {
    const [label, ...more] = [...content.children];
    const ours = label?.matches('span.st-label, span.st-more-label') === true;
    if (!ours || more.length > 0) problems.push(`item content: ${describeElement(content)}`);
    for (const part of label?.children ?? []) {
      if (part.children.length > 0) problems.push(`elements inside a label: ${describeElement(part)}`);
    }
  }
  for (const tooltip of deepAll(timeline, '.vis-tooltip')) {
    if (tooltip.textContent.trim() !== '') problems.push(`a vis tooltip: ${tooltip.textContent.slice(0, 80)}`);
  }
  return problems;
}

const drawnIds = (timeline: StTimeline) =>
  deepAll(timeline, '.st-label').flatMap((label) => (label.dataset['id'] ? [label.dataset['id']] : []));

describe('hostile data', () => {
  it('the fixture has payloads in every free-text string, and the addresses to test', () => {
    // Every key whose strings are free text in the schema (ids, dates, vocabularies and file names are checked).
    const free = new Set(
      ['title', 'description', 'outlet', 'outletBasis', 'publishedBasis', 'notes', 'name', 'aliases', 'role'].concat([
        'dateBasis',
        'summary',
        'note',
        'counts',
        'unit',
        'topic',
        'label',
        'question',
        'quote',
      ]),
    );
    const bare: string[] = [];
    const visit = (value: unknown, key: string, path: string) => {
      if (typeof value === 'string') {
        // A short alias is left as search would find it.
        if (free.has(key) && !value.includes('__stPwned') && !/^[A-Z]+X$/.test(value)) bare.push(path);
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, key, `${path}[${i}]`));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, k, `${path}.${k}`);
      }
    };
    visit(data, '', '');
    expect(bare, 'free text without payloads').to.deep.equal([]);
    expect(data.articles.map((a) => a.url)).to.deep.equal(Object.values(HOSTILE_URLS));
    expect(data.stories?.length).to.equal(2);
  });

  it('the timeline: items, lanes, legend, overview, windows, hovering and focusing, the details panel', async () => {
    const el = await mount('?view=timeline&event=e1');
    const timeline = deep(el, 'st-timeline') as StTimeline;
    await until(() => drawnIds(timeline).includes('e1'), 'e1 drawn');
    const header = ['title', 'dataset.description', 'w1.label', 'w2.label'];
    const drawn = () => drawnIds(timeline).map((id) => `${id}.title`);
    await expectSafe('timeline', () => [...header, ...drawn(), ...detailFields('e1')]);
    expect(drawn(), 'events drawn').to.include('e1.title');
    expect(visProblems(timeline), 'vis-timeline items').to.deep.equal([]);

    await hover([
      ...deepAll(timeline, '.vis-item'),
      ...deepAll(timeline, '.vis-label'),
      deep(el, 'st-overview', 'svg')!,
      deep(timeline, 'st-timeline-legend')!,
    ]);
    for (const label of deepAll(timeline, '.st-label')) label.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await expectSafe('timeline, items hovered and focused', drawn);

    buttonNamed(timeline, 'Late 2022').click();
    await until(() => drawnIds(timeline).includes('e0'), 'the background event drawn');
    await expectSafe('timeline, the window "Late 2022"', ['e0.title']);
    deep(timeline, '.st-label[data-id="e0"]')?.click();
    buttonNamed(timeline, 'Lanes by side').click();
    await timeline.updateComplete;
    buttonNamed(timeline, 'Fit all').click();
    await until(() => drawnIds(timeline).includes('e0') && drawnIds(timeline).length > 1, 'all events in view');
    await hover(deepAll(timeline, '.vis-item'));
    await expectSafe('timeline, one lane, fit all', () => [...drawn(), 'w1.label']);
    expect(visProblems(timeline), 'vis-timeline items in one lane').to.deep.equal([]);
  });

  it('the details panel through every event, and the article viewer on every article', async () => {
    const el = await mount('?view=list&event=e0');
    const details = deep(el, 'st-event-details')!;
    const seen: string[] = [];
    for (let i = 0; i < data.events.length; i += 1) {
      await until(() => shownEvent(deep(details, 'h2')) !== seen.at(-1), `the event after ${String(seen.at(-1))}`);
      const id = shownEvent(deep(details, 'h2'))!;
      seen.push(id);
      await expectSafe(`details of ${id}`, detailFields(id), details);
      buttonNamed(details, 'Next').click();
    }
    expect([...seen].sort(), 'every event stepped through').to.deep.equal(data.events.map((e) => e.id).sort());

    // Show in article, from the details of e1: its first excerpt marked in a1, then a6 with its web address.
    const app = await mount('?view=list&event=e1');
    const panel = deep(app, 'st-event-details')!;
    const viewer = app.shadowRoot!.querySelector('st-article-viewer')!;
    const dialog = () => deep(viewer, 'dialog') as HTMLDialogElement;
    const articleFields = (a: string) => [
      `${a}.title`,
      ...(a === 'a7' ? [] : [`${a}.outlet`]),
      `${a}.publishedBasis`,
      `${a}.notes0`,
      `${a}.notes1`,
      `${a}.text.p1`,
      `${a}.text.p2`,
      `${a}.text.p3`,
    ];
    deepAll(panel, 'button')
      .filter((b) => b.textContent.includes('Show in article'))[0]!
      .click();
    await until(() => dialog().open, 'the viewer');
    expect(squash(text(deep(viewer, 'mark.active')))).to.equal(squash(fieldText('a1.text.p1')));
    await expectSafe('the article viewer on a1', articleFields('a1'), viewer);
    expect(
      deepAll(viewer, 'a').map((a) => a.getAttribute('href')),
      'links for a javascript: url',
    ).to.deep.equal([]);
    buttonNamed(viewer, 'Close').click();

    deepAll(panel, 'button')
      .filter((b) => b.textContent.includes('Show in article'))[1]!
      .click();
    await until(() => dialog().open && text(deep(viewer, 'h2')).startsWith('Article a6'), 'a6 in the viewer');
    await expectSafe('the article viewer on a6', articleFields('a6'), viewer);
    const links = deepAll(viewer, 'a').map((a) => (a as HTMLAnchorElement).href);
    expect(links, 'the https address stays a link').to.deep.equal([new URL(HOSTILE_URLS['a6']!).href]);
    buttonNamed(viewer, 'Close').click();

    for (const a of ['a2', 'a3', 'a4', 'a5', 'a7']) {
      await viewer.open(a, fieldText(`${a}.text.p2`));
      await expectSafe(`the article viewer on ${a}`, articleFields(a), viewer);
      expect(deepAll(viewer, 'a').length, `links for ${a}'s url ${JSON.stringify(HOSTILE_URLS[a])}`).to.equal(0);
      buttonNamed(viewer, 'Close').click();
    }
  });

  it('the list: every event with its date basis, excerpts and related events; focus and keys', async () => {
    const el = await mount('?view=list');
    const list = deep(el, 'st-event-list')!;
    openDetails(list);
    const fields = data.events.flatMap((e) => [
      `${e.id}.title`,
      `${e.id}.dateBasis`,
      `${e.id}.summary`,
      ...e.actors.map((a) => `${a}.name`),
      ...e.sources.flatMap(sourceFields),
      // The list names outcomes, forecasts and contradictions.
      ...e.related.filter((r) => r.type !== 'confirms' && r.type !== 'context').map((r) => `${r.event}.title`),
    ]);
    await expectSafe('list', fields, list);
    const entries = deepAll(list, 'article');
    entries[0]!.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'Enter' });
    await hover(entries);
    await expectSafe('list, focused and hovered', fields);
  });

  it('the claims view: chart, marks hovered and chosen, the chosen figure, disagreements', async () => {
    const el = await mount('?view=claims');
    const claims = deep(el, 'st-claims-view')!;
    await until(() => deep(claims, 'svg.st-claims') !== null, 'the chart');
    await expectSafe(
      'claims',
      ['c1.counts', 'c3.counts', 'alpha.name', 'beta.name', 'gamma.name', 'd1.topic', 'd1.description', 'e1.title'],
      claims,
    );
    const marks = deepAll<SVGAElement>(claims, 'a.claim');
    expect(marks.length).to.equal(data.claims.length);
    await hover(marks);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    marks.find((m) => claimId(m) === 'c1')!.dispatchEvent(click);
    await until(() => deep(claims, '.claim-details') !== null, 'the chosen figure');
    await expectSafe('claims, c1 chosen', ['c1.counts', 'c1.unit', 'a1.text.p2', 'a1.title', 'a1.outlet'], claims);
    // Choosing a figure opens the event's details beside the chart, which may be redrawn at its new width (the
    // view gives focus back to the redrawn mark): the mark is looked up when it is focused.
    const c3 = () => deepAll<SVGAElement>(claims, 'a.claim').find((m) => claimId(m) === 'c3')!;
    await until(() => {
      c3().focus();
      return claims.shadowRoot!.activeElement === c3();
    }, 'c3 focused');
    await sendKeys({ press: 'Enter' });
    await until(() => text(deep(claims, '.claim-details')).includes('troops (c3)'), 'c3 chosen');
    await expectSafe('claims, c3 chosen by key', ['c3.counts', 'c3.unit', 'a3.text.p2', 'gamma.name'], claims);
    buttonNamed(claims, 'Show in article').click();
    const viewer = deep(el, 'st-article-viewer')!;
    await until(() => (deep(viewer, 'dialog') as HTMLDialogElement).open, 'the viewer');
    await expectSafe('claims, the quote in its article', ['a3.text.p2'], viewer);
  });

  it('the sources view: cards, notes, how dates are known; only the https address is a link', async () => {
    const el = await mount('?view=sources');
    const sources = deep(el, 'st-sources-view')!;
    openDetails(sources);
    const fields = data.articles.flatMap((a) => [
      `${a.id}.title`,
      `${a.id}.publishedBasis`,
      `${a.id}.notes0`,
      `${a.id}.notes1`,
      ...(a.outlet === null ? [] : [`${a.id}.outlet`, `${a.id}.outletBasis`]),
    ]);
    await expectSafe('sources', fields, sources);
    const links = deepAll(sources, 'a').map((a) => (a as HTMLAnchorElement).href);
    expect(links, 'only the https address is a link').to.deep.equal([new URL(HOSTILE_URLS['a6']!).href]);

    const card = deepAll(sources, 'article.card').find((c) => text(c).startsWith('Article a6'))!;
    buttonNamed(card, 'Read the article').click();
    const viewer = deep(el, 'st-article-viewer')!;
    await until(() => (deep(viewer, 'dialog') as HTMLDialogElement).open, 'the viewer');
    await expectSafe('sources, a6 read', ['a6.title', 'a6.text.p1'], viewer);
    buttonNamed(viewer, 'Close').click();

    const a1 = deepAll(sources, 'article.card').find((c) => text(c).startsWith('Article a1'))!;
    buttonNamed(a1, 'Show its events').click();
    await until(() => deep(el, 'st-event-list') !== null, 'the list of its events');
    await expectSafe('sources, a1 as a filter', ['a1.title', 'e1.title'], el);
  });

  it('the filter bar: every facet open, options chosen as chips, a payload typed in the search', async () => {
    const el = await mount('?view=list');
    const bar = deep(el, 'st-filter-bar')!;
    (deep(bar, 'button.filters-toggle') as HTMLButtonElement).click();
    await until(() => deep(bar, '.filter-panel')?.checkVisibility() === true, 'the Filters panel');
    for (const summary of deepAll(bar, 'summary')) summary.click();
    await expectSafe(
      'filter bar, every facet open',
      [
        ...data.actors.map((a) => `${a.id}.name`),
        ...data.articles.flatMap((a) => [`${a.id}.title`, ...(a.outlet === null ? [] : [`${a.id}.outlet`])]),
      ],
      bar,
    );
    for (const facet of ['actors', 'articles']) {
      (deep(bar, `details.${facet} input[type="checkbox"]`) as HTMLInputElement).click();
      await until(() => deepAll(bar, '.chip').length > 0, `a chip for ${facet}`);
    }
    await expectSafe('filter bar, chips', ['alpha.name', 'a1.title'], deep(bar, '.chips') ?? bar);
    buttonNamed(bar, 'Clear all').click();

    const input = deep(bar, 'input[type="search"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: TYPED });
    await until(() => new URLSearchParams(window.location.search).get('q') === TYPED, 'the search in the address');
    await sendKeys({ press: 'Enter' });
    await expectSafe('filter bar, a payload searched');
    expect(squash(shownText(bar)), 'the search chip').to.include(squash(TYPED));
    // Every event holds the words of the payload: all match, with the words marked in them.
    const list = deep(el, 'st-event-list')!;
    await until(() => deepAll(list, 'mark').length > 0, 'search terms marked');
    await expectSafe(
      'list, search terms marked',
      data.events.map((e) => `${e.id}.summary`),
      list,
    );
  });

  it('the embed dialog: event choices, title, snippet, and the preview of this app', async () => {
    const el = await mount('?view=timeline&event=e1');
    buttonNamed(el, 'Embed').click();
    const embed = deep(el, 'st-embed-dialog')!;
    await until(() => (deep(embed, 'dialog') as HTMLDialogElement).open, 'the embed dialog');
    await expectSafe('embed dialog', ['title'], embed);
    const choices = deepAll(embed, '#event option').map((o) => squash((o as HTMLOptionElement).text));
    for (const e of data.events) {
      expect(
        choices.some((choice) => choice.includes(squash(e.title))),
        `${e.id} offered as text`,
      ).to.equal(true);
    }
    const showTitle = deepAll(embed, 'label.choice').find((l) => text(l).startsWith('Show the title'));
    showTitle!.querySelector('input')!.click();
    await (embed as unknown as { updateComplete: Promise<unknown> }).updateComplete;

    const snippet = (deep(embed, 'textarea') as HTMLTextAreaElement).value;
    expect(snippet, 'the title escaped in the snippet').not.to.include('<img');
    const pasted = new DOMParser().parseFromString(snippet, 'text/html');
    const elements = [...pasted.body.querySelectorAll('*'), ...pasted.head.querySelectorAll('*')];
    expect(elements.map((e) => e.localName).sort()).to.deep.equal(['iframe', 'script']);
    const frame = pasted.querySelector('iframe')!;
    expect(frame.getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
    expect(frame.title).to.equal(`Timeline: ${data.title}`);
    expect(new URL(frame.src).searchParams.get('title')).to.equal(data.title);
    expect(pasted.querySelector('script')!.src).to.equal(new URL('embed.js', APP_URL).href);

    const preview = () => deep(embed, '.preview iframe') as HTMLIFrameElement | null;
    const previewed = () => new URL(preview()?.getAttribute('src') ?? 'about:blank', document.baseURI);
    await until(() => previewed().searchParams.get('title') === data.title, 'the preview, with the title');
    const src = previewed();
    await expectSafe('embed dialog with its preview');

    // The preview is sandboxed away from this page; the same address on the same origin shows what runs in it.
    const replica = document.createElement('iframe');
    replica.src = `/tests/fixtures/hostile/app.html${src.search}`;
    replica.style.width = '800px';
    replica.style.height = '600px';
    document.body.append(replica);
    try {
      const app = () => replica.contentDocument?.querySelector('st-app') ?? null;
      await until(() => app()?.shadowRoot?.querySelector('st-event-details') != null, 'the previewed app');
      await settle(500);
      expect([ranPayloads(replica.contentWindow!), ...findUnsafe(app()!)].filter(Boolean)).to.deep.equal([]);
      expect(squash(shownText(app()!)), 'the title from the address, as text').to.include(squash(data.title));
    } finally {
      replica.remove();
    }
  });

  it('embed mode: compact header from the address, attribution, every view', async () => {
    const el = await mount(`?embed=1&title=${encodeURIComponent(TYPED)}&view=list&event=e1`);
    const articles = data.articles.flatMap((a) => [`${a.id}.title`, ...(a.outlet === null ? [] : [`${a.id}.outlet`])]);
    await expectSafe('embed mode', [...articles, 'e1.title', 'e1.summary']);
    expect(squash(text(deep(el, 'header.embed-header')))).to.equal(squash(TYPED));
    const full = deep(el, '.attribution a') as HTMLAnchorElement;
    expect(new URL(full.href).origin).to.equal(window.location.origin);
    for (const view of ['timeline', 'claims', 'sources']) {
      deepAll(el, '[role="tab"]')
        .find((tab) => tab.textContent.trim().toLowerCase() === view)!
        .click();
      await until(() => deep(el, `st-${view === 'timeline' ? 'timeline' : `${view}-view`}`) !== null, view);
      await lazyViewsReady(el);
      await expectSafe(`embed mode, ${view}`, articles);
    }
  });

  it('presentation mode: every step of every story and of all events, notes inline and in a window', async () => {
    const el = await mount('?present=1');
    const p = deep(el, 'st-presentation')!;
    const realOpen = window.open.bind(window);
    let popup: Window | null = null;
    window.open = (...args: Parameters<typeof window.open>) => (popup = realOpen(...args));
    try {
      const select = deep(p, 'select') as HTMLSelectElement;
      const decks = [...select.options].map((o) => o.value);
      expect(decks).to.deep.equal(['s1', 's2', 'events', 'as-it-unfolded']);
      await expectSafe('presentation', ['s1.title'], p);
      const options = [...select.options].map((o) => squash(o.text));
      for (const s of data.stories ?? []) {
        expect(
          options.some((o) => o.includes(squash(s.title))),
          `${s.id} offered as text`,
        ).to.equal(true);
      }
      // The replay day by day has its own length (publication days): its first step, checked like the others.
      select.value = 'as-it-unfolded';
      select.dispatchEvent(new Event('change'));
      await until(() => deep(p, '.slide .day') !== null, 'the replay');
      await expectSafe('presentation as-it-unfolded', [`${shownEvent(deep(p, '#slide-title'))!}.title`], p);
      for (const deck of decks.filter((d) => d !== 'as-it-unfolded')) {
        select.value = deck;
        select.dispatchEvent(new Event('change'));
        const story = data.stories?.find((s) => s.id === deck);
        const length = story?.steps.length ?? data.events.length;
        const seen: string[] = [];
        for (let i = 0; i < length; i += 1) {
          await until(() => text(deep(p, '.progress')).endsWith(` ${i + 1} / ${length}`), `${deck}, step ${i + 1}`);
          const id = shownEvent(deep(p, '#slide-title'))!;
          seen.push(id);
          const step = story?.steps[i];
          if (story) expect(id, `${deck}, step ${i + 1}`).to.equal(step?.event);
          const source = event(id).sources[step?.source ?? 0]!;
          if (deep(p, '.notes-toggle')?.getAttribute('aria-pressed') !== 'true') deep(p, '.notes-toggle')!.click();
          await until(() => deep(p, 'aside.notes') !== null, 'the notes');
          const fields = [
            `${id}.title`,
            `${id}.summary`,
            `${id}.dateBasis`,
            ...sourceFields(source),
            ...(story ? [`${deck}.title`] : []),
            ...(step?.note === undefined ? [] : [`${deck}.steps${i}.note`]),
            ...(step?.question === undefined ? [] : [`${deck}.steps${i}.question`]),
            ...(story && i + 1 < length ? [`${story.steps[i + 1]!.event}.title`] : []),
          ];
          await expectSafe(`presentation ${deck}, step ${i + 1}`, fields, p);
          if (deck === 's1' && i === 1) {
            buttonNamed(p, 'Notes in a window').click();
            const notes = popup as Window | null;
            if (!notes) throw new Error('no notes window');
            await until(() => notes.document.body.textContent.includes('Presenter notes'), 'the notes window');
            await settle();
            const unsafe = [ranPayloads(notes), ...findUnsafe(notes.document)].filter(Boolean);
            expect(unsafe, 'notes window').to.deep.equal([]);
            const shown = squash(shownText(notes.document.body));
            for (const field of [`${id}.title`, `${deck}.steps1.note`, `${deck}.steps1.question`]) {
              expect(shown, `${field} in the notes window`).to.include(squash(fieldText(field)));
            }
          }
          if (i + 1 < length) buttonNamed(p, 'Next').click();
        }
        if (!story) expect([...seen].sort(), 'all events presented').to.deep.equal(data.events.map((e) => e.id).sort());
      }
    } finally {
      window.open = realOpen;
      (popup as Window | null)?.close();
    }
  });

  it('the print handout, with a payload searched', async () => {
    const el = await mount(`?view=list&q=${encodeURIComponent(TYPED)}`);
    await emulateMedia({ media: 'print' });
    const handout = deep(el, 'st-handout')!;
    await until(() => handout.checkVisibility(), 'the handout in print');
    const fields = [
      'title',
      'dataset.description',
      ...data.events.flatMap((e) => [
        `${e.id}.title`,
        `${e.id}.dateBasis`,
        `${e.id}.summary`,
        ...e.actors.map((a) => `${a}.name`),
        ...e.sources.map((s) => fieldOf(s.quote!)),
        ...e.sources.map((s) => `${s.article}.title`),
      ]),
      ...data.articles.flatMap((a) => [`${a.id}.title`, ...(a.outlet === null ? [] : [`${a.id}.outlet`])]),
    ];
    await expectSafe('print handout', fields, handout);
    const printed = squash(shownText(handout));
    expect(printed, 'the search in the handout').to.include(squash(TYPED));
    expect(printed, 'the https address printed').to.include(squash(new URL(HOSTILE_URLS['a6']!).href));
    expect(deepAll(handout, 'a').length, 'links on paper').to.equal(0);
  });

  it('<sourced-timeline> on another site: every view', async () => {
    skip = baseline();
    const el = await fixture<HTMLElement>(
      html`<sourced-timeline src=${SRC} view="list" event="e1"></sourced-timeline>`,
    );
    await until(() => deep(el, 'st-app', 'st-event-list') !== null, 'the list');
    await expectSafe('sourced-timeline, list', [...detailFields('e1'), 'e2.title', 'e3.title']);
    for (const view of ['timeline', 'claims', 'sources']) {
      el.setAttribute('view', view);
      const tag = view === 'timeline' ? 'st-timeline' : `st-${view}-view`;
      await until(() => deep(el, 'st-app', tag) !== null, view);
      await lazyViewsReady(deep(el, 'st-app')!);
      const timeline = deep(el, 'st-app', 'st-timeline') as StTimeline | null;
      if (timeline) expect(visProblems(timeline)).to.deep.equal([]);
      await expectSafe(`sourced-timeline, ${view}`, view === 'sources' ? ['a1.title', 'a1.notes0'] : ['title']);
    }
  });

  it('an invalid hostile dataset: the error panel quotes its strings as text', async () => {
    const el = await mount('?view=list', '/tests/fixtures/hostile/invalid.json');
    const panel = deep(el, 'st-error-panel')!;
    await expectSafe('error panel');
    const shown = squash(shownText(panel));
    for (const quoted of ["<img src=x onerror=__stPwned='date'>", "<img src=x onerror=__stPwned='key'>"]) {
      expect(shown).to.include(squash(quoted));
    }
  });
});
