import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/st-article-viewer.js';
import '../../src/components/st-event-details.js';
import type { StArticleViewer } from '../../src/components/st-article-viewer.js';
import type { StEventDetails } from '../../src/components/st-event-details.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { HOSTILE, article, buildIndex, timelineEvent } from '../support/build-index.js';
import { all, button, describeElement, focused, one, text } from '../support/dom.js';

const QUOTE = '“We expect the first units to arrive tomorrow on the Kursk front,” Budanov said.';
const OTHER = 'Kyrylo Budanov said in an interview';
const filler = (n: number) => `Paragraph ${n} of background reporting, long enough to take a line or two of the page.`;
// The quote sits far below the first screen, so it is only visible if the viewer scrolls to it.
const LONG = [
  `${OTHER} on Tuesday that troops are expected.`,
  ...Array.from({ length: 30 }, (_, i) => filler(i + 1)),
  QUOTE,
  ...Array.from({ length: 10 }, (_, i) => filler(i + 31)),
].join('\n\n');

const index: DatasetIndex = buildIndex({
  articles: [
    article('kp', {
      title: 'Budanov expects troops in Kursk',
      outlet: 'Kyiv Post',
      published: '2024-10-22',
      publishedBasis: 'Dateline of the article.',
      url: 'https://example.com/kp',
      notes: ['Contains a promotional line.', 'Translated headline.'],
    }),
    article('notext', { title: 'An article whose text is missing', titleIsDescriptive: true, outlet: null }),
  ],
  texts: { kp: LONG },
  events: [
    timelineEvent('forecast', {
      title: 'Budanov forecasts the first arrivals',
      sources: [
        { article: 'kp', quote: QUOTE },
        { article: 'kp', quote: OTHER },
      ],
    }),
  ],
});

async function setup(data: DatasetIndex = index) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <button id="opener">Open</button>
      <st-article-viewer .index=${data}></st-article-viewer>
    </div>
  `);
  const viewer = root.querySelector('st-article-viewer')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  await viewer.updateComplete;
  return { viewer, opener, dialog: one(viewer, 'dialog') as HTMLDialogElement };
}

/** Whether the element is shown within the scrolling body of the dialog. */
function inView(viewer: StArticleViewer, element: Element): boolean {
  const body = one(viewer, '.body').getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= body.top && box.bottom <= body.bottom;
}

describe('st-article-viewer', () => {
  it('is accessible when open', async () => {
    const { viewer } = await setup();
    await viewer.open('kp', QUOTE);
    await expect(viewer).to.be.accessible();
  });

  it('open() shows a modal dialog labelled by the article title', async () => {
    const { viewer, dialog } = await setup();
    expect(dialog.open).to.equal(false);
    await viewer.open('kp', QUOTE);
    expect(dialog.open && dialog.matches(':modal')).to.equal(true);
    expect(viewer.isOpen).to.equal(true);
    const title = viewer.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.localName).to.equal('h2');
    expect(text(title)).to.equal('Budanov expects troops in Kursk');
  });

  it('shows outlet, publication date with its basis, source link and notes', async () => {
    const { viewer } = await setup();
    await viewer.open('kp');
    expect(all(viewer, '.about > div').map(text)).to.deep.equal([
      'Outlet Kyiv Post',
      'Published 22 October 2024 Basis: Dateline of the article.',
      'Source https://example.com/kp',
    ]);
    expect((one(viewer, '.about a') as HTMLAnchorElement).href).to.equal('https://example.com/kp');
    expect(all(viewer, '.notes li').map(text)).to.deep.equal(['Contains a promotional line.', 'Translated headline.']);
  });

  it('shows the full text as paragraphs, with the excerpt asked for marked as active', async () => {
    const { viewer } = await setup();
    await viewer.open('kp', QUOTE);
    expect(all(viewer, '.text p')).to.have.length(42);
    expect(all(viewer, 'mark.active').map(text)).to.deep.equal([QUOTE]);
    // Every excerpt the dataset takes from the article is marked too.
    expect(all(viewer, 'mark.other').map(text)).to.deep.equal([OTHER]);
  });

  it('scrolls the active excerpt into view within the dialog body', async () => {
    const { viewer } = await setup();
    await viewer.open('kp', QUOTE);
    await waitUntil(() => inView(viewer, one(viewer, 'mark.active')), 'the excerpt never came into view');
  });

  it('jumps to the excerpt without smooth scrolling when reduced motion is asked for', async () => {
    const { viewer } = await setup();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      await viewer.open('kp', QUOTE);
      expect(inView(viewer, one(viewer, 'mark.active'))).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('Esc closes it and returns focus to the opener', async () => {
    const { viewer, dialog, opener } = await setup();
    await viewer.open('kp', QUOTE, opener);
    expect(focused()).to.equal('<button> "Close"');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'the dialog to close');
    await waitUntil(() => focused() === describeElement(opener), 'focus back on the opener');
    expect(viewer.isOpen).to.equal(false);
  });

  it('fills a 375 px phone screen and stays within 48rem on a wide one', async () => {
    const { viewer, dialog } = await setup();
    try {
      await setViewport({ width: 375, height: 667 });
      await viewer.open('kp', QUOTE);
      const phone = dialog.getBoundingClientRect();
      expect([phone.left, phone.top, phone.width, phone.height]).to.deep.equal([0, 0, 375, 667]);
      await setViewport({ width: 1400, height: 900 });
      const wide = dialog.getBoundingClientRect();
      expect(wide.width).to.equal(48 * 16);
      expect(wide.height).to.be.below(900);
      // The text scrolls inside the dialog, not the page.
      const body = one(viewer, '.body');
      expect(body.scrollHeight).to.be.above(body.clientHeight);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the Close button closes it and focus goes back into the shadow root it came from', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <st-event-details .index=${index} .eventId=${'forecast'}></st-event-details>
        <st-article-viewer .index=${index}></st-article-viewer>
      </div>
    `);
    const details = root.querySelector<StEventDetails>('st-event-details')!;
    const viewer = root.querySelector<StArticleViewer>('st-article-viewer')!;
    // As the app shell does: open the viewer on the request, without naming the opener.
    root.addEventListener('st-open-article', (e) => void viewer.open(e.detail.article, e.detail.quote));
    const show = button(details, 'Show in article');
    show.focus();
    show.click();
    await waitUntil(() => viewer.isOpen, 'the viewer did not open');
    await viewer.updateComplete;
    expect(all(viewer, 'mark.active').map(text)).to.deep.equal([QUOTE]);
    button(viewer, 'Close').click();
    expect(viewer.isOpen).to.equal(false);
    expect(focused()).to.equal(describeElement(show));
  });

  it('a click on the backdrop closes it; a click inside does not', async () => {
    const { viewer, dialog } = await setup();
    await viewer.open('kp');
    one(viewer, '.text p').click();
    expect(dialog.open).to.equal(true);
    dialog.click();
    expect(dialog.open).to.equal(false);
  });

  it('open() while open shows the other article and keeps the first opener', async () => {
    const { viewer, opener } = await setup();
    await viewer.open('kp', QUOTE, opener);
    await viewer.open('notext');
    expect(text(one(viewer, 'h2'))).to.equal('An article whose text is missing');
    viewer.close();
    expect(focused()).to.equal(describeElement(opener));
  });

  it('says when the text, the excerpt or the article is missing', async () => {
    const { viewer } = await setup();
    await viewer.open('notext');
    expect(text(one(viewer, '.body'))).to.contain('The text of this article is not available.');
    expect(text(one(viewer, '.about'))).to.contain('Outlet Not named in the article');
    await viewer.open('kp', 'words that are nowhere in the article');
    expect(text(one(viewer, '.warning'))).to.equal('The excerpt was not found in this text.');
    await viewer.open('nope');
    expect(text(one(viewer, '.body'))).to.equal('There is no article “nope” in this timeline.');
  });

  it('renders data strings as text, never as HTML', async () => {
    const hostile = buildIndex({
      articles: [
        article('x', { title: HOSTILE, outlet: HOSTILE, publishedBasis: HOSTILE, notes: [HOSTILE], language: 'en' }),
      ],
      texts: { x: `Before.\n${HOSTILE} and after.` },
      events: [timelineEvent('bad', { sources: [{ article: 'x', quote: HOSTILE }] })],
    });
    const { viewer } = await setup(hostile);
    await viewer.open('x', HOSTILE);
    expect(all(viewer, 'img').length).to.equal(0);
    expect(text(one(viewer, 'h2'))).to.equal(HOSTILE);
    expect(text(one(viewer, 'mark.active'))).to.equal(HOSTILE);
    expect('__pwned' in window).to.equal(false);
  });
});
