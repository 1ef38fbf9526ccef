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
  SINGLE_LANE,
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
    const item = toItem(index, index.event.get('alpha-says')!, 'groups');
    expect(item.type).toBe('point');
    expect(item.start.toISOString()).toBe('2024-10-22T12:00:00.000Z');
    expect(item.end).toBeUndefined();
    expect(item.dateStyle).toBe('exact');
  });

  it('draws an approximate month as a range over the whole month', () => {
    const index = miniIndex();
    const item = toItem(index, index.event.get('beta-denies')!, 'groups');
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
    const item = toItem(index, index.event.get('alpha-says')!, 'groups');
    expect([item.dateStyle, item.type]).toEqual([style, type]);
  });

  it('puts the event in the lane of its first actor, or in the single lane', () => {
    const index = miniIndex();
    expect(toItem(index, index.event.get('beta-denies')!, 'groups').lane).toBe('north-korea');
    expect(toItem(index, index.event.get('beta-denies')!, 'single').lane).toBe(SINGLE_LANE);
  });

  it('lets an event override its lane', () => {
    const index = miniIndex((d) => {
      d.groups = [...(d.groups as object[]), { id: 'south-korea', label: 'South Korea' }];
      d.events[1]!.group = 'south-korea';
    });
    expect(toItem(index, index.event.get('beta-denies')!, 'groups').lane).toBe('south-korea');
  });

  it('names the item with its title, date, status and number of articles', () => {
    const index = miniIndex();
    expect(toItem(index, index.event.get('alpha-says')!, 'groups').label).toBe(
      'Alpha forecasts arrival. 22 October 2024. Happened. 1 article.',
    );
    expect(toItem(index, index.event.get('beta-denies')!, 'groups').label).toContain('Denial');
  });

  it('says when the dataset gives no source, in the name and the classes', () => {
    const index = miniIndex((d) => {
      d.events[0]!.sources = [];
      d.events[0]!.unsourced = true;
    });
    const item = toItem(index, index.event.get('alpha-says')!, 'groups');
    expect(item.label).toBe('Alpha forecasts arrival. 22 October 2024. Happened. No source given.');
    expect(item.className).toContain(' st-unsourced');
    expect(item.unsourced).toBe(true);
  });

  it.each([
    ['../2024-10-18', 'st-start-open', '2024-10-11T00:00:00.000Z', '2024-10-19T00:00:00.000Z'],
    ['/2024-10-18', 'st-start-unknown', '2024-10-11T00:00:00.000Z', '2024-10-19T00:00:00.000Z'],
    ['2024-10-17/..', 'st-end-open', '2024-10-17T00:00:00.000Z', '2024-10-25T00:00:00.000Z'],
    ['2024-10-17/', 'st-end-unknown', '2024-10-17T00:00:00.000Z', '2024-10-25T00:00:00.000Z'],
  ])('draws %s as a range marked %s that runs a week past its known end', (date, mark, start, end) => {
    const index = miniIndex((d) => (d.events[0]!.date = date));
    const item = toItem(index, index.event.get('alpha-says')!, 'groups');
    expect(item.type).toBe('range');
    expect(item.className.split(' ')).toContain(mark);
    expect([item.start.toISOString(), item.end?.toISOString()]).toEqual([start, end]);
  });

  it('draws years before the common era where they fall', () => {
    const index = miniIndex((d) => (d.events[0]!.date = '-0489'));
    const item = toItem(index, index.event.get('alpha-says')!, 'groups');
    expect(item.start.getUTCFullYear()).toBe(-489);
    expect(item.dateText).toBe('490 BCE');
  });

  it('keeps data strings out of the class names', () => {
    const index = miniIndex((d) => (d.events[0]!.title = '"><img src=x onerror=alert(1)>'));
    const item = toItem(index, index.event.get('alpha-says')!, 'groups');
    expect(item.className).toBe('st-item st-date-exact st-status-happened st-group-ukraine');
  });
});

describe('toItems and toLanes', () => {
  it('lists items in chronological order', () => {
    const index = miniIndex();
    expect(toItems(index, 'groups').map((item) => item.id)).toEqual(['beta-denies', 'alpha-says']);
  });

  it("has a lane only for groups with events, in the dataset's order, and one unlabelled lane in single-lane mode", () => {
    expect(toLanes(miniIndex(), 'groups').map((lane) => lane.label)).toEqual(['Ukraine', 'North Korea']);
    const reordered = miniIndex((d) => {
      d.groups = [{ id: 'empty', label: 'No events' }, ...(d.groups as object[]).reverse()];
    });
    expect(toLanes(reordered, 'groups').map((lane) => lane.label)).toEqual(['North Korea', 'Ukraine']);
    expect(toLanes(miniIndex(), 'single')).toEqual([{ id: SINGLE_LANE, label: '', order: 0 }]);
  });

  it('has one lane, whatever is asked, for a dataset without groups; events in no group get an "Other" lane', () => {
    const plain = miniIndex((d) => {
      delete d.groups;
      for (const actor of d.actors as { group?: string }[]) delete actor.group;
    });
    expect(toLanes(plain, 'groups')).toEqual([{ id: SINGLE_LANE, label: '', order: 0 }]);
    expect(toItem(plain, plain.event.get('alpha-says')!, 'groups').lane).toBe(SINGLE_LANE);
    const partly = miniIndex((d) => delete (d.actors as { group?: string }[])[1]!.group);
    expect(toLanes(partly, 'groups').map((lane) => lane.label)).toEqual(['Ukraine', 'Other']);
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

  it('starts on the initial window, else on the densest period at the zoom that shows the most titles', () => {
    const index = withWindows();
    expect(initialWindow(index)?.start.toISOString()).toBe('2024-10-01T00:00:00.000Z');
    const plain = miniIndex();
    const items = toItems(plain, 'groups');
    const first = initialWindow(plain)!;
    // The fixture's few events all fit in the first window tried that holds them: every one is in it.
    expect(items.every((item) => inWindow(item, first))).toBe(true);
    expect(initialWindow(plain)).toBe(first);
  });

  it('fits every item with a margin', () => {
    const items = toItems(miniIndex(), 'groups');
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
