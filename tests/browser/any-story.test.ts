// Any story, not only the curated one: a dataset with its own groups and kinds, sources that are links (quoted but
// not checked here), an event with no source, open and unknown interval ends, and years before the common era,
// drawn in the real views in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { StApp } from '../../src/app/st-app.js';
import type { StTimeline } from '../../src/timeline/st-timeline.js';
import '../../src/app/st-app.js';
import '../../src/components/st-event-details.js';
import '../../src/components/st-event-list.js';
import '../../src/components/st-handout.js';
import '../../src/timeline/st-timeline.js';
import { lazyViewsReady, loadIndex, until } from '../support/dataset.js';
import { accessibleText, all, deep, one, text } from '../support/dom.js';
import themeCss from '../../src/styles/theme.css?inline';

const STORY = '/tests/fixtures/any-story/events.json';
const ANCIENT = '/tests/fixtures/ancient/events.json';

let story: DatasetIndex;
let ancient: DatasetIndex;
const theme = new CSSStyleSheet();
before(async () => {
  // The page's theme, as index.html gives the app: the drawing's colours are its custom properties.
  theme.replaceSync(themeCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
  story = await loadIndex(STORY);
  ancient = await loadIndex(ANCIENT);
});

after(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== theme);
});

const start = window.location.href;
afterEach(() => window.history.replaceState(null, '', start));

async function timeline(index: DatasetIndex, lanes = 'groups'): Promise<StTimeline> {
  const el = await fixture<StTimeline>(
    html`<st-timeline .index=${index} lanes=${lanes} style="width: 1000px"></st-timeline>`,
  );
  await el.ready;
  return el;
}

const itemOf = (el: StTimeline, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.st-label[data-id="${id}"]`)?.closest<HTMLElement>('.vis-item') ?? null;

describe('link sources', () => {
  it('say they were quoted from the linked page and not checked, and open the page at the passage', async () => {
    const el = await fixture(html`<st-event-details .index=${story} event-id="draft-budget"></st-event-details>`);
    const item = one(el, '.excerpts li');
    expect(text(item.querySelector('blockquote'))).to.equal(
      'The draft budget, with a cut to the library service, is open for comment',
    );
    expect(text(item.querySelector('figcaption'))).to.equal(
      'Draft budget 2024, Example City, 10 Jan 2024 (quoted from the linked page, not checked here)',
    );
    const link = item.querySelector<HTMLAnchorElement>('a.external')!;
    expect(link.getAttribute('href')).to.equal(
      'https://example.org/budget/draft#:~:text=The%20draft%20budget%2C%20with,is%20open%20for%20comment',
    );
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(accessibleText(link)).to.equal('Open the page at this passage: Draft budget 2024, in a new tab');
    // The site a link leads to is named beside it.
    expect(text(item.querySelector('.host'))).to.equal('example.org ↗');
    // No "Show in article": there is no stored text to show.
    expect(item.querySelector('button')).to.equal(null);
  });

  it("quotes a short passage whole, the page's own fragment giving way; a page without a quote opens at its top", async () => {
    const occupation = await fixture(html`<st-event-details .index=${story} event-id="occupation"></st-event-details>`);
    expect(one(occupation, 'a.external').getAttribute('href')).to.equal(
      'https://example.org/news/occupation#:~:text=dozens%20of%20residents%20stayed%20in%20the%20reading%20room%20overnight',
    );
    const consultation = await fixture(
      html`<st-event-details .index=${story} event-id="consultation"></st-event-details>`,
    );
    const item = one(consultation, '.excerpts li');
    expect(item.querySelector('blockquote')).to.equal(null);
    expect(text(item.querySelector('.check'))).to.equal('(no quote given; see the linked page)');
    expect(one(consultation, 'a.external').getAttribute('href')).to.equal('https://example.org/budget/consultation');
    expect(text(one(consultation, 'a.external'))).to.contain('Open the page');
  });

  it('are checked stored excerpts in the curated dataset, which says so', async () => {
    const curated = await loadIndex();
    const el = await fixture(
      html`<st-event-details .index=${curated} event-id="syrsky-briefing-2024-10-25"></st-event-details>`,
    );
    expect(all(el, '.excerpts .check').map(text)).to.deep.equal(['(checked against the stored article)']);
    expect(all(el, '.excerpts a.external')).to.have.length(0);
  });
});

describe('an event with no source', () => {
  it('is marked "no source given" in the details, the list, the timeline and the handout', async () => {
    const details = await fixture(html`<st-event-details .index=${story} event-id="vote"></st-event-details>`);
    expect(text(one(details, '.unsourced'))).to.equal('No source given for this event.');
    expect(all(details, '.excerpts')).to.have.length(0);

    const list = await fixture(html`<st-event-list .index=${story} .events=${story.events}></st-event-list>`);
    const entry = one(list, 'article[data-id="vote"]');
    expect(text(entry.querySelector('.unsourced'))).to.equal('No source given for this event.');

    const el = await timeline(story);
    const label = el.shadowRoot!.querySelector<HTMLElement>('.st-label[data-id="vote"]')!;
    expect(text(label.querySelector('.st-count'))).to.equal('no source');
    expect(accessibleText(label)).to.equal('Budget vote. 16 March 2024. Happened. No source given.');

    const handout = await fixture(html`<st-handout .index=${story} .events=${story.events}></st-handout>`);
    const printed = all(handout, 'article.event').find((a) => text(a.querySelector('h3')) === 'Budget vote')!;
    expect(text(printed.querySelector('.unsourced'))).to.equal('No source given for this event.');
  });
});

describe("the dataset's own vocabulary", () => {
  it("draws a lane per group, in the dataset's order, named by the dataset, and a toggle named by its word", async () => {
    const el = await timeline(story);
    await until(() => el.shadowRoot!.querySelectorAll('.st-lane').length === 2, 'two lanes');
    expect([...el.shadowRoot!.querySelectorAll('.st-lane')].map(text)).to.deep.equal([
      'City council',
      "Residents' groups",
    ]);
    const toggle = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith('Lanes by'))!;
    expect(text(toggle)).to.equal('Lanes by side');
  });

  it('colours a group from the dataset where it gives one, readable on the page, and from the palette otherwise', async () => {
    const el = await timeline(story);
    // Items are outlined in their group's colour: the dataset's green for the council, readable as given; the
    // palette's first colour (Okabe and Ito's blue, #0072b2) for the residents, who have none.
    el.showWindow({ start: new Date(Date.UTC(2024, 0, 1)), end: new Date(Date.UTC(2024, 3, 1)) });
    await until(() => itemOf(el, 'vote') !== null && itemOf(el, 'occupation') !== null, 'both items');
    expect(getComputedStyle(itemOf(el, 'vote')!).getPropertyValue('--group').trim()).to.not.equal('');
    expect(getComputedStyle(itemOf(el, 'vote')!).borderTopColor).to.equal('rgb(27, 120, 55)');
    expect(getComputedStyle(itemOf(el, 'occupation')!).borderTopColor).to.equal('rgb(0, 114, 178)');
  });

  it('has no lanes toggle, and one lane, for a dataset without groups', async () => {
    const el = await timeline(ancient);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => text(b).startsWith('Lanes by'))).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.st-lane')).to.have.length(0);
  });
});

describe('honest dates on the timeline', () => {
  it('fades out an open start and marks an unknown end with "?"', async () => {
    const el = await timeline(story, 'single');
    el.showWindow({ start: new Date(Date.UTC(2024, 0, 1)), end: new Date(Date.UTC(2024, 3, 1)) });
    await until(() => itemOf(el, 'consultation') !== null && itemOf(el, 'occupation') !== null, 'both items');
    const open = itemOf(el, 'consultation')!;
    expect(open.classList.contains('st-start-open')).to.equal(true);
    expect(getComputedStyle(open).backgroundImage).to.contain('linear-gradient');
    expect(getComputedStyle(open).borderLeftColor).to.equal('rgba(0, 0, 0, 0)');
    const unknown = itemOf(el, 'occupation')!;
    expect(unknown.classList.contains('st-end-unknown')).to.equal(true);
    expect(getComputedStyle(unknown, '::after').content).to.equal('"?"');
    expect(getComputedStyle(unknown).borderRightStyle).to.equal('dotted');
    expect(accessibleText(open.querySelector('.st-label')!)).to.contain('until 15 March 2024');
    expect(accessibleText(unknown.querySelector('.st-label')!)).to.contain('1 February 2024 – end unknown');
  });

  it('places years before the common era and names them BCE', async () => {
    const el = await timeline(ancient);
    await until(() => itemOf(el, 'battle') !== null, 'the battle');
    const battle = el.shadowRoot!.querySelector<HTMLElement>('.st-label[data-id="battle"]')!;
    expect(accessibleText(battle)).to.equal('A battle in late summer. August – September 490 BCE. Happened. 1 source.');
    // Drawn in order: the revolt (499–494 BCE) before the battle (490 BCE) before the peace (449 BCE).
    const left = (id: string) => itemOf(el, id)!.getBoundingClientRect().left;
    await until(() => itemOf(el, 'peace') !== null && itemOf(el, 'revolt') !== null, 'every item');
    expect(left('revolt')).to.be.lessThan(left('battle'));
    expect(left('battle')).to.be.lessThan(left('peace'));
    // The axis speaks of BCE years too, never of negative ones.
    const axis = [...el.shadowRoot!.querySelectorAll('.vis-time-axis .vis-text')].map(text).join(' ');
    expect(axis).to.contain('BCE');
    expect(axis).to.not.match(/-\d/);
  });

  it('lists BCE dates in the list view in words', async () => {
    const list = await fixture(html`<st-event-list .index=${ancient} .events=${ancient.events}></st-event-list>`);
    expect(all(list, 'article .date').map(text)).to.deep.equal([
      '499 – 494 BCE',
      'August – September 490 BCE',
      '449 BCE (uncertain)',
    ]);
  });
});

describe('the app on another dataset', () => {
  it("shows the dataset's groups and kinds as filters, in its own words", async () => {
    window.history.replaceState(null, '', `?data=${STORY}&view=list`);
    const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
    await until(() => deep(el, 'st-event-list') !== null, 'the list');
    await lazyViewsReady(el);
    const bar = deep(el, 'st-filter-bar')!;
    bar.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await (bar as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const facets = [...bar.shadowRoot!.querySelectorAll('details > summary')].map(text);
    expect(facets).to.deep.equal(['Side', 'Actor', 'Kind', 'Status', 'Source']);
    const kinds = [...bar.shadowRoot!.querySelectorAll('details.kinds .option > span:first-of-type')].map(text);
    expect(kinds).to.deep.equal(['Vote', 'Public hearing']);
  });
});

/** A TimelineJS file as a journalist would have it, with markup (and script payloads) in its texts. */
const TIMELINEJS = JSON.stringify({
  title: {
    text: {
      headline: 'Persian Wars <b>for class</b>',
      text: '<p>From TimelineJS<script>window.__stPwned = "title"</script></p>',
    },
  },
  events: [
    {
      start_date: { year: '-490', month: '9', day: '' },
      text: { headline: 'Marathon<img src=x onerror="window.__stPwned = \'img\'">', text: '<p>A battle.</p>' },
      group: 'Athens',
      media: { url: 'https://en.wikipedia.org/wiki/Battle_of_Marathon', caption: 'Battle of Marathon' },
    },
    {
      start_date: { year: -480, month: 8 },
      text: { headline: 'Thermopylae', text: 'A pass held for days.' },
      group: 'Persia',
    },
  ],
});

const fileOf = (name: string, text: string, type = 'application/json') => new File([text], name, { type });

/** Chooses files in the app's picker, as the reader would after pressing "Open a file…". */
function choose(el: StApp, files: File[]): void {
  const input = deep(el, 'input.file-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function curatedApp(): Promise<StApp> {
  window.history.replaceState(null, '', '?view=list');
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => deep(el, 'st-event-list') !== null, 'the curated list');
  return el;
}

const heading = (el: StApp) => text(deep(el, 'h1'));
const pwned = () => (window as unknown as { __stPwned?: unknown }).__stPwned;

describe("opening a file from the reader's disk", () => {
  afterEach(() => delete (window as unknown as { __stPwned?: unknown }).__stPwned);

  it('opens a TimelineJS file from the picker: its own lanes, text only, under the "not curated" notice', async () => {
    const el = await curatedApp();
    expect(text(deep(el, 'button.open-file'))).to.equal('Open a file…');
    choose(el, [fileOf('class.json', TIMELINEJS)]);
    await until(() => heading(el) === 'Persian Wars for class', 'the imported title');
    const note = deep(el, '.custom-data')!;
    expect(text(note)).to.contain('Not the curated dataset.');
    expect(text(note)).to.contain('class.json');
    expect(text(note)).to.contain('nothing was sent anywhere');
    const titles = all(deep(el, 'st-event-list')!, 'article h3').map(text);
    expect(titles).to.deep.equal(['Marathon', 'Thermopylae']);
    expect(pwned(), 'no payload ran').to.equal(undefined);
    expect(deep(el, 'st-event-list', 'img')).to.equal(null);
    // Its groups are the lanes: the filter lists them (in the Filters panel).
    const filters = deep(el, 'st-filter-bar')! as HTMLElement & { updateComplete: Promise<boolean> };
    filters.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await filters.updateComplete;
    const groups = [...filters.shadowRoot!.querySelectorAll('details.groups .option')].map(text);
    expect(groups.map((g) => g.replace(/\s*\d+\s*events?$/, ''))).to.deep.equal(['Athens', 'Persia']);
  });

  it('downloads what it opened as events.json, a dataset that validates', async () => {
    const el = await curatedApp();
    choose(el, [fileOf('class.json', TIMELINEJS)]);
    await until(() => deep(el, 'button.download') !== null, 'the download button');
    const made: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) made.push(blob);
      return create(blob);
    };
    const clicks: string[] = [];
    const guard = (e: Event) => {
      const link = e.target as HTMLAnchorElement;
      clicks.push(link.download);
      e.preventDefault();
    };
    document.addEventListener('click', guard, true);
    try {
      deep(el, 'button.download')!.click();
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', guard, true);
    }
    expect(made).to.have.length(1);
    const { validateDataset } = await import('../../src/data/validate.js');
    const json = JSON.parse(await made[0]!.text()) as unknown;
    expect(validateDataset(json).problems).to.deep.equal([]);
    expect((json as { title: string }).title).to.equal('Persian Wars for class');
  });

  it('opens a file dropped anywhere on the app, showing where to drop while it is dragged', async () => {
    const el = await curatedApp();
    const transfer = new DataTransfer();
    transfer.items.add(fileOf('class.json', TIMELINEJS));
    const drag = (type: string) =>
      el.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }),
      );
    drag('dragenter');
    await until(() => deep(el, '.drop-overlay') !== null, 'the drop overlay');
    expect(text(deep(el, '.drop-overlay'))).to.contain('Drop the file to open it as a timeline');
    const accepted = !drag('dragover');
    expect(accepted, 'dragover is cancelled, so the browser does not open the file itself').to.equal(true);
    drag('drop');
    await until(() => heading(el) === 'Persian Wars for class', 'the dropped file');
    expect(deep(el, '.drop-overlay')).to.equal(null);
  });

  it('says what is wrong with a file it cannot open, row by row, and goes back to the timeline', async () => {
    const el = await curatedApp();
    const csv = 'date,title\nnot a date,First\n2024-13-40,Second\n';
    choose(el, [fileOf('bad.csv', csv, 'text/csv')]);
    await until(() => deep(el, 'st-error-panel') !== null, 'the error panel');
    const panel = text(deep(el, 'st-error-panel', '.panel'));
    expect(panel).to.contain('This file could not be opened');
    expect(panel).to.contain('bad.csv');
    expect(panel).to.match(/row 2/);
    deep(el, 'button.close-file')!.click();
    await until(() => heading(el).includes('North Korean troops'), 'back to the curated dataset');
  });

  it('opens our own events.json with its article file, checking the quotes against it', async () => {
    const el = await curatedApp();
    const [json, article] = await Promise.all(
      ['/tests/fixtures/mini/events.json', '/tests/fixtures/mini/articles/wire.txt'].map(async (url) => {
        const response = await fetch(url);
        return response.ok ? response.text() : '';
      }),
    );
    const mini = JSON.parse(json!) as { articles: { file: string }[] };
    const name = mini.articles[0]!.file.replace('articles/', '');
    const text0 = await (await fetch(`/tests/fixtures/mini/${mini.articles[0]!.file}`)).text();
    choose(el, [fileOf('events.json', json!), fileOf(name, text0, 'text/plain')]);
    await until(() => heading(el) === 'Mini fixture', 'the opened dataset');
    expect(article).to.be.a('string');
    // Without the article file, it says which one to choose.
    choose(el, [fileOf('events.json', json!)]);
    await until(() => deep(el, 'st-error-panel') !== null, 'the error panel');
    expect(text(deep(el, 'st-error-panel', '.panel'))).to.contain(`choose the article file "${name}"`);
  });
});

describe('the files TimelineJS ships, and one with every trap, opened in the app', () => {
  afterEach(() => delete (window as unknown as { __stPwned?: unknown }).__stPwned);

  const SHIPPED = '/node_modules/@knight-lab/timelinejs/src/template/';
  for (const name of ['my-own-timeline.csv', 'eras.json', 'all-media-types.json', 'timelinejs-mixed.json']) {
    it(`${name}: drawn with its own lanes and titles, and no payload runs`, async () => {
      const url = name === 'timelinejs-mixed.json' ? `/tests/fixtures/import/${name}` : `${SHIPPED}${name}`;
      const response = await fetch(url);
      expect(response.ok, url).to.equal(true);
      const body = await response.text();
      const el = await curatedApp();
      choose(el, [fileOf(name, body, name.endsWith('.csv') ? 'text/csv' : 'application/json')]);
      await until(() => deep(el, '.custom-data') !== null || deep(el, 'st-error-panel') !== null, 'the file');
      expect(deep(el, 'st-error-panel'), 'no error').to.equal(null);
      expect(text(deep(el, '.custom-data'))).to.contain(name);
      const entries = all(deep(el, 'st-event-list')!, 'article h3');
      expect(entries.length).to.be.greaterThan(0);
      expect(entries.every((h) => h.querySelector('img, script, iframe, a[href^="javascript"]') === null)).to.equal(
        true,
      );
      // Its groups (if it has any) are its lanes: the timeline draws them by name.
      deep(el, '#tab-timeline')!.click();
      await until(() => deep(el, 'st-timeline') !== null, 'the timeline');
      await lazyViewsReady(el);
      const timeline = deep(el, 'st-timeline')!;
      const lanes = [...timeline.shadowRoot!.querySelectorAll('.st-lane')].map(text);
      const groups = deep(el, 'st-filter-bar')!.shadowRoot!.querySelectorAll('details.groups .option').length;
      if (groups > 0) expect(lanes.length, 'a lane per group in view').to.be.greaterThan(0);
      expect(pwned(), 'no payload ran').to.equal(undefined);
      // The payloads of the fixture with every trap set `window.__x`.
      expect((window as unknown as { __x?: unknown }).__x, 'no payload ran').to.equal(undefined);
    });
  }
});
