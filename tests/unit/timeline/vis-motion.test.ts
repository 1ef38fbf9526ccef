import { afterEach, describe, expect, it, vi } from 'vitest';
import { windowMoves, type Movable } from '../../../src/timeline/vis-motion.js';

const DAY = 86_400_000;

/** A timeline's window and what was asked of it. */
function fakeTimeline(start: number, end: number) {
  const calls: string[] = [];
  let window = { start: new Date(start), end: new Date(end) };
  const timeline: Movable = {
    getWindow: () => window,
    setWindow: (from, to, options) => {
      window = { start: from, end: to };
      calls.push(`set animation=${String(options?.animation)}`);
    },
    zoomIn: (fraction, options) => void calls.push(`in ${fraction} animation=${String(options?.animation)}`),
    zoomOut: (fraction, options) => void calls.push(`out ${fraction} animation=${String(options?.animation)}`),
  };
  return { timeline, calls, window: () => window };
}

const motion = (reduce: boolean) => vi.stubGlobal('window', { matchMedia: () => ({ matches: reduce }) });

afterEach(() => void vi.unstubAllGlobals());

describe('windowMoves', () => {
  it('pans by a fraction of the window, keeping its width, and animates unless motion is reduced', () => {
    motion(false);
    const fake = fakeTimeline(10 * DAY, 20 * DAY);
    windowMoves(fake.timeline).pan(-0.3);
    expect(fake.window().start.getTime()).toBe(7 * DAY);
    expect(fake.window().end.getTime()).toBe(17 * DAY);
    expect(fake.calls).toEqual(['set animation=true']);
    motion(true);
    windowMoves(fake.timeline).pan(0.5);
    expect(fake.window().start.getTime()).toBe(12 * DAY);
    expect(fake.calls.at(-1)).toBe('set animation=false');
  });

  it('centres on a time at the same width, at once', () => {
    motion(false);
    const fake = fakeTimeline(0, 4 * DAY);
    windowMoves(fake.timeline).centreOn(10 * DAY);
    expect([fake.window().start.getTime(), fake.window().end.getTime()]).toEqual([8 * DAY, 12 * DAY]);
    expect(fake.calls).toEqual(['set animation=false']);
  });

  it('zooms in for a positive fraction and out for a negative one', () => {
    motion(true);
    const fake = fakeTimeline(0, DAY);
    const moves = windowMoves(fake.timeline);
    moves.zoom(0.5);
    moves.zoom(-1);
    expect(fake.calls).toEqual(['in 0.5 animation=false', 'out 1 animation=false']);
  });

  it('does nothing before there is a timeline', () => {
    motion(false);
    const moves = windowMoves(undefined);
    expect(() => {
      moves.show({ start: new Date(0), end: new Date(DAY) });
      moves.zoom(0.5);
      moves.pan(0.3);
      moves.centreOn(0);
    }).not.toThrow();
  });
});
