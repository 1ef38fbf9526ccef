// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as overview from '../../../src/charts/overview.js';
import { select } from 'd3-selection';
import {
  OVERVIEW_STYLE,
  brushWindow,
  moveBrush,
  overviewChart,
  type OverviewOptions,
} from '../../../src/charts/overview.js';
import { density, overviewDomain, type OverviewEvent } from '../../../src/charts/density.js';

const DAY = 86_400_000;

/** An event on one known day. */
const day = (id: string, iso: string, background = false): OverviewEvent => ({
  id,
  start: new Date(`${iso}T00:00:00Z`),
  end: new Date(new Date(`${iso}T00:00:00Z`).getTime() + DAY - 1),
  background,
});

/** An event known only between two days (inclusive), e.g. "about October". */
const span = (id: string, from: string, to: string, background = false): OverviewEvent => ({
  ...day(id, from, background),
  end: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY - 1),
});

const EVENTS: OverviewEvent[] = [
  span('coup-claim', '2014-01-01', '2014-12-31', true),
  span('arms-2022', '2022-09-01', '2022-12-31', true),
  day('pact', '2024-06-18'),
  day('mon', '2024-10-21'),
  day('tue-1', '2024-10-22'),
  day('tue-2', '2024-10-22'),
  span('two-days', '2024-10-28', '2024-10-29'),
  day('next-mon', '2024-10-28'),
  span('about-october', '2024-10-01', '2024-10-31'),
  day('last', '2024-11-01'),
];

const iso = (date: Date) => date.toISOString().slice(0, 10);
const weeks = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGGElement>('.week')];
const week = (svg: SVGSVGElement, start: string) =>
  weeks(svg).find((g) => g.dataset.start?.startsWith(start)) ?? expect.fail(`no week starting ${start}`);
const num = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));
const texts = (svg: SVGSVGElement, selector: string) =>
  [...svg.querySelectorAll(selector)].map((t) => t.textContent.trim());

/**
 * happy-dom has no SVG geometry, which d3.pointer needs: an identity transform places the chart at the page's
 * origin, so clientX is the x inside the chart.
 */
function withGeometry(svg: SVGSVGElement): SVGSVGElement {
  const identity = { inverse: () => identity };
  const point = { x: 0, y: 0, matrixTransform: () => ({ x: point.x, y: point.y }) };
  Object.assign(svg, { createSVGPoint: () => point });
  for (const el of svg.querySelectorAll('*')) Object.assign(el, { getScreenCTM: () => identity });
  document.body.append(svg);
  return svg;
}

/** Drags the brush from x0 to x1 (x1 = x0: a click) as a mouse would. */
function drag(svg: SVGSVGElement, x0: number, x1: number) {
  const mouse = (type: string, x: number) =>
    new MouseEvent(type, { clientX: x, clientY: 40, bubbles: true, view: window, button: 0 });
  svg.querySelector('.overlay')?.dispatchEvent(mouse('mousedown', x0));
  if (x1 !== x0) window.dispatchEvent(mouse('mousemove', x1));
  window.dispatchEvent(mouse('mouseup', x1));
}

function chart(options: Partial<OverviewOptions> = {}, events = EVENTS) {
  const calls: { start: string; end: string }[] = [];
  const svg = withGeometry(
    overviewChart(events, {
      width: 800,
      onBrush: (w) => calls.push({ start: iso(w.start), end: iso(w.end) }),
      ...options,
    }),
  );
  return { svg, calls };
}

/** The brushed pixels, from the brush's selection rectangle. */
const selection = (svg: SVGSVGElement) => {
  const rect = svg.querySelector('.selection');
  return !rect || (rect as SVGElement).style.display === 'none'
    ? null
    : [num(rect, 'x'), num(rect, 'x') + num(rect, 'width')];
};

describe('overview', () => {
  it('exports overviewChart, moveBrush and brushWindow only', () => {
    expect(Object.keys(overview).sort()).toEqual(['OVERVIEW_STYLE', 'brushWindow', 'moveBrush', 'overviewChart']);
  });

  it('overviewDomain(…) counts an autumn in weeks, covers whole months, Monday to Monday, and sets earlier background events apart', () => {
    const domain = overviewDomain(EVENTS)!;
    expect(domain.unit.name).toBe('week');
    // June 2024 starts on a Saturday: the panel starts on the Monday before; November ends on a Saturday.
    expect([iso(domain.main.start), iso(domain.main.end)]).toEqual(['2024-05-27', '2024-12-02']);
    expect(domain.earlier.map((e) => e.id)).toEqual(['coup-claim', 'arms-2022']);
    expect(overviewDomain([])).toBeUndefined();
  });

  it('density(…) bins events by week, Monday to Sunday, at their midpoint', () => {
    const { unit, bins } = density(EVENTS.slice(2), overviewDomain(EVENTS)!);
    expect(unit.name).toBe('week');
    expect(bins).toHaveLength(27);
    const of = (start: string) => bins.find((b) => iso(b.start) === start)!;
    expect(of('2024-10-21').dated).toEqual(['mon', 'tue-1', 'tue-2']);
    // A span of two days counts in the week of its midpoint.
    expect(of('2024-10-28').dated).toEqual(['two-days', 'next-mon', 'last']);
    expect(of('2024-06-17').dated).toEqual(['pact']);
    expect(bins.reduce((n, b) => n + b.dated.length, 0)).toBe(7);
  });

  it('density(…) spreads loosely dated events evenly over their span', () => {
    const { bins } = density([span('about-october', '2024-10-01', '2024-10-31')], overviewDomain(EVENTS)!);
    const of = (start: string) => bins.find((b) => iso(b.start) === start)!.rough;
    expect(of('2024-10-07')).toBeCloseTo(7 / 31);
    expect(of('2024-09-30')).toBeCloseTo(6 / 31);
    expect(of('2024-09-23')).toBe(0);
    expect(bins.reduce((n, b) => n + b.rough, 0)).toBeCloseTo(1);
  });

  it('overviewChart(…) bins events by week, as bars proportional to the counts', () => {
    const { svg } = chart();
    expect(weeks(svg)).toHaveLength(27);
    const busiest = week(svg, '2024-10-21');
    expect(busiest.dataset.dated).toBe('3');
    const height = (start: string) => num(week(svg, start).querySelector('.dated'), 'height');
    expect(height('2024-10-21')).toBeCloseTo(3 * height('2024-06-17'));
    expect(height('2024-07-01')).toBe(0);
    // Bars follow one another in time, without overlapping.
    const xs = weeks(svg).map((g) => num(g.querySelector('.dated'), 'x'));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(texts(svg, '.busiest')).toEqual(['3']);
  });

  it('overviewChart(…) stacks the share of loosely dated events on the dated ones', () => {
    const { svg } = chart();
    const g = week(svg, '2024-10-14');
    const dated = g.querySelector('.dated')!;
    const rough = g.querySelector('.rough')!;
    expect(g.dataset.rough).toBe((7 / 31).toFixed(2));
    expect(num(rough, 'y') + num(rough, 'height')).toBeCloseTo(num(dated, 'y'));
    expect(num(rough, 'height')).toBeGreaterThan(0);
  });

  it('overviewChart(…) shows earlier background events in a labelled segment, a tick per event', () => {
    const { svg } = chart();
    const ticks = [...svg.querySelectorAll('.earlier-event')];
    // The events bound to the ticks by the data join.
    expect(ticks.map((t) => select<Element, { id: string }>(t).datum().id)).toEqual(['coup-claim', 'arms-2022']);
    expect(texts(svg, '.earlier-label')).toEqual(['2014–2022']);
    const segmentRight = num(svg.querySelector('.earlier-bg'), 'x') + num(svg.querySelector('.earlier-bg'), 'width');
    expect(Math.max(...ticks.map((t) => num(t, 'x1')))).toBeLessThan(segmentRight);
    // The weekly panel starts after the segment and keeps most of the width.
    const firstBar = num(weeks(svg)[0]!.querySelector('.dated'), 'x');
    expect(firstBar).toBeGreaterThan(segmentRight);
    expect(800 - firstBar).toBeGreaterThan(0.85 * 800);
  });

  it('overviewChart(…) without background events has no earlier segment', () => {
    const { svg } = chart({}, EVENTS.slice(2));
    expect(svg.querySelector('.earlier')).toBeNull();
    expect(num(weeks(svg)[0]!.querySelector('.dated'), 'x')).toBeLessThan(10);
  });

  it('overviewChart(…) labels the months on the x axis, and the year once', () => {
    const { svg } = chart();
    expect(texts(svg, '.month')).toEqual(['Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov']);
    expect(texts(svg, '.year')).toEqual(['2024']);
    const xs = [...svg.querySelectorAll('.month')].map((t) => num(t, 'x'));
    expect(Math.min(...xs.slice(1).map((x, i) => x - xs[i]!))).toBeGreaterThan(60);
  });

  it('overviewChart(…) is an image named by a summary of the density, with a title', () => {
    const { svg } = chart();
    const summary =
      'Event density, June to November 2024: 8 events, busiest week 21–27 Oct with 3 events; ' +
      '1 event dated only loosely, spread over its span; earlier background: 2 events (2014, 2022).';
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(summary);
    expect(svg.querySelector('title')?.textContent).toBe('Events per week');
  });

  it('overviewChart(…) calls onBrush with the brushed window, in whole days', () => {
    const { svg, calls } = chart();
    drag(svg, 400, 500);
    expect(calls).toHaveLength(1);
    const { start, end } = calls[0]!;
    expect(Date.parse(end) - Date.parse(start)).toBeGreaterThan(14 * DAY);
    expect(brushWindow(svg)).toEqual({ start: new Date(start), end: new Date(end) });
  });

  it('overviewChart(…) centres the window on the clicked day when the strip is clicked without a drag', () => {
    const { svg, calls } = chart({ window: { start: new Date('2024-07-01'), end: new Date('2024-07-15') } });
    drag(svg, 600, 600);
    expect(calls).toHaveLength(1);
    const { start, end } = calls[0]!;
    expect(Date.parse(end) - Date.parse(start)).toBe(14 * DAY);
    const [x0, x1] = selection(svg)!;
    expect((x0! + x1!) / 2).toBeCloseTo(600, -1);
  });

  it('overviewChart(…) draws the window option as the brush, without calling onBrush', () => {
    const { svg, calls } = chart({ window: { start: new Date('2024-10-14'), end: new Date('2024-10-28') } });
    const [x0, x1] = selection(svg)!;
    expect(x0).toBeCloseTo(num(week(svg, '2024-10-14').querySelector('.dated'), 'x') - 0.5);
    expect(x1).toBeCloseTo(num(week(svg, '2024-10-28').querySelector('.dated'), 'x') - 0.5);
    expect(calls).toHaveLength(0);
  });

  it('moveBrush(…) sets the brush without calling onBrush, and clears it for a window outside the panel', () => {
    const { svg, calls } = chart();
    moveBrush(svg, { start: new Date('2024-10-21'), end: new Date('2024-10-28') });
    expect(selection(svg)).not.toBeNull();
    // Partly outside: cut to the panel.
    moveBrush(svg, { start: new Date('2020-01-01'), end: new Date('2024-06-03') });
    expect(selection(svg)![0]).toBeCloseTo(num(weeks(svg)[0]!.querySelector('.dated'), 'x') - 0.5);
    moveBrush(svg, { start: new Date('2014-01-01'), end: new Date('2014-02-01') });
    expect(selection(svg)).toBeNull();
    moveBrush(svg, undefined);
    expect(selection(svg)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('overviewChart(…) with no events draws an empty image that says so', () => {
    const { svg } = chart({}, []);
    expect(svg.getAttribute('aria-label')).toBe('Event density: no events to show.');
    expect(weeks(svg)).toHaveLength(0);
  });

  it('overviewChart(…) keeps the scale of scaleEvents when the events drawn are filtered', () => {
    const { svg } = chart({ scaleEvents: EVENTS }, [day('pact', '2024-06-18')]);
    expect(weeks(svg)).toHaveLength(27);
    expect(svg.querySelectorAll('.earlier-event')).toHaveLength(0);
    expect(svg.querySelector('.earlier-label')).not.toBeNull();
  });

  it.each([375, 1280])('overviewChart(…) at %i px has text of 11 px or more and no NaN in any attribute', (width) => {
    const { svg } = chart({ width, window: { start: new Date('2024-10-14'), end: new Date('2024-10-28') } });
    // No inline <style> (the page's security policy refuses it): the element adopts OVERVIEW_STYLE.
    expect(svg.querySelector('style')).toBeNull();
    const sizes = [...OVERVIEW_STYLE.matchAll(/font-size:\s*([\d.]+)px/g)];
    expect(sizes.length).toBeGreaterThan(0);
    for (const [, size] of sizes) expect(Number(size)).toBeGreaterThanOrEqual(11);
    for (const el of svg.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.value, `${el.localName} ${attr.name}`).not.toMatch(/NaN|undefined/);
    }
    expect(svg.getAttribute('width')).toBe(String(width));
  });
});
