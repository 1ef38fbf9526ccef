// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { OverviewEvent } from '../../../src/charts/density.js';
import { overviewChart } from '../../../src/charts/overview.js';
import { textWidth } from '../../../src/charts/text.js';
import { parseEdtf } from '../../../src/data/dates.js';

function dated(id: string, edtf: string, background = false): OverviewEvent {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(parsed.message);
  return { id, start: new Date(parsed.value.start), end: new Date(parsed.value.end), background };
}

/** Events every `every` (EDTF years or year-months) from the list, one id each. */
const events = (dates: readonly string[]) => dates.map((d, i) => dated(`e${i}`, d));
const range = (from: number, to: number, by = 1) =>
  Array.from({ length: Math.floor((to - from) / by) + 1 }, (_, i) => from + i * by);
/** An EDTF year: -0489 for 490 BCE. */
const edtfYear = (y: number) => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'));

const SPANS: Record<string, { unit: string; events: OverviewEvent[] }> = {
  'an autumn 480 BCE': {
    unit: 'week',
    events: events(['-0479-08-11', '-0479-08-20', '-0479-09-20', '-0479-09', '-0479-10-02', '-0479-11-15']),
  },
  'three years': {
    unit: 'month',
    events: events(['2019-03-04', '2019-07', '2020-01-15', '2020-10-01', '2020-10-30', '2021-10']),
  },
  'ten years': { unit: 'month', events: events(['2010-01-01', '2015-06', '2019-12-20']) },
  'seventy years BCE': { unit: 'year', events: events(range(-498, -429, 3).map(edtfYear)) },
  'five centuries': { unit: 'decade', events: events(range(1500, 1999, 7).map(edtfYear)) },
  'three millennia across the era': { unit: 'century', events: events(range(-2999, 99, 37).map(edtfYear)) },
};

interface Drawn {
  text: string;
  left: number;
  right: number;
  row: number;
}

/** Each label of the axis with its estimated extent, as the chart lays it out. */
function labels(svg: SVGSVGElement): Drawn[] {
  return [...svg.querySelectorAll('.x-axis text, .earlier text')].map((t) => {
    const text = t.textContent;
    const x = Number(t.getAttribute('x'));
    const w = textWidth(text, 12);
    const left = t.getAttribute('text-anchor') === 'middle' ? x - w / 2 : x;
    return { text, left, right: left + w, row: Number(t.getAttribute('y')) };
  });
}

describe('overview over spans from weeks to millennia', () => {
  for (const [name, { unit, events: list }] of Object.entries(SPANS)) {
    for (const width of [375, 800, 1280]) {
      it(`overviewChart(…) over ${name} at ${width} px: a bar per ${unit}, readable, labels apart`, () => {
        const svg = overviewChart(list, { width });
        const bins = [...svg.querySelectorAll('.bin')];
        expect(bins.length).toBeGreaterThanOrEqual(10);
        expect(bins.length).toBeLessThanOrEqual(120);
        expect(bins.every((b) => b.classList.contains(unit))).toBe(true);
        expect(svg.querySelector('title')?.textContent).toBe(`Events per ${unit}`);
        const widths = bins.map((b) => Number(b.querySelector('.dated')?.getAttribute('width')));
        expect(Math.min(...widths)).toBeGreaterThan(1);
        const shown = labels(svg);
        expect(shown.length, shown.map((l) => l.text).join(' ')).toBeGreaterThanOrEqual(2);
        for (const label of shown) {
          expect(label.text).not.toMatch(/-\d/);
          expect(label.left).toBeGreaterThanOrEqual(0);
          expect(label.right).toBeLessThanOrEqual(width);
        }
        for (const [i, a] of shown.entries()) {
          for (const b of shown.slice(i + 1)) {
            if (a.row !== b.row) continue;
            expect(a.right <= b.left || b.right <= a.left, `"${a.text}" and "${b.text}"`).toBe(true);
          }
        }
        expect(svg.getAttribute('aria-label')).not.toMatch(/-\d/);
        for (const el of svg.querySelectorAll('*')) {
          for (const attr of el.attributes) expect(attr.value, `${el.localName} ${attr.name}`).not.toMatch(/NaN/);
        }
      });
    }
  }

  it('overviewChart(…) thins labels to round numbers: years BCE every tenth at 800 px, years alone for ten years of months', () => {
    const text = (svg: SVGSVGElement) => labels(svg).map((l) => l.text);
    expect(text(overviewChart(SPANS['seventy years BCE']!.events, { width: 800 }))).toEqual([
      '490 BCE',
      '480 BCE',
      '470 BCE',
      '460 BCE',
      '450 BCE',
      '440 BCE',
    ]);
    expect(text(overviewChart(SPANS['five centuries']!.events, { width: 800 }))).toContain('1900s');
    expect(text(overviewChart(SPANS['three millennia across the era']!.events, { width: 1280 }))).toContain(
      '2000s BCE',
    );
    // Ten years of months on a phone: no room for month names, so years, every other one.
    expect(text(overviewChart(SPANS['ten years']!.events, { width: 375 }))).toEqual([
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
    ]);
    expect(text(overviewChart(SPANS['an autumn 480 BCE']!.events, { width: 800 }))).toEqual([
      'Aug',
      'Sept',
      'Oct',
      'Nov',
      '480 BCE',
    ]);
  });

  it('overviewChart(…) writes earlier background years BCE with their era, on two lines where one is too wide', () => {
    const list = [...SPANS['seventy years BCE']!.events, dated('cyrus', '-0545', true), dated('darius', '-0521', true)];
    const wide = overviewChart(list, { width: 800 });
    expect([...wide.querySelectorAll('.earlier-label')].map((t) => t.textContent)).toEqual(['546–522 BCE']);
    const narrow = overviewChart(list, { width: 375 });
    expect([...narrow.querySelectorAll('.earlier-label')].map((t) => t.textContent)).toEqual(['546 BCE –', '522 BCE']);
  });
});
