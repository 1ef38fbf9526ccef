import FakeTimers from '@sinonjs/fake-timers';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/st-embed-dialog.js';
import { PREVIEW_DELAY_MS, type StEmbedDialog } from '../../src/components/st-embed-dialog.js';
import { EMPTY_STATE, type AppState } from '../../src/app/app-state.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { EMPTY_FILTERS } from '../../src/data/filters.js';
import { HOSTILE } from '../support/build-index.js';
import { loadIndex, until } from '../support/dataset.js';
import { all, button, describeElement, focused, one, text } from '../support/dom.js';

// Served by the test server (a 404 page): the preview loads fast and never reaches the network.
const APP = new URL('/no-app-here/', window.location.origin).href;
const EVENT = 'syrsky-briefing-2024-10-25';

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});

async function setup(state: AppState = EMPTY_STATE, data: DatasetIndex = index) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <button id="opener">Embed</button>
      <st-embed-dialog .index=${data} .state=${state} app-url=${APP}></st-embed-dialog>
    </div>
  `);
  const dialog = root.querySelector('st-embed-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  await dialog.updateComplete;
  return { el: dialog, opener, box: one(dialog, 'dialog') as HTMLDialogElement };
}

const snippet = (el: StEmbedDialog) => (one(el, 'textarea') as HTMLTextAreaElement).value;
/** The snippet parsed as a host page would parse it (inert: nothing in it runs). */
const parsed = (el: StEmbedDialog) => new DOMParser().parseFromString(snippet(el), 'text/html');
const snippetSrc = (el: StEmbedDialog) => parsed(el).querySelector('iframe')!.getAttribute('src')!;
const snippetParams = (el: StEmbedDialog) => new URL(snippetSrc(el)).searchParams;
const preview = (el: StEmbedDialog) => one(el, '.preview iframe') as HTMLIFrameElement;

/** Sets a form control's value as a user would, with the events that follow. */
async function choose(el: StEmbedDialog, selector: string, value: string) {
  const control = one(el, selector) as HTMLSelectElement | HTMLInputElement;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The radio or checkbox whose label starts with `label`. */
function option(el: StEmbedDialog, label: string): HTMLInputElement {
  const found = all(el, 'label.choice, .widths label').find((l) => text(l).startsWith(label));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no option "${label}"`);
  return input;
}

describe('st-embed-dialog', () => {
  it('is accessible when open', async () => {
    const { el } = await setup({ ...EMPTY_STATE, filters: { ...EMPTY_FILTERS, actors: ['budanov'] } });
    await el.open();
    await expect(el).to.be.accessible();
  });

  it('open() shows a modal dialog with focus on Close, and Tab never leaves it', async () => {
    const { el, box, opener } = await setup();
    await el.open(opener);
    expect(box.open && box.matches(':modal')).to.equal(true);
    expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!))).to.equal('Embed this timeline');
    expect(focused()).to.equal('<button> "Close"');
    const seen: string[] = [];
    const stops = new Set<Element>();
    // Until Tab has come round to Close twice (how many presses that takes depends on the preview frame's page and
    // the browser's own controls), or a bound that a dialog which traps focus elsewhere would run into.
    const closes = () => seen.filter((f) => f === '<button> "Close"').length;
    for (let i = 0; i < 100 && closes() < 2; i += 1) {
      await sendKeys({ press: 'Tab' });
      // In the dialog (the preview frame included), or past its end on the browser's own controls, which
      // headless Chromium reports as the body; never on the page behind, which the modal makes inert.
      expect(document.activeElement === el || document.activeElement === document.body, focused()).to.equal(true);
      seen.push(document.activeElement === el ? focused() : 'outside');
      if (el.shadowRoot!.activeElement) stops.add(el.shadowRoot!.activeElement);
    }
    expect(seen).not.to.include(describeElement(opener));
    // Close, kind of code, height, event, view, language, theme, colour, hex code, title, code, Copy, preview width,
    // preview (no filters to keep, no hash to pin: both disabled).
    expect(stops.size).to.equal(14);
    // Tab wraps round to the dialog's first control.
    expect(closes()).to.equal(2);
  });

  it('Esc closes it and returns focus to the opener; the Close button too', async () => {
    const { el, box, opener } = await setup();
    await el.open(opener);
    await sendKeys({ press: 'Escape' });
    await until(() => !box.open, 'the dialog to close');
    expect(focused()).to.equal(describeElement(opener));
    opener.focus();
    await el.open();
    button(el, 'Close').click();
    expect(box.open).to.equal(false);
    expect(focused()).to.equal(describeElement(opener));
  });

  it('prefills view, event and filters from the state', async () => {
    const filters = { ...EMPTY_FILTERS, actors: ['budanov'], statuses: ['expected' as const] };
    const { el } = await setup({
      view: 'list',
      filters,
      event: EVENT,
      window: undefined,
      present: undefined,
      asOf: undefined,
    });
    await el.open();
    expect((one(el, '#event') as HTMLSelectElement).value).to.equal(EVENT);
    expect((one(el, '#view') as HTMLSelectElement).value).to.equal('list');
    expect(option(el, 'Keep the current filters (2 chosen)').checked).to.equal(true);
    const params = snippetParams(el);
    expect(params.get('embed')).to.equal('1');
    expect(params.get('view')).to.equal('list');
    expect(params.get('event')).to.equal(EVENT);
    expect(params.getAll('actor')).to.deep.equal(['budanov']);
    expect(params.getAll('status')).to.deep.equal(['expected']);
    option(el, 'Keep the current filters').click();
    await el.updateComplete;
    expect(snippetParams(el).has('actor')).to.equal(false);
  });

  it('lists the events by date and title, none chosen by default', async () => {
    const { el } = await setup();
    await el.open();
    const options = all<HTMLOptionElement>(el, '#event option');
    expect(options).to.have.length(index.events.length + 1);
    expect([options[0]!.value, options[0]!.selected, text(options[0])]).to.deep.equal(['', true, 'None']);
    const syrsky = options.find((o) => o.value === EVENT)!;
    expect(text(syrsky)).to.equal('25 Oct 2024: Syrsky briefs Zelensky on North Korean troops');
    expect(snippetParams(el).has('event')).to.equal(false);
  });

  it('changing event, theme, accent and height updates the snippet', async () => {
    const { el } = await setup();
    await el.open();
    expect(snippet(el).split('\n')).to.have.length(2);
    await choose(el, '#event', EVENT);
    expect(snippetParams(el).get('event')).to.equal(EVENT);
    option(el, 'Dark').click();
    await el.updateComplete;
    expect(snippetParams(el).get('theme')).to.equal('dark');
    (one(el, '#accent') as HTMLInputElement).focus();
    await sendKeys({ type: '#C0FFEE' });
    await el.updateComplete;
    expect(snippetParams(el).get('accent')).to.equal('c0ffee');
    expect((one(el, '#accent-picker') as HTMLInputElement).value).to.equal('#c0ffee');
    option(el, 'Show the title').click();
    await el.updateComplete;
    expect(snippetParams(el).get('title')).to.equal(index.dataset.title);

    option(el, 'Fixed').click();
    await el.updateComplete;
    await choose(el, '#fixed-height', '450');
    let frame = parsed(el).querySelector('iframe')!;
    expect(frame.getAttribute('height')).to.equal('450');
    expect(frame.hasAttribute('data-sourced-timeline')).to.equal(false);
    expect(parsed(el).querySelector('script')).to.equal(null);

    option(el, 'Automatic').click();
    await el.updateComplete;
    frame = parsed(el).querySelector('iframe')!;
    expect(frame.getAttribute('height')).to.equal('600');
    expect(frame.hasAttribute('data-sourced-timeline')).to.equal(true);
    expect(parsed(el).querySelector('script')?.getAttribute('src')).to.equal(new URL('embed.js', APP).href);
    expect(snippet(el).split('\n')[1]).to.equal(`<script src="${new URL('embed.js', APP).href}" async></script>`);
  });

  it('marks an invalid accent or height and leaves it out of the snippet', async () => {
    const { el } = await setup();
    await el.open();
    await choose(el, '#accent', 'red');
    expect(one(el, '#accent').getAttribute('aria-invalid')).to.equal('true');
    expect(text(one(el, '#accent-hint'))).to.contain('Six hex digits');
    expect(snippetParams(el).has('accent')).to.equal(false);
    option(el, 'Fixed').click();
    await el.updateComplete;
    await choose(el, '#fixed-height', '50');
    expect(one(el, '#fixed-height').getAttribute('aria-invalid')).to.equal('true');
    expect(parsed(el).querySelector('iframe')!.getAttribute('height')).to.equal('600');
  });

  it('the preview shows the snippet src after a pause, sandboxed without allow-same-origin', async () => {
    const { el } = await setup();
    await el.open();
    expect(preview(el).getAttribute('src')).to.equal(snippetSrc(el));
    // Debounced: not at once, but after PREVIEW_DELAY_MS (on a fake clock: a busy machine cannot stretch it).
    const clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      option(el, 'Dark').click();
      await el.updateComplete;
      clock.tick(PREVIEW_DELAY_MS - 1);
      await el.updateComplete;
      expect(preview(el).getAttribute('src')).not.to.equal(snippetSrc(el));
      clock.tick(1);
      await el.updateComplete;
      expect(preview(el).getAttribute('src')).to.equal(snippetSrc(el));
    } finally {
      clock.uninstall();
    }
    const sandbox = preview(el).getAttribute('sandbox')!;
    expect(sandbox).to.equal(parsed(el).querySelector('iframe')!.getAttribute('sandbox'));
    expect(sandbox.split(' ')).not.to.include('allow-same-origin');
    expect(preview(el).getAttribute('allow')).to.equal('clipboard-write; fullscreen');
  });

  it('reloading the preview leaves the page history alone', async () => {
    const { el } = await setup();
    const length = window.history.length;
    // The address each preview frame had when it finished loading (load events reach a capturing listener).
    const loaded: string[] = [];
    el.shadowRoot!.addEventListener(
      'load',
      (e) => {
        if (e.target instanceof HTMLIFrameElement) loaded.push(e.target.getAttribute('src') ?? '');
      },
      true,
    );
    await el.open();
    for (const theme of ['Dark', 'Light', 'Dark']) {
      option(el, theme).click();
      await el.updateComplete;
      const src = snippetSrc(el);
      const before = loaded.filter((s) => s === src).length;
      // Until the new frame has loaded (a navigation within one frame would have added an entry by then).
      await until(() => loaded.filter((s) => s === src).length > before, `the preview of ${src} to load`);
      expect(preview(el).getAttribute('src')).to.equal(src);
    }
    expect(window.history.length).to.equal(length);
  });

  it('the preview takes the chosen width and follows height messages from its own frame only', async () => {
    const { el } = await setup();
    await el.open();
    option(el, 'Phone').click();
    await el.updateComplete;
    expect(preview(el).getBoundingClientRect().width).to.equal(320);
    option(el, 'Column').click();
    await el.updateComplete;
    expect(preview(el).getBoundingClientRect().width).to.equal(600);
    const height = { type: 'sourced-timeline:height', height: 812 };
    window.dispatchEvent(new MessageEvent('message', { data: height, source: window }));
    await el.updateComplete;
    expect(preview(el).getAttribute('height')).to.equal('600');
    window.dispatchEvent(new MessageEvent('message', { data: height, source: preview(el).contentWindow }));
    await el.updateComplete;
    expect(preview(el).getAttribute('height')).to.equal('812');
  });

  it('Copy puts the snippet in the clipboard, or selects it and says how to copy', async () => {
    const { el } = await setup();
    await el.open();
    button(el, 'Copy').click();
    const status = one(el, '.copy-line [role="status"]');
    await until(() => text(status) !== '', 'a copy message');
    if (text(status) === 'Snippet copied') {
      // Reading needs a permission the runner may not have; the message is then the evidence.
      const read = await navigator.clipboard.readText().catch(() => undefined);
      if (read !== undefined) expect(read).to.equal(snippet(el));
    } else {
      expect(text(status)).to.contain('Press Ctrl+C to copy');
    }
  });

  it('when the clipboard refuses, selects the whole snippet for Ctrl+C', async () => {
    const { el } = await setup();
    await el.open();
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
    });
    try {
      button(el, 'Copy').click();
      const status = one(el, '.copy-line [role="status"]');
      await until(() => text(status) !== '', 'a copy message');
      expect(text(status)).to.contain('Press Ctrl+C to copy');
      const area = one(el, 'textarea') as HTMLTextAreaElement;
      expect(focused()).to.equal(describeElement(area));
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    } finally {
      Reflect.deleteProperty(navigator.clipboard, 'writeText');
    }
  });

  it('fills a 360 px screen without sideways scrolling', async () => {
    const { el, box } = await setup();
    try {
      await setViewport({ width: 360, height: 640 });
      await el.open();
      const r = box.getBoundingClientRect();
      expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, 360, 640]);
      const body = one(el, '.body');
      expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('pins the script by the hash published beside the app, and says when none is', async () => {
    // dist/integrity.json, served byte for byte at /dist/ with the build it describes.
    const published = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const root = await fixture<HTMLDivElement>(
      html`<div><st-embed-dialog .index=${index} app-url="/dist/"></st-embed-dialog></div>`,
    );
    const el = root.querySelector('st-embed-dialog')!;
    await el.open();
    await until(() => snippet(el).includes('integrity='), 'the published hash');
    const script = () => parsed(el).querySelector('script')!;
    expect(script().getAttribute('integrity')).to.equal(published['embed.js']);
    expect(script().getAttribute('crossorigin')).to.equal('anonymous');
    expect(text(one(el, '#pin-hint'))).to.contain('paste a new snippet');
    option(el, 'Pin the script').click();
    await el.updateComplete;
    expect(script().hasAttribute('integrity')).to.equal(false);
    option(el, 'Pin the script').click();
    option(el, 'Fixed').click();
    await el.updateComplete;
    expect(parsed(el).querySelector('script')).to.equal(null);
    expect(option(el, 'Pin the script').disabled).to.equal(true);
    expect(text(one(el, '#pin-hint'))).to.equal('A frame of fixed height needs no script.');

    // Without integrity.json beside the app (the test server has none at APP): no hash, and why.
    const { el: other } = await setup();
    await other.open();
    expect(option(other, 'Pin the script').disabled).to.equal(true);
    expect(text(one(other, '#pin-hint'))).to.contain('No hash of embed.js is published');
    expect(parsed(other).querySelector('script')!.hasAttribute('integrity')).to.equal(false);
  });

  it('writes <sourced-timeline> with its pinned module script as the other kind of code', async () => {
    const published = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const root = await fixture<HTMLDivElement>(
      html`<div><st-embed-dialog .index=${index} app-url="/dist/?data=custom/events.json"></st-embed-dialog></div>`,
    );
    const el = root.querySelector('st-embed-dialog')!;
    await el.open();
    await choose(el, '#event', EVENT);
    option(el, 'A script tag').click();
    await el.updateComplete;
    await until(() => snippet(el).includes('integrity='), 'the published hash');
    const script = parsed(el).querySelector('script')!;
    expect(script.getAttribute('type')).to.equal('module');
    expect(script.getAttribute('src')).to.equal(new URL('/dist/sourced-timeline.js', window.location.origin).href);
    expect(script.getAttribute('integrity')).to.equal(published['sourced-timeline.js']);
    const element = parsed(el).querySelector('sourced-timeline')!;
    expect(element.getAttribute('src')).to.equal(new URL('/dist/custom/events.json', window.location.origin).href);
    expect(element.getAttribute('event')).to.equal(EVENT);
    // A frame's options are off: the element has no height, title or filters of its own.
    expect(option(el, 'Automatic').disabled || option(el, 'Automatic').closest('fieldset')!.disabled).to.equal(true);
    expect(option(el, 'Show the title').disabled).to.equal(true);
    // The preview shows the real element on a page of its own (element.html beside the app), in the same sandbox.
    await until(() => (preview(el).getAttribute('src') ?? '').includes(`event=${EVENT}`), 'the preview');
    const shown = new URL(preview(el).src);
    expect(shown.pathname).to.equal('/dist/element.html');
    expect(shown.searchParams.get('data')).to.equal('custom/events.json');
    expect(shown.searchParams.has('embed')).to.equal(false);
    expect(preview(el).getAttribute('sandbox')).to.not.contain('allow-same-origin');
  });

  it('shows a hostile dataset title as text, escaped in the snippet', async () => {
    const hostile: DatasetIndex = { ...index, dataset: { ...index.dataset, title: HOSTILE } };
    const { el } = await setup(EMPTY_STATE, hostile);
    await el.open();
    option(el, 'Show the title').click();
    await el.updateComplete;
    expect(all(el, 'img')).to.have.length(0);
    expect(snippet(el)).to.contain('title="Timeline: &lt;img src=x onerror=&quot;window.__pwned = true&quot;&gt;"');
    expect(parsed(el).querySelector('iframe')!.title).to.equal(`Timeline: ${HOSTILE}`);
    expect(snippetParams(el).get('title')).to.equal(HOSTILE);
    expect('__pwned' in window).to.equal(false);
  });
});
