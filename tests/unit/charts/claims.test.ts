// @vitest-environment happy-dom
import { claimId } from '../../support/dom.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as claims from '../../../src/charts/claims.js';
import {
  CLAIMS_STYLE,
  CLAIMS_TYPE,
  claimsChart,
  disagreementList,
  groupClaims,
  selectClaim,
  shortName,
  type ClaimEntry,
  type ClaimsOptions,
} from '../../../src/charts/claims.js';
import { textWidth } from '../../../src/charts/text.js';
import { indexDataset, type DatasetIndex } from '../../../src/data/dataset-index.js';
import type { Claim } from '../../../src/data/types.js';
import { validateDataset } from '../../../src/data/validate.js';
import { HOSTILE, article, buildIndex, timelineEvent } from '../../support/build-index.js';

const TEXT =
  'Zelensky spoke of about 10,000 soldiers. Budanov counted 11,000 infantry and at least 500 officers. ' +
  'The NIS said 12,000 troops, and again 12,000 troops. HUR estimated about 12,000 and 500 officers, ' +
  'and up to 3,000 in the battalion. The military saw more than 20,000 containers.';

const claim = (id: string, fields: Partial<Claim>): Claim => ({
  id,
  measure: 'troops',
  counts: 'North Korean soldiers sent to Russia',
  value: 0,
  qualifier: 'exact',
  unit: 'soldiers',
  claimant: 'zelensky',
  event: 'zel',
  source: { article: 'a1', quote: 'Zelensky spoke of about 10,000 soldiers.' },
  ...fields,
});

const built = buildIndex({
  articles: [article('a1')],
  texts: { a1: TEXT },
  actors: [
    { id: 'zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Zelensky'], group: 'ukraine' },
    { id: 'budanov', name: 'Kyrylo Budanov', aliases: ['Budanov'], group: 'ukraine' },
    { id: 'nis', name: 'National Intelligence Service (NIS)', aliases: ['NIS'], group: 'south-korea' },
    { id: 'hur', name: 'Main Directorate of Intelligence (HUR)', aliases: ['HUR', 'GUR'], group: 'ukraine' },
    { id: 'military', name: 'South Korean military', aliases: [], group: 'south-korea' },
  ],
  events: [
    timelineEvent('zel', {
      date: '2024-10-17',
      actors: ['zelensky'],
      sources: [{ article: 'a1', quote: 'Zelensky spoke' }],
    }),
    timelineEvent('bud', {
      date: '2024-10-17',
      actors: ['budanov'],
      sources: [{ article: 'a1', quote: 'Budanov counted' }],
    }),
    timelineEvent('nis', { date: '2024-10-18', actors: ['nis'], sources: [{ article: 'a1', quote: 'The NIS said' }] }),
    timelineEvent('hur', { date: '2024-10~', actors: ['hur'], sources: [{ article: 'a1', quote: 'HUR estimated' }] }),
    timelineEvent('sk', {
      date: '2024-10-23',
      actors: ['military'],
      sources: [{ article: 'a1', quote: 'The military saw' }],
    }),
    timelineEvent('none', {
      date: '2024-10-25',
      actors: ['zelensky'],
      sources: [{ article: 'a1', quote: 'Zelensky spoke' }],
    }),
  ],
  claims: [
    claim('hur-12000', { value: 12000, qualifier: 'about', claimant: 'hur', event: 'hur' }),
    claim('zel-10000', { value: 10000, qualifier: 'about' }),
    claim('nis-12000-a', { value: 12000, claimant: 'nis', event: 'nis' }),
    claim('bud-11000', { value: 11000, claimant: 'budanov', event: 'bud', counts: 'Infantry training in Russia' }),
    claim('nis-12000-b', { value: 12000, claimant: 'nis', event: 'nis' }),
    claim('bud-500', {
      measure: 'officers',
      counts: 'Officers',
      unit: 'officers',
      value: 500,
      qualifier: 'at-least',
      claimant: 'budanov',
      event: 'bud',
    }),
    claim('hur-500', {
      measure: 'officers',
      counts: 'Officers',
      unit: 'officers',
      value: 500,
      claimant: 'hur',
      event: 'hur',
    }),
    claim('hur-3000', {
      measure: 'battalion',
      counts: 'Troops in the battalion',
      value: 3000,
      qualifier: 'up-to',
      claimant: 'hur',
      event: 'hur',
    }),
    claim('sk-20000', {
      measure: 'containers',
      counts: 'Containers in transit',
      unit: 'containers',
      value: 20000,
      qualifier: 'more-than',
      claimant: 'military',
      event: 'sk',
    }),
  ],
});
const index: DatasetIndex = indexDataset(
  {
    ...built.dataset,
    disagreements: [
      {
        id: 'numbers',
        topic: 'How many troops',
        description: 'They differ.',
        events: ['nis', 'zel', 'hur'],
        claims: [],
      },
      { id: 'boxes', topic: 'What is in the boxes', description: 'Unclear.', events: ['sk', 'none'], claims: [] },
    ],
  },
  built.texts,
);

/** The curated dataset, validated with its article texts. */
function realIndex(): DatasetIndex {
  // Under happy-dom, import.meta.url is not a file: URL; vitest runs from the project root.
  const json: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8'));
  const first = validateDataset(json);
  if (!first.ok) throw new Error('data/events.json is invalid');
  return indexDataset(first.dataset);
}

const draw = (options: Partial<ClaimsOptions> = {}, data = index) =>
  claimsChart(groupClaims(data), { width: 640, ...options });
/** The chart's markup, to compare two drawings. */
const markup = (svg: SVGSVGElement) => new XMLSerializer().serializeToString(svg);
const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGAElement>('a.claim')];
const mark = (svg: SVGSVGElement, id: string) =>
  marks(svg).find((a) => claimId(a) === id) ?? expect.fail(`no mark for ${id}`);
const num = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));
const label = (a: Element) => [...a.querySelectorAll('.label > tspan')].map((t) => t.textContent).join(' / ');
/** Box of a mark with its label: the hit rectangle. */
const box = (a: Element) => {
  const hit = a.querySelector('.hit');
  return {
    x0: num(hit, 'x'),
    y0: num(hit, 'y'),
    x1: num(hit, 'x') + num(hit, 'width'),
    y1: num(hit, 'y') + num(hit, 'height'),
  };
};
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function expectNoOverlap(svg: SVGSVGElement) {
  const all = marks(svg);
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) {
      expect(overlap(box(a), box(b)), `${claimId(a)} and ${claimId(b)} overlap`).toBe(false);
    }
  }
}

describe('claims', () => {
  it('exports the chart, its data and selectClaim', () => {
    expect(Object.keys(claims).sort()).toEqual([
      'CLAIMS_STYLE',
      'CLAIMS_TYPE',
      'claimsChart',
      'disagreementList',
      'groupClaims',
      'selectClaim',
      'shortName',
    ]);
  });

  it('groupClaims(…) groups claims by measure, larger groups first, then by value and date', () => {
    const groups = groupClaims(index);
    expect(groups.map((g) => [g.measure, g.claims.length])).toEqual([
      ['troops', 5],
      ['officers', 2],
      ['battalion', 1],
      ['containers', 1],
    ]);
    expect(groups[0]!.claims.map((c) => c.claim.id)).toEqual([
      'zel-10000',
      'bud-11000',
      'hur-12000',
      'nis-12000-a',
      'nis-12000-b',
    ]);
    expect(groups[0]!.title).toBe('Infantry training in Russia');
    expect(groups[0]!.unit).toBe('soldiers');
  });

  it('groupClaims(…) keeps only the claims of the given events', () => {
    const groups = groupClaims(index, new Set(['nis', 'sk']));
    expect(groups.flatMap((g) => g.claims.map((c) => c.claim.id))).toEqual(['nis-12000-a', 'nis-12000-b', 'sk-20000']);
    expect(groupClaims(index, new Set(['none']))).toEqual([]);
  });

  it('groupClaims(…) resolves claimant names and event dates, and drops the year when all share one', () => {
    const entries = new Map(groupClaims(index).flatMap((g) => g.claims.map((c) => [c.claim.id, c] as const)));
    expect(entries.get('nis-12000-a')).toMatchObject({
      claimant: 'National Intelligence Service (NIS)',
      claimantShort: 'NIS',
      group: 'south-korea',
      dateText: '18 Oct 2024',
      shortDateText: '18 Oct',
      valueText: '12,000',
    });
    expect(entries.get('hur-12000')).toMatchObject({ dateText: 'about Oct 2024', valueText: 'about 12,000' });
    expect(entries.get('sk-20000')?.valueText).toBe('more than 20,000');
  });

  it('shortName(…) is the shortest alias the name itself contains, else the name', () => {
    expect(shortName({ name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Volodymyr Zelenskyy', 'Zelensky'] })).toBe(
      'Zelensky',
    );
    expect(
      shortName({ name: 'National Intelligence Service (NIS)', aliases: ['NIS', 'South Korean intelligence'] }),
    ).toBe('NIS');
    expect(shortName({ name: 'Defense Intelligence Headquarters', aliases: ['South Korean DIH'] })).toBe(
      'Defense Intelligence Headquarters',
    );
    expect(shortName({ name: 'Kim Jong Un', aliases: ['Kim'] })).toBe('Kim');
  });

  it('disagreementList(…) lists the disagreements of the given events, with their events in date order', () => {
    const all = disagreementList(index);
    expect(all.map((d) => d.topic)).toEqual(['How many troops', 'What is in the boxes']);
    expect(all[0]!.events.map((e) => [e.id, e.dateText])).toEqual([
      ['hur', 'about Oct 2024'],
      ['zel', '17 Oct 2024'],
      ['nis', '18 Oct 2024'],
    ]);
    expect(disagreementList(index, new Set(['none'])).map((d) => d.id)).toEqual(['boxes']);
  });

  it('claimsChart(…) draws one row per group, titled, in order', () => {
    const svg = draw();
    const rows = [...svg.querySelectorAll('.row')];
    expect(
      rows.map((r) => (r as Element & { __data__: { group: { measure: string } } }).__data__.group.measure),
    ).toEqual(['troops', 'officers', 'battalion', 'containers']);
    expect(rows[0]!.getAttribute('aria-label')).toBe('Infantry training in Russia: 5 claims');
    expect(rows[2]!.querySelector('.row-title')?.textContent).toBe('Troops in the battalion');
    // Rows stack down the page.
    const tops = rows.map((r) => num(r.querySelector('.row-title'), 'y'));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('claimsChart(…) draws one mark per claim, named with value, claimant and date', () => {
    const svg = draw();
    expect(marks(svg)).toHaveLength(9);
    const nis = mark(svg, 'nis-12000-a');
    // Named by its visible label, described in full.
    expect(nis.hasAttribute('aria-label')).toBe(false);
    expect(nis.querySelector('.label')?.textContent).toBe('12,000 · NIS · 18 Oct');
    expect(nis.querySelector('.label')?.hasAttribute('aria-hidden')).toBe(false);
    expect(nis.querySelector('desc')?.textContent).toBe(
      '12,000 soldiers, claimed by National Intelligence Service (NIS), 18 Oct 2024: North Korean soldiers sent to Russia',
    );
    expect(nis.getAttribute('href')).toBe('?event=nis');
    expect(label(mark(svg, 'zel-10000'))).toBe('about 10,000 · Zelensky · 17 Oct');
    expect(nis.querySelector('.value')?.textContent).toBe('12,000');
  });

  it('claimsChart(…) labels with labelFor when given', () => {
    const svg = draw({ labelFor: (e: ClaimEntry) => `${e.claimant}: ${e.valueText}` });
    expect(label(mark(svg, 'bud-11000'))).toBe('Kyrylo Budanov: 11,000');
  });

  it('claimsChart(…) shows each qualifier honestly', () => {
    const svg = draw();
    const shape = (id: string) => mark(svg, id).querySelector('.mark')!;
    expect(shape('nis-12000-a').getAttribute('class')).toBe('mark exact');
    expect(shape('nis-12000-a').querySelectorAll('circle')).toHaveLength(1);
    // about: a dot in a dashed ring.
    expect(shape('zel-10000').querySelector('circle[stroke-dasharray]')).not.toBeNull();
    // at least: a filled dot and an arrow to the right; more than: an open dot and the arrow.
    for (const [id, fill] of [
      ['bud-500', 'currentColor'],
      ['sk-20000', 'var(--st-bg)'],
    ] as const) {
      expect(shape(id).querySelector('circle')?.getAttribute('fill')).toBe(fill);
      expect(shape(id).querySelector('path')?.getAttribute('d')).toMatch(/^M\d+,-5L\d+,0L\d+,5Z$/);
    }
    // up to: a bar from zero to the value.
    const upTo = shape('hur-3000');
    const row = upTo.closest('.row')!;
    const axisStart = num(row.querySelector('.axis'), 'x1');
    const at = Number(/translate\(([\d.]+),/.exec(upTo.getAttribute('transform') ?? '')?.[1]);
    const range = upTo.querySelector('.range')!;
    expect(at + num(range, 'x')).toBeCloseTo(axisStart);
    expect(num(range, 'width')).toBeCloseTo(at - axisStart);
  });

  it('claimsChart(…) puts each row on its own scale from zero', () => {
    const svg = draw();
    for (const row of svg.querySelectorAll('.row')) {
      const ticks = [...row.querySelectorAll('.tick-label')].map((t) => t.textContent);
      expect(ticks[0]).toBe('0');
    }
    const x = (id: string) =>
      Number(/translate\(([\d.]+),/.exec(mark(svg, id).querySelector('.mark')?.getAttribute('transform') ?? '')?.[1]);
    const zero = num(svg.querySelector('.row .axis'), 'x1');
    // 10,000 is five sixths of 12,000 from zero.
    expect((x('zel-10000') - zero) / (x('nis-12000-a') - zero)).toBeCloseTo(10 / 12);
    expect(x('nis-12000-a')).toBeCloseTo(x('hur-12000'));
  });

  it('claimsChart(…) stacks colliding labels, in order of value, so that none overlap', () => {
    const svg = draw();
    expectNoOverlap(svg);
    const ids = ['zel-10000', 'bud-11000', 'hur-12000', 'nis-12000-a', 'nis-12000-b'];
    const ys = ids.map((id) => box(mark(svg, id)).y0);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(5);
    // The two 12,000s from the NIS: one above the other, at least a label line apart.
    expect(ys[4]! - ys[3]!).toBeGreaterThanOrEqual(17);
  });

  it('claimsChart(…) lets labels that do not collide share a lane', () => {
    const wide = claimsChart(
      groupClaims(
        indexDataset({
          ...index.dataset,
          claims: [claim('small', { value: 100 }), claim('large', { value: 12000, claimant: 'nis', event: 'nis' })],
        }),
      ),
      { width: 900 },
    );
    expect(box(mark(wide, 'small')).y0).toBe(box(mark(wide, 'large')).y0);
  });

  it('claimsChart(…) at 375 px keeps every label and title inside the width, with no font under 11 px', () => {
    const svg = claimsChart(groupClaims(realIndex()), { width: 375 });
    expect(marks(svg)).toHaveLength(21);
    expectNoOverlap(svg);
    for (const a of marks(svg)) {
      const b = box(a);
      expect(b.x0, claimId(a)).toBeGreaterThanOrEqual(0);
      expect(b.x1, claimId(a)).toBeLessThanOrEqual(375);
    }
    // Long labels wrap after the value: "more than 9,400,000 / South Korean military · 23 Oct".
    expect(label(mark(svg, 'sk-military-9-4m-shells'))).toBe('more than 9,400,000 / South Korean military · 23 Oct');
    // No inline <style> (the page's security policy refuses it): st-claims-view adopts CLAIMS_STYLE.
    expect(svg.querySelector('style')).toBeNull();
    const sizes = [...CLAIMS_STYLE.matchAll(/font-size:\s*([\d.]+)px/g)];
    expect(sizes.map(([, size]) => Number(size))).toEqual([15, 13, 12]);
    for (const [, size] of sizes) expect(Number(size)).toBeGreaterThanOrEqual(11);
    const titles = [...svg.querySelectorAll('.row-title')];
    expect(titles.length).toBeGreaterThan(12);
    for (const t of titles)
      expect(textWidth(t.textContent, CLAIMS_TYPE.title, true), t.textContent).toBeLessThanOrEqual(375);
  });

  it.each([375, 1280])('claimsChart(…) at %i px leaves no NaN in any attribute', (width) => {
    const svg = claimsChart(groupClaims(realIndex()), { width });
    for (const el of svg.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.value, `${el.localName} ${attr.name}`).not.toMatch(/NaN|undefined/);
    }
    expect(num(svg, 'height')).toBeGreaterThan(0);
  });

  it('claimsChart(…) calls onSelect on click, Enter and Space, and leaves modified clicks to the browser', () => {
    const seen: string[] = [];
    const svg = draw({ onSelect: (e) => seen.push(e.claim.id) });
    const a = mark(svg, 'bud-11000');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    a.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    for (const key of ['Enter', ' ', 'a'])
      a.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const modified = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    a.dispatchEvent(modified);
    expect(modified.defaultPrevented).toBe(false);
    expect(seen).toEqual(['bud-11000', 'bud-11000', 'bud-11000']);
  });

  it('claimsChart(…, into) updates a chart in place: same marks kept, gone ones removed, as a fresh drawing', () => {
    const groups = groupClaims(index);
    const svg = claimsChart(groups, { width: 640 });
    const before = new Map(marks(svg).map((a) => [claimId(a), a]));
    // Narrower: the same elements, laid out again, exactly as a chart drawn at that width from scratch.
    const narrow = claimsChart(groups, { width: 375 }, svg);
    expect(narrow).toBe(svg);
    for (const a of marks(svg)) expect(a, claimId(a)).toBe(before.get(claimId(a)));
    expect(markup(svg)).toBe(markup(claimsChart(groups, { width: 375 })));
    // Fewer claims: the others go, in order, and the drawing is again a fresh one's.
    const fewer = groups.map((g) => ({ ...g, claims: g.claims.slice(0, 1) }));
    claimsChart(fewer, { width: 375 }, svg);
    expect(marks(svg).map((a) => claimId(a))).toEqual(fewer.map((g) => g.claims[0]?.claim.id));
    expect(markup(svg)).toBe(markup(claimsChart(fewer, { width: 375 })));
    // Back to all of them at the first width.
    claimsChart(groups, { width: 640 }, svg);
    expect(markup(svg)).toBe(markup(claimsChart(groups, { width: 640 })));
  });

  it('claimsChart(…, into) drops onSelect when a redraw has none', () => {
    const seen: string[] = [];
    const svg = draw({ onSelect: (e) => seen.push(e.claim.id) });
    claimsChart(groupClaims(index), { width: 640 }, svg);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    mark(svg, 'bud-11000').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(seen).toEqual([]);
  });

  it('selectClaim(…) marks one claim as current', () => {
    const svg = draw({ selected: 'zel-10000' });
    expect(
      marks(svg)
        .filter((a) => a.getAttribute('aria-current') === 'true')
        .map((a) => claimId(a)),
    ).toEqual(['zel-10000']);
    selectClaim(svg, 'hur-500');
    expect(svg.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(mark(svg, 'hur-500').getAttribute('aria-current')).toBe('true');
    selectClaim(svg, undefined);
    expect(svg.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  it('claimsChart(…) draws data strings as text, never as markup', () => {
    const hostile = indexDataset({
      ...index.dataset,
      claims: [claim('x', { counts: HOSTILE, value: 5 })],
      actors: index.dataset.actors.map((a) => (a.id === 'zelensky' ? { ...a, name: HOSTILE, aliases: [] } : a)),
    });
    const svg = claimsChart(groupClaims(hostile), { width: 640 });
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('.row-title')?.textContent).toContain('<img');
    expect(label(mark(svg, 'x'))).toContain(HOSTILE.slice(0, 10));
  });
});
