// Work written as a generator, run at once or in turns (validation, the first window).
import { describe, expect, it } from 'vitest';
import { runInTurns, runToEnd } from '../../../src/data/steps.js';

function* counting(log: string[]): Generator<void, number> {
  for (let i = 1; i <= 3; i++) {
    log.push(`step ${i}`);
    yield;
  }
  log.push('done');
  return 42;
}

describe('steps', () => {
  it('runToEnd runs every step at once and gives the result', () => {
    const log: string[] = [];
    expect(runToEnd(counting(log))).toBe(42);
    expect(log).toEqual(['step 1', 'step 2', 'step 3', 'done']);
  });

  it('runInTurns awaits the pause at each yield, none once done, and gives the result', async () => {
    const log: string[] = [];
    const result = await runInTurns(counting(log), () => {
      log.push('pause');
      return Promise.resolve();
    });
    expect(result).toBe(42);
    expect(log).toEqual(['step 1', 'pause', 'step 2', 'pause', 'step 3', 'pause', 'done']);
  });
});
