// The whole app in a browser test: `<st-app>` loading real files over HTTP, and the page put back after each test.
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import { lazyViewsReady, until } from './dataset.js';

/**
 * `<st-app>` showing `src` (the curated dataset unless said), once `ready` holds (`what` names it in a timeout) and
 * the lazily loaded views it shows have arrived and drawn.
 */
export async function appFixture(
  ready: (el: StApp) => boolean,
  what: string,
  src = '/data/events.json',
): Promise<StApp> {
  const el = await fixture<StApp>(html`<st-app src=${src}></st-app>`);
  await until(() => ready(el), what);
  await lazyViewsReady(el);
  return el;
}

/** After each test of the file, the address it started at and the 800x600 viewport, back (the app writes both). */
export function restorePageAfterEach(): void {
  const start = window.location.href;
  afterEach(async () => {
    window.history.replaceState(null, '', start);
    await setViewport({ width: 800, height: 600 });
  });
}
