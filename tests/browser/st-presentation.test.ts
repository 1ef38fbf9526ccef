// Presentation mode in the whole app, driven as a teacher would: a clicker's keys (real key presses), the mouse.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import { deepActiveElement } from '../../src/components/focus.js';
import type { Story } from '../../src/data/types.js';
import { loadIndex, until } from '../support/dataset.js';
import { all, describeElement, one, text } from '../support/dom.js';
import { pressKey } from '../support/keys.js';

const start = window.location.href;
afterEach(async () => {
  if (document.fullscreenElement) await document.exitFullscreen();
  window.history.replaceState(null, '', start);
});

async function app(query = ''): Promise<StApp> {
  window.history.replaceState(null, '', `${start.split('?')[0] ?? ''}${query}`);
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => el.shadowRoot?.querySelector('st-event-details') !== null, 'the app to load');
  return el;
}

const presentation = (el: StApp) => el.shadowRoot?.querySelector('st-presentation') ?? null;
const shown = (el: StApp) => {
  const p = presentation(el);
  // Undefined until its code has arrived (it loads on demand).
  return p?.shadowRoot?.querySelector('.progress')
    ? { progress: text(one(p, '.progress')).replace(/^Step /, ''), title: text(one(p, 'h2')) }
    : undefined;
};
const params = () => new URLSearchParams(window.location.search);

async function story(id: string): Promise<{ story: Story; titles: string[] }> {
  const index = await loadIndex();
  const found = index.dataset.stories?.find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id}`);
  return { story: found, titles: found.steps.map((step) => index.event.get(step.event)?.title ?? '?') };
}

async function press(el: StApp, key: string, expected: { progress: string; title: string | undefined }) {
  await pressKey(key);
  await until(
    () => shown(el)?.progress === expected.progress && shown(el)?.title === expected.title,
    `${key} → ${expected.progress} ${String(expected.title)} (shown: ${JSON.stringify(shown(el))})`,
  );
}

describe('presentation mode', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('runs the essential story end to end with only clicker keys, and Esc gives back the view and focus', async () => {
    const { titles } = await story('essential-chronology');
    const el = await app('?view=list');
    const present = one(el, 'button.present');
    present.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shown(el)?.progress === `1 / ${titles.length}`, 'the first step');
    expect(shown(el)?.title).to.equal(titles[0]);
    expect(params().get('present')).to.equal('1');
    // Every step, forwards, with what clickers send: Page Down, then arrows and Space.
    for (let i = 1; i < titles.length; i += 1) {
      const key = ['PageDown', 'ArrowRight', 'Space'][i % 3] ?? 'PageDown';
      await press(el, key, { progress: `${i + 1} / ${titles.length}`, title: titles[i] });
      expect(params().get('step')).to.equal(String(i + 1));
    }
    // The end is the end.
    await sendKeys({ press: 'PageDown' });
    expect(shown(el)?.progress).to.equal(`${titles.length} / ${titles.length}`);
    // Backwards with each backward key.
    const n = titles.length;
    await press(el, 'PageUp', { progress: `${n - 1} / ${n}`, title: titles[n - 2] });
    await press(el, 'ArrowLeft', { progress: `${n - 2} / ${n}`, title: titles[n - 3] });
    await press(el, 'Shift+Space', { progress: `${n - 3} / ${n}`, title: titles[n - 4] });
    await press(el, 'Home', { progress: `1 / ${n}`, title: titles[0] });
    await press(el, 'End', { progress: `${n} / ${n}`, title: titles[n - 1] });
    // Esc leaves (or leaves full screen, which leaves too): the list is back and focus is on Present.
    await sendKeys({ press: 'Escape' });
    await until(() => presentation(el) === null, 'the presentation to close');
    expect(params().has('present')).to.equal(false);
    expect(params().get('view')).to.equal('list');
    expect(el.shadowRoot?.querySelector('st-event-list')).to.not.equal(null);
    await until(
      () => deepActiveElement() === present,
      `focus back on Present (at ${describeElement(deepActiveElement())})`,
    );
  });

  it('opens at the story and step in the address, and has a button for every key', async () => {
    const { titles } = await story('how-sources-disagree');
    const el = await app('?present=1&story=how-sources-disagree&step=3');
    await until(() => shown(el)?.title === titles[2], 'step 3 from the address');
    const p = presentation(el)!;
    expect(shown(el)?.progress).to.equal(`3 / ${titles.length}`);
    const button = (selector: string) => one(p, selector);
    button('button.next').click();
    await until(() => shown(el)?.title === titles[3], 'Next');
    button('button.previous').click();
    button('button.previous').click();
    await until(() => shown(el)?.title === titles[1], 'Previous twice');
    // The first step's Previous does nothing, and says so.
    button('button.previous').click();
    button('button.previous').click();
    await until(() => shown(el)?.title === titles[0], 'the first step');
    expect(button('button.previous').getAttribute('aria-disabled')).to.equal('true');
    button('button.exit').click();
    await until(() => presentation(el) === null, 'Exit');
    // Opened from a link, focus lands on the Present button.
    await until(() => deepActiveElement() === one(el, 'button.present'), 'focus on Present');
  });

  it('offers the stories from the data and the events shown, and switching story starts at its first step', async () => {
    const index = await loadIndex();
    const el = await app('?present=1&status=expected');
    await until(() => presentation(el) !== null, 'the presentation');
    const select = one(presentation(el)!, 'select') as HTMLSelectElement;
    const options = [...select.options].map((o) => text(o));
    const stories = index.dataset.stories ?? [];
    // The stories, the events shown, and their replay day by day.
    expect(options.length).to.equal(stories.length + 2);
    stories.forEach((s, i) => expect(options[i]).to.contain(s.title));
    const forecasts = index.events.filter((e) => e.status === 'expected');
    expect(options.at(-2)).to.equal(`The events shown (${forecasts.length})`);
    expect(options.at(-1)).to.match(/^As it unfolded \(\d+\)$/);
    select.value = 'events';
    select.dispatchEvent(new Event('change'));
    await until(() => shown(el)?.progress === `1 / ${forecasts.length}`, 'the filtered events as a deck');
    expect(shown(el)?.title).to.equal(forecasts[0]?.title);
    expect(text(one(presentation(el)!, '.forecast'))).to.contain('forecast');
    expect(params().get('story')).to.equal('events');
  });

  it('shows presenter notes on N and hides them again, with the date basis', async () => {
    const { story: essential } = await story('essential-chronology');
    const el = await app('?present=1');
    await until(() => presentation(el) !== null, 'the presentation');
    const p = presentation(el)!;
    expect(p.shadowRoot?.querySelector('.notes')).to.equal(null);
    await sendKeys({ press: 'n' });
    await until(() => p.shadowRoot?.querySelector('.notes') !== null, 'notes shown');
    expect(text(one(p, '.notes'))).to.contain(essential.steps[0]?.note ?? 'a note');
    expect(text(one(p, '.notes'))).to.contain('How the date is known');
    expect(one(p, '.notes-toggle').getAttribute('aria-pressed')).to.equal('true');
    // Space on the Notes button presses that button; it does not move on.
    one(p, '.notes-toggle').focus();
    await sendKeys({ press: 'Space' });
    await until(() => p.shadowRoot?.querySelector('.notes') === null, 'notes hidden');
    expect(shown(el)?.progress).to.match(/^1 \//);
  });

  it('opens presenter notes in a second window that follows the steps and closes with the presentation', async () => {
    const { story: essential, titles } = await story('essential-chronology');
    const el = await app('?present=1');
    await until(() => presentation(el) !== null, 'the presentation');
    const p = presentation(el)!;
    const opened: (Window | null)[] = [];
    const realOpen = window.open.bind(window);
    window.open = (...args: Parameters<typeof window.open>) => {
      const popup = realOpen(...args);
      opened.push(popup);
      return popup;
    };
    try {
      one(p, '.notes-window').click();
      const popup = opened[0];
      if (!popup) throw new Error('no notes window');
      const body = () => text(popup.document.body);
      await until(() => body().includes(essential.steps[0]?.note ?? '?'), 'the first note in the window');
      expect(body()).to.contain(`Next: ${titles[1] ?? '?'}`);
      one(p, 'button.next').click();
      await until(() => body().includes(essential.steps[1]?.note ?? '?'), 'the second note in the window');
      expect(popup.document.title).to.equal(`Presenter notes: 2 / ${titles.length}`);
      // The clicker works while the notes window has focus too.
      popup.document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
      await until(() => shown(el)?.progress === `3 / ${titles.length}`, 'a key in the notes window steps on');
      // Opening a window may take the page out of full screen; that is not Esc, and the presentation stayed through
      // the steps above (checked here, after them, rather than after a fixed wait).
      expect(presentation(el) === p, 'the presentation is still there').to.equal(true);
      one(p, 'button.exit').click();
      await until(() => popup.closed, 'the notes window to close with the presentation');
    } finally {
      window.open = realOpen;
      for (const popup of opened) popup?.close();
    }
  });

  it('covers the page in large type and hides what lies underneath from Tab and screen readers', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await app('?present=1');
    await until(() => presentation(el) !== null, 'the presentation');
    const p = presentation(el)!;
    const box = p.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 1280, 800]);
    expect(p.dataset.theme).to.equal('projector');
    // 1.7vw of 1280 px is about 22 px; at 1920 x 1080 it is 32.6 px.
    const size = parseFloat(getComputedStyle(one(p, '.summary')).fontSize);
    expect(size).to.be.within(21, 23);
    for (const part of all(el, ':scope > :not(st-presentation, st-handout)'))
      expect(getComputedStyle(part).visibility, describeElement(part)).to.equal('hidden');
    // The announcement is short: where we are and the title, not the whole slide.
    const now = shown(el);
    expect(text(one(p, '[role="status"]'))).to.equal(`${now?.progress ?? '?'}: ${now?.title ?? '?'}`);
  });

  it('keeps Tab and Shift+Tab inside the presentation, with every control named', async () => {
    const el = await app('?present=1');
    await until(() => presentation(el) !== null, 'the presentation');
    const p = presentation(el)!;
    // The slide is a tab stop too: it scrolls when long.
    const controls = all(p, 'button, select, [tabindex="0"]');
    await until(() => deepActiveElement() === one(p, 'button.next'), 'focus on Next at the start');
    const seen = new Set<string>();
    for (let i = 0; i < controls.length * 2; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(active !== null && p.shadowRoot!.contains(active), describeElement(active)).to.equal(true);
      seen.add(describeElement(active));
    }
    expect(seen.size).to.equal(controls.length);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < controls.length + 1; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(active !== null && p.shadowRoot!.contains(active), describeElement(active)).to.equal(true);
    }
    await sendKeys({ up: 'Shift' });
    for (const control of controls) {
      const name = control instanceof HTMLSelectElement ? control.labels[0]?.textContent : control.textContent;
      expect((name ?? '').trim(), describeElement(control)).to.not.equal('');
    }
  });

  it('reads 32 px body text at 1920 x 1080', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await app('?present=1');
    await until(() => presentation(el) !== null, 'the presentation');
    const size = parseFloat(getComputedStyle(one(presentation(el)!, '.summary')).fontSize);
    expect(size).to.be.at.least(32);
    await setViewport({ width: 1280, height: 800 });
  });
});
