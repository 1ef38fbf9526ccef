import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/st-offline-notice.js';
import type { StOfflineNotice } from '../../src/components/st-offline-notice.js';
import { one, text } from '../support/dom.js';

const notice = (state?: 'ready' | 'update') =>
  fixture<StOfflineNotice>(html`<st-offline-notice .state=${state}></st-offline-notice>`);

describe('st-offline-notice', () => {
  it('is accessible in each state', async () => {
    await expect(await notice('ready')).to.be.accessible();
    await expect(await notice('update')).to.be.accessible();
  });

  it('keeps an empty status region while there is nothing to say, so what comes later is announced', async () => {
    const el = await notice();
    const status = one(el, '[role="status"]');
    expect(text(status)).to.equal('');
    expect(getComputedStyle(status).display).to.equal('none');
    el.state = 'ready';
    await el.updateComplete;
    expect(one(el, '[role="status"]')).to.equal(status);
    expect(text(status)).to.contain('Available offline');
  });

  it('offers Reload for a new version, which asks for the update', async () => {
    const el = await notice('update');
    expect(text(one(el, '[role="status"] p'))).to.equal('A new version of this timeline is ready.');
    const reload = one(el, 'button.reload');
    expect(text(reload)).to.equal('Reload');
    const asked = oneEvent(el, 'st-update-request');
    reload.click();
    await asked;
  });

  it('goes away with Later or OK', async () => {
    const el = await notice('ready');
    one(el, 'button').click();
    await el.updateComplete;
    expect(el.state).to.equal(undefined);
    expect(text(one(el, '[role="status"]'))).to.equal('');
  });

  it('covers nothing when it says the timeline works offline; only a new version floats in view', async () => {
    // A control where a floating notice sits: the bottom-left corner of the window.
    const page = await fixture<HTMLElement>(
      html`<div>
        <button style="position: fixed; inset-inline-start: 1.5rem; inset-block-end: 1.5rem">Under it</button>
        <st-offline-notice state="ready"></st-offline-notice>
      </div>`,
    );
    const under = page.querySelector('button')!;
    expect(under.textContent).to.equal('Under it');
    const el = page.querySelector('st-offline-notice')!;
    await el.updateComplete;
    const box = under.getBoundingClientRect();
    const atControl = () => document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(text(one(el, '[role="status"]'))).to.contain('Available offline');
    expect(atControl()?.localName).to.equal('button');
    el.state = 'update';
    await el.updateComplete;
    expect(atControl()?.localName).to.equal('st-offline-notice');
  });
});
