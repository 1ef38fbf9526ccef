// The masthead: on a wide screen the standfirst's first line, with "More" beside it only when there is more.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { literal } from 'lit/static-html.js';
import { masthead, mastheadStyles } from '../../src/app/masthead.js';
import { until } from '../support/dataset.js';

class TestMasthead extends LitElement {
  static override styles = mastheadStyles;
  static override properties = { description: {}, open: { type: Boolean } };
  declare description: string;
  declare open: boolean;
  constructor() {
    super();
    this.description = '';
    this.open = false;
  }
  override render() {
    return masthead({
      tag: literal`header`,
      title: 'A chronology',
      description: this.description,
      lang: 'en',
      open: this.open,
      toggle: () => (this.open = !this.open),
    });
  }
}
customElements.define('test-masthead', TestMasthead);

const LONG = 'Events, figures and disagreements reported in five news articles, each tied to its quotes. '.repeat(6);
const shown = (element: Element | null | undefined) => !!element && element.getClientRects().length > 0;

describe('masthead', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('cuts a long standfirst to its first line, and "More" opens it whole', async () => {
    const el = await fixture<TestMasthead>(html`<test-masthead .description=${LONG}></test-masthead>`);
    const root = el.shadowRoot!;
    const standfirst = root.querySelector<HTMLElement>('#standfirst')!;
    const toggle = root.querySelector<HTMLButtonElement>('.about-toggle')!;
    await until(() => root.querySelector('.masthead')!.classList.contains('clamped'), 'the standfirst marked cut');
    const lineHeight = parseFloat(getComputedStyle(standfirst).lineHeight);
    expect(standfirst.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    expect(shown(toggle)).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('standfirst');
    expect(toggle.textContent.trim()).to.contain('More');
    toggle.click();
    await el.updateComplete;
    await until(() => standfirst.getBoundingClientRect().height > lineHeight * 2.5, 'the whole standfirst');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(toggle)).to.equal(true);
    expect(standfirst.scrollHeight).to.be.at.most(standfirst.clientHeight + 1);
  });

  it('shows no "More" when the standfirst fits on its line', async () => {
    const el = await fixture<TestMasthead>(html`<test-masthead description="A short standfirst."></test-masthead>`);
    const root = el.shadowRoot!;
    // Given a frame for the observer to have looked.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(root.querySelector('.masthead')!.classList.contains('clamped')).to.equal(false);
    expect(shown(root.querySelector('.about-toggle'))).to.equal(false);
    expect(root.querySelector('#standfirst')!.textContent).to.equal('A short standfirst.');
  });
});
