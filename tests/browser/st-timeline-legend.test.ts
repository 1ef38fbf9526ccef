// The key shares a line with the timeline's status on a wide screen; where it would wrap (a longer language, a long
// status), it closes to "Key" rather than take a line from the timeline, and opens again where the line is wider.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/timeline/st-timeline-legend.js';
import type { StTimelineLegend } from '../../src/timeline/st-timeline-legend.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { loadIndex, until } from '../support/dataset.js';

let index: DatasetIndex;
before(async () => {
  await setViewport({ width: 1280, height: 800 });
  index = await loadIndex();
});

/** The key on a line of `width` px after a status line, as st-timeline's footer lays them out. */
async function footer(width: number, lanes: 'groups' | 'single' = 'groups') {
  const line = await fixture<HTMLDivElement>(
    html`<div style="display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.1rem 1rem; width: ${width}px">
      <p style="margin: 0; font-size: 0.85rem">Showing 16 – 28 Oct 2024: 38 of 45 events.</p>
      <st-timeline-legend .index=${index} .lanes=${lanes} .more=${true}></st-timeline-legend>
    </div>`,
  );
  const legend = line.querySelector<StTimelineLegend>('st-timeline-legend')!;
  await legend.updateComplete;
  const details = legend.shadowRoot!.querySelector('details')!;
  return { line, legend, details };
}

/** One frame after the observer has had its say (it decides in the next frame). */
const frames = (n = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

describe('st-timeline-legend', () => {
  it('stays open on the status line where it fits', async () => {
    const { details } = await footer(1600);
    await frames();
    expect(details.open).to.equal(true);
  });

  it('closes to "Key" where it would wrap under the status, and opens again once the line is wide enough', async () => {
    const { line, legend, details } = await footer(900);
    await until(() => !details.open, 'the key closed');
    const status = line.querySelector('p')!;
    // Closed, it shares the status's line.
    expect(Math.abs(legend.getBoundingClientRect().top - status.getBoundingClientRect().top)).to.be.below(8);
    line.style.width = '1600px';
    await until(() => details.open, 'the key open again');
  });

  it('leaves it as the reader set it', async () => {
    const { line, details } = await footer(1600);
    await frames();
    details.querySelector('summary')!.click();
    await until(() => !details.open, 'closed by the reader');
    line.style.width = '1700px';
    await frames(4);
    expect(details.open).to.equal(false);
  });

  it('stays open in one lane, where it is the only way to tell the groups’ colours', async () => {
    const { details } = await footer(700, 'single');
    await frames(4);
    expect(details.open).to.equal(true);
  });
});
