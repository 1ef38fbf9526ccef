// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineSnapshot } from '../../../src/charts/timeline-snapshot.js';
import { indexDataset, type DatasetIndex } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';
import { figure, figureCss } from '../../../src/export/figure.js';
import { fileName, timelineFigure } from '../../../src/export/exports.js';

const curated = (): DatasetIndex => {
  const json: unknown = JSON.parse(readFileSync(resolve('data/events.json'), 'utf8'));
  const result = validateDataset(json);
  if (!result.ok) throw new Error('data/events.json does not validate');
  return indexDataset(result.dataset);
};

const WEEK = { start: new Date('2024-10-20T00:00:00Z'), end: new Date('2024-10-28T00:00:00Z') };

describe('timelineSnapshot(index, events, window, options)', () => {
  it('draws each event in the window once, in its lane, and nothing outside it', () => {
    const index = curated();
    const svg = timelineSnapshot(index, index.events, WEEK, { width: 1152, locale: 'en-GB', maxRows: 50 });
    const titles = [...svg.querySelectorAll('.event text')].map((t) => t.textContent);
    const inWindow = index.events.filter((event) => {
      const span = index.date.get(event.id);
      return span !== undefined && span.start < WEEK.end.getTime() && span.end >= WEEK.start.getTime();
    });
    expect(titles).toHaveLength(inWindow.length);
    expect(titles.length).toBeLessThan(index.events.length);
    expect(svg.querySelectorAll('.lane')).toHaveLength(new Set(inWindow.map((e) => index.laneOf.get(e.id))).size);
  });

  it('counts what does not fit in a lane instead of drawing it', () => {
    const index = curated();
    const all = timelineSnapshot(index, index.events, WEEK, { width: 1152, locale: 'en-GB', maxRows: 50 });
    const few = timelineSnapshot(index, index.events, WEEK, { width: 1152, locale: 'en-GB', maxRows: 2 });
    const drawn = few.querySelectorAll('.event').length;
    const counted = [...few.querySelectorAll('.more')]
      .map((t) => Number(/\d+/.exec(t.textContent)?.[0]))
      .reduce((a, b) => a + b, 0);
    expect(counted).toBeGreaterThan(0);
    expect(drawn + counted).toBe(all.querySelectorAll('.event').length);
  });

  it('writes the axis in the given language', () => {
    const index = curated();
    const svg = timelineSnapshot(index, index.events, WEEK, { width: 1152, locale: 'ko', maxRows: 2 });
    expect([...svg.querySelectorAll('.tick')].map((t) => t.textContent)).toContain('10월 22일');
  });

  it('says so when the window holds no event', () => {
    const index = curated();
    const empty = { start: new Date('2030-01-01T00:00:00Z'), end: new Date('2030-02-01T00:00:00Z') };
    const svg = timelineSnapshot(index, index.events, empty, { width: 800, locale: 'en-GB' });
    expect(svg.textContent).toContain('No event in this window.');
  });
});

describe('figure(body, text, css) and timelineFigure(context)', () => {
  it('frames the chart with its title, sources and date, and plain colours for every group', () => {
    const index = curated();
    const made = timelineFigure({
      index,
      events: index.events,
      window: WEEK,
      locale: 'en-GB',
      now: new Date('2026-01-02T00:00:00Z'),
    });
    expect(made.svg).toContain(`<title>${index.dataset.title}</title>`);
    expect(made.svg).toContain('Made with Sourced Timeline on 2 January 2026');
    expect(made.svg).toMatch(/Sources: [^<]*Kyiv Post/);
    for (const group of index.groups) expect(made.svg).toContain(`--st-group-${group.id}: #`);
    expect(made.width).toBe(1200);
    expect(made.svg).toContain(`height="${made.height}"`);
  });

  it('removes links, whose addresses are relative to the app', () => {
    const body = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    body.setAttribute('width', '100');
    body.setAttribute('height', '20');
    const link = document.createElementNS('http://www.w3.org/2000/svg', 'a');
    link.setAttribute('href', '?event=x');
    body.append(link);
    const made = figure(
      body,
      { title: 'T', subtitle: 'S', sources: 'Sources: none.', made: 'today' },
      figureCss(new Map(), ''),
    );
    expect(made.svg).not.toContain('?event=x');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('?event=x');
  });
});

describe('fileName(title, suffix, extension)', () => {
  it('makes a short, safe name from the title', () => {
    expect(fileName("North Korean troops in Russia's Kursk region, October 2024", 'timeline', 'svg')).toBe(
      'north-korean-troops-in-russia-s-kursk-region-october-2024-timeline.svg',
    );
    expect(fileName('Ελληνικά / 한국어', '', 'csv')).toBe('timeline.csv');
    expect(fileName('Café déjà vu', '', 'ics')).toBe('cafe-deja-vu.ics');
  });
});
