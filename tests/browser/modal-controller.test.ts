// The one modal controller: opener remembered, the page outside inert, Tab kept inside, focus given back.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { ModalController } from '../../src/components/modal-controller.js';
import { deepActiveElement } from '../../src/components/focus.js';
import { describeElement } from '../support/dom.js';

class TestModal extends LitElement {
  readonly modal = new ModalController(this, {
    inertOutside: true,
    fallback: () => document.querySelector<HTMLElement>('#fallback'),
  });
  override connectedCallback(): void {
    super.connectedCallback();
    this.modal.opened();
  }
  override render() {
    return html`<p>A modal with every kind of control.</p>
      <a href="#here">A link</a>
      <label>Name <input /></label>
      <details>
        <summary>More</summary>
        Hidden until opened.
      </details>
      <button>Done</button>`;
  }
}
customElements.define('test-modal', TestModal);

/** A page with controls outside a shadow host, the modal inside that host's shadow root. */
async function page() {
  const root = await fixture<HTMLDivElement>(testHtml`<div>
    <button id="opener">Open</button>
    <button id="fallback">Fallback</button>
    <div id="shell"></div>
  </div>`);
  const shell = root.querySelector('#shell')!;
  const shadow = shell.attachShadow({ mode: 'open' });
  const nav = document.createElement('nav');
  const control = document.createElement('button');
  control.textContent = 'A control of the shell';
  nav.append(control);
  shadow.append(nav);
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  return { root, shell, shadow, opener };
}

async function openModal(shadow: ShadowRoot): Promise<TestModal> {
  const modal = new TestModal();
  shadow.append(modal);
  await modal.updateComplete;
  return modal;
}

describe('ModalController', () => {
  it('makes everything outside inert, across shadow roots, and releases exactly that on closing', async () => {
    const { root, shadow, opener } = await page();
    const already = document.createElement('button');
    already.inert = true;
    root.append(already);
    opener.focus();
    const modal = await openModal(shadow);
    expect(shadow.querySelector('nav')!.inert, 'a sibling in the same shadow root').to.equal(true);
    expect(opener.inert, 'a sibling of the shadow host').to.equal(true);
    expect(modal.inert).to.equal(false);
    modal.remove();
    expect(shadow.querySelector('nav')!.inert).to.equal(false);
    expect(opener.inert).to.equal(false);
    // Inert before the modal, inert after it: not ours to release.
    expect(already.inert).to.equal(true);
  });

  it('keeps Tab and Shift+Tab going round every focusable part (links, fields, summaries, buttons)', async () => {
    const { shadow, opener } = await page();
    opener.focus();
    const modal = await openModal(shadow);
    const stops = ['<a> "A link"', '<input>', '<summary> "More"', '<button> "Done"'];
    const seen: string[] = [];
    for (let i = 0; i < stops.length * 2; i += 1) {
      await sendKeys({ press: 'Tab' });
      seen.push(describeElement(deepActiveElement()));
    }
    expect(seen).to.deep.equal([...stops, ...stops]);
    await sendKeys({ down: 'Shift' });
    const back: string[] = [];
    for (let i = 0; i < stops.length; i += 1) {
      await sendKeys({ press: 'Tab' });
      back.push(describeElement(deepActiveElement()));
    }
    await sendKeys({ up: 'Shift' });
    expect(back).to.deep.equal(['<summary> "More"', '<input>', '<a> "A link"', '<button> "Done"']);
    modal.remove();
  });

  it('gives focus back to the opener on closing, or to the fallback when the opener has gone', async () => {
    const { shadow, opener } = await page();
    opener.focus();
    let modal = await openModal(shadow);
    (modal.shadowRoot!.querySelector('button') as HTMLButtonElement).focus();
    modal.remove();
    expect(deepActiveElement()).to.equal(opener);
    modal = await openModal(shadow);
    opener.remove();
    modal.remove();
    expect(deepActiveElement()?.id).to.equal('fallback');
  });
});
