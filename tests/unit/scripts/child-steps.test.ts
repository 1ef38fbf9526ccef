import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { descendants } from '../../../scripts/child-steps.js';

/** Whether a process is still there (signal 0 only asks). A zombie is reaped by its parent soon after. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Generous bounds for conditions awaited on a busy two-core machine; nothing here waits a fixed time. */
const WAIT = { timeout: 20_000, interval: 50 };

describe('ChildSteps (what npm test and test:under-load run their steps with)', () => {
  it('on SIGTERM stops the running step’s whole tree (a grandchild its step would leave behind), runs nothing more and exits 143', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'child-steps-')), 'pids');
    const runner = spawn(process.execPath, ['tests/fixtures/signals/runner.js', file], { stdio: 'inherit' });
    const exited = new Promise<number | null>((resolve) => runner.on('exit', (code) => resolve(code)));
    const pids = (): Partial<Record<string, number>> =>
      Object.fromEntries(
        [...readFileSync(file, 'utf8').matchAll(/(\w+) (\d+)/g)].map((m): [string, number] => [
          m[1] ?? '',
          Number(m[2]),
        ]),
      );
    await vi.waitFor(() => expect(existsSync(file) && pids()['grandchild']).toBeTruthy(), WAIT);
    const { child = 0, grandchild = 0 } = pids();
    expect(descendants(runner.pid ?? 0)).toEqual(expect.arrayContaining([child, grandchild]));

    runner.kill('SIGTERM');

    expect(await exited).toBe(143);
    await vi.waitFor(() => expect([alive(child), alive(grandchild)]).toEqual([false, false]), WAIT);
    expect(readFileSync(file, 'utf8')).not.toContain('second step ran');
  });
});
