// Debounce (the filter bar's typing, the embed dialog's preview): one call once things rest, none after the host
// leaves the page. On a fake clock, so a busy machine cannot stretch the wait.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debounce } from '../../../src/components/debounce.js';

function host() {
  const controllers: ReactiveController[] = [];
  const stub = { addController: (c: ReactiveController) => controllers.push(c) } as unknown as ReactiveControllerHost;
  return { stub, disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

describe('Debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls the last scheduled function once, `ms` after the last schedule', () => {
    const { stub } = host();
    const debounce = new Debounce(stub, 200);
    const calls: string[] = [];
    debounce.schedule(() => calls.push('first'));
    vi.advanceTimersByTime(150);
    debounce.schedule(() => calls.push('second'));
    vi.advanceTimersByTime(199);
    expect(calls).toEqual([]);
    expect(debounce.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['second']);
    expect(debounce.pending).toBe(false);
  });

  it('drops the call waiting on cancel and when the host leaves the page', () => {
    const { stub, disconnect } = host();
    const debounce = new Debounce(stub, 200);
    const run = vi.fn();
    debounce.schedule(run);
    debounce.cancel();
    expect(debounce.pending).toBe(false);
    debounce.schedule(run);
    disconnect();
    expect(debounce.pending).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
