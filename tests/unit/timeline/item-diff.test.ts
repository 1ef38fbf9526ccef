import { describe, expect, it } from 'vitest';
import type { VisItem } from '../../../src/timeline/drawn-items.js';
import { diffItems } from '../../../src/timeline/item-diff.js';
import { whollyInside } from '../../../src/timeline/windowing.js';

const item = (id: string, patch: Partial<VisItem> = {}): VisItem => ({
  id,
  group: 'g',
  subgroup: 'g:0',
  row: 0,
  start: new Date(Date.UTC(2024, 9, 22)),
  type: 'point',
  className: '',
  content: '',
  width: 120,
  ...patch,
});
const byId = (items: VisItem[]) => new Map(items.map((i) => [i.id, i]));
const ids = (items: VisItem[]) => items.map((i) => i.id);

describe('diffItems', () => {
  it('changes nothing when the next items are the same (new Date objects for the same moments)', () => {
    const held = [item('a'), item('b', { end: new Date(Date.UTC(2024, 9, 25)), type: 'range' })];
    const next = held.map((i) => ({
      ...i,
      start: new Date(i.start.getTime()),
      ...(i.end ? { end: new Date(i.end.getTime()) } : {}),
    }));
    expect(diffItems(held, byId(next))).toEqual({ remove: [], update: [], add: [] });
  });

  it('updates an item whose label flipped to the left of its dot, or back (its classes changed)', () => {
    const held = [
      item('flipped'),
      item('back', { className: 'st-item st-flip' }),
      item('same', { className: 'st-item' }),
    ];
    const next = [item('flipped', { className: 'st-flip' }), item('back', { className: 'st-item' }), held[2]!];
    expect(ids(diffItems(held, byId(next)).update)).toEqual(['flipped', 'back']);
  });

  it('removes what is gone, adds what is new, updates what moved in time or changed width', () => {
    const held = [item('gone'), item('later'), item('wider'), item('same')];
    const next = [
      item('later', { start: new Date(Date.UTC(2024, 9, 23)) }),
      item('wider', { width: 200 }),
      item('same'),
      item('new'),
    ];
    const diff = diffItems(held, byId(next));
    expect(diff.remove).toEqual(['gone']);
    expect(ids(diff.update)).toEqual(['later', 'wider']);
    expect(ids(diff.add)).toEqual(['new']);
  });

  it('removes and adds again an item moved to another row (an update would leave the rows in a stale order)', () => {
    const diff = diffItems([item('a'), item('b')], byId([item('a', { subgroup: 'g:1', row: 1 }), item('b')]));
    expect(diff).toEqual({ remove: ['a'], update: [], add: [item('a', { subgroup: 'g:1', row: 1 })] });
  });

  it('an end that appears or goes is a change', () => {
    const end = new Date(Date.UTC(2024, 9, 30));
    expect(ids(diffItems([item('a')], byId([item('a', { end })])).update)).toEqual(['a']);
    expect(ids(diffItems([item('a', { end })], byId([item('a')])).update)).toEqual(['a']);
  });
});

describe('whollyInside', () => {
  const view = { top: 100, bottom: 400, left: 0, right: 800 };
  it('is true inside, with a pixel of slack across but none down the lanes', () => {
    expect(whollyInside({ top: 100, bottom: 400, left: -0.5, right: 800.5 }, view)).toBe(true);
    expect(whollyInside({ top: 99, bottom: 200, left: 10, right: 100 }, view)).toBe(false);
    expect(whollyInside({ top: 300, bottom: 401, left: 10, right: 100 }, view)).toBe(false);
    expect(whollyInside({ top: 200, bottom: 220, left: 750, right: 802 }, view)).toBe(false);
    expect(whollyInside({ top: 200, bottom: 220, left: -2, right: 40 }, view)).toBe(false);
  });
});
