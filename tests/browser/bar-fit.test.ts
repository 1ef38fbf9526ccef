// The view bar on a wide screen: where the actions would wrap under the tabs (a longer language, a narrower
// window), all but Present go behind "More" (bar-fit.ts); where there is room again, they come back.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { BarFit } from '../../src/app/bar-fit.js';
import { appStyles } from '../../src/app/st-app.styles.js';
import { viewsAndActions } from '../../src/app/view-tabs.js';
import { until } from '../support/dataset.js';

class TestBar extends LitElement {
  static override styles = appStyles;
  readonly fit = new BarFit(this);
  open = false;
  override render() {
    return viewsAndActions('timeline', {
      choose: () => undefined,
      present: () => undefined,
      print: () => undefined,
      share: { link: true, copy: () => undefined, embed: () => undefined },
      openFile: litHtml`<button type="button">Open a file with a long name…</button>`,
      exportMenu: litHtml`<button type="button">Export everything shown</button>`,
      copied: '',
      more: {
        open: this.open,
        toggle: () => {
          this.open = !this.open;
          this.requestUpdate();
        },
      },
    });
  }
}
customElements.define('test-view-bar', TestBar);

describe('the view bar on a wide screen', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('keeps the tabs and every action on one line where they fit', async () => {
    const el = await fixture<TestBar>(html`<test-view-bar style="display: block; width: 1200px"></test-view-bar>`);
    const bar = el.shadowRoot!.querySelector<HTMLElement>('.bar')!;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(bar.classList.contains('compact')).to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.print')!.checkVisibility()).to.equal(true);
  });

  it('puts the actions behind More where they would wrap, on the tabs’ line, and brings them back when wider', async () => {
    const el = await fixture<TestBar>(html`<test-view-bar style="display: block; width: 760px"></test-view-bar>`);
    const root = el.shadowRoot!;
    const bar = root.querySelector<HTMLElement>('.bar')!;
    await until(() => bar.classList.contains('compact'), 'the bar compact');
    const more = root.querySelector<HTMLElement>('.more-toggle')!;
    const print = root.querySelector<HTMLElement>('.print')!;
    expect(more.checkVisibility(), 'More shown').to.equal(true);
    expect(print.checkVisibility(), 'Print behind More').to.equal(false);
    // One line: More beside the tabs.
    const tabs = root.querySelector('.tabs')!.getBoundingClientRect();
    expect(Math.abs(more.getBoundingClientRect().top - tabs.top)).to.be.below(8);
    more.click();
    await el.updateComplete;
    await until(() => print.checkVisibility(), 'Print in the opened list');
    el.style.width = '1200px';
    await until(() => !bar.classList.contains('compact'), 'the actions back in full');
  });
});
