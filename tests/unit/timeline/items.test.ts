import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';
import {
  fullWindow,
  initialWindow,
  windowPresets,
  inWindow,
  panWindow,
  toItem,
  toItems,
  toLanes,
} from '../../../src/timeline/items.js';
import { fixtureJson } from '../../support/fixtures.js';

function miniIndex(change: (data: ReturnType<typeof fixtureJson>) => void = () => undefined) {
  const data = fixtureJson();
  change(data);
  const result = validateDataset(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.dataset);
}

describe('toItem', () => {
  it('draws an exact day as a point at midday, with no end', () => {
    const index = miniIndex();
    const item = toItem(index, index.event.get('alpha-says')!, 'party');
    expect(item.type).toBe('point');
    expect(item.start.toISOString()).toBe('2024-10-22T12:00:00.000Z');
    expect(item.end).toBeUndefined();
    expect(item.dateStyle).toBe('exact');
  });

  it('draws an approximate month as a range over the whole month', () => {
    const index = miniIndex();
    const item = toItem(index, index.event.get('beta-denies')!, 'party');
    expect(item.type).toBe('range');
    expect(item.start.toISOString()).toBe('2024-10-01T00:00:00.000Z');
    expect(item.end?.toISOString()).toBe('2024-11-01T00:00:00.000Z');
    expect(item.className).toContain('st-date-approximate');
  });

  it.each([
    ['2024-10-22?', 'uncertain', 'range'],
    ['2024-10-27/2024-10-28', 'range', 'range'],
    ['2024-10-22', 'exact', 'point'],
  ])('draws %s with the %s style as a %s', (date, style, type) => {
    const index = miniIndex((d) => (d.events[0]!.date = date));
    const item = toItem(index, index.event.get('alpha-says')!, 'party');
    expect([item.dateStyle, item.type]).toEqual([style, type]);
  });

  it('puts the event in the lane of its first actor, or in the single lane', () => {
    const index = miniIndex();
    expect(toItem(index, index.event.get('beta-denies')!, 'party').lane).toBe('north-korea');
    expect(toItem(index, index.event.get('beta-denies')!, 'single').lane).toBe('all');
  });

  it('lets an event override its lane', () => {
    const index = miniIndex((d) => (d.events[1]!.party = 'south-korea'));
    expect(toItem(index, index.event.get('beta-denies')!, 'party').lane).toBe('south-korea');
  });

  it('names the item with its title, date, status and number of articles', () => {
    const index = miniIndex();
    expect(toItem(index, index.event.get('alpha-says')!, 'party').label).toBe(
      'Alpha forecasts arrival. 22 October 2024. Happened. 1 article.',
    );
    expect(toItem(index, index.event.get('beta-denies')!, 'party').label).toContain('Denial');
  });

  it('keeps data strings out of the class names', () => {
    const index = miniIndex((d) => (d.events[0]!.title = '"><img src=x onerror=alert(1)>'));
    const item = toItem(index, index.event.get('alpha-says')!, 'party');
    expect(item.className).toBe('st-item st-date-exact st-status-happened st-party-ukraine');
  });
});

describe('toItems and toLanes', () => {
  it('lists items in chronological order', () => {
    const index = miniIndex();
    expect(toItems(index, 'party').map((item) => item.id)).toEqual(['beta-denies', 'alpha-says']);
  });

  it('has a lane only for parties with events, in a fixed order, and one unlabelled lane in single-lane mode', () => {
    expect(toLanes(miniIndex(), 'party').map((lane) => lane.label)).toEqual(['Ukraine', 'North Korea']);
    expect(toLanes(miniIndex(), 'single')).toEqual([{ id: 'all', label: '', order: 0 }]);
  });
});

describe('windows', () => {
  const withWindows = () =>
    miniIndex((d) => {
      d.windows = [
        { id: 'week', label: 'Week', date: '2024-10-20/2024-10-26' },
        { id: 'oct', label: 'October', date: '2024-10', initial: true, event: 'alpha-says' },
      ];
    });

  it('reads the dataset’s windows, each ending after its last day', () => {
    const presets = windowPresets(withWindows());
    expect(presets.map((p) => [p.id, p.window.start.toISOString(), p.window.end.toISOString(), p.initial])).toEqual([
      ['week', '2024-10-20T00:00:00.000Z', '2024-10-27T00:00:00.000Z', false],
      ['oct', '2024-10-01T00:00:00.000Z', '2024-11-01T00:00:00.000Z', true],
    ]);
    expect(presets[1]!.event).toBe('alpha-says');
  });

  it('starts on the initial window, else on all events', () => {
    const index = withWindows();
    expect(initialWindow(index)?.start.toISOString()).toBe('2024-10-01T00:00:00.000Z');
    const plain = miniIndex();
    const items = toItems(plain, 'party');
    expect(initialWindow(plain)).toEqual(fullWindow(items));
  });

  it('fits every item with a margin', () => {
    const items = toItems(miniIndex(), 'party');
    const window = fullWindow(items)!;
    expect(items.every((item) => inWindow(item, window))).toBe(true);
    expect(window.start.getTime()).toBeLessThan(Date.UTC(2024, 9, 1));
    expect(fullWindow([])).toBeUndefined();
  });

  it('pans by a fraction of the window', () => {
    const window = { start: new Date(Date.UTC(2024, 9, 1)), end: new Date(Date.UTC(2024, 9, 11)) };
    const later = panWindow(window, 0.5);
    expect(later.start.toISOString()).toBe('2024-10-06T00:00:00.000Z');
    expect(later.end.toISOString()).toBe('2024-10-16T00:00:00.000Z');
  });
});
