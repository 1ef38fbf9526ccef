// Runs child processes one at a time and passes an interruption on to them: SIGINT, SIGTERM or SIGHUP sent to this
// process goes to the running child and to every process under it (its whole tree, found with `ps`), so that
// stopping `npm test` or `npm run test:under-load` stops the test runners and browsers they started too. npm does
// not pass signals on (it runs scripts through `sh -c`), and a child started in a process group of its own
// (`detached`) is also a session of its own, away from the terminal: that is why this walks the tree instead.
import { execFileSync, spawn } from 'node:child_process';

/** @typedef {'SIGINT' | 'SIGTERM' | 'SIGHUP'} StopSignal */
/** @type {readonly StopSignal[]} */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Signal numbers, for the exit status a shell expects after one (128 + n). */
const NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * Every process under `pid` (children, their children...), deepest first, as `ps` lists them now.
 * @param {number} pid @returns {number[]}
 */
export function descendants(pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  let table = '';
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  for (const line of table.split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (child === undefined || parent === undefined || Number.isNaN(child) || Number.isNaN(parent)) continue;
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  /** @type {number[]} */
  const found = [];
  /** @param {number} at */
  const visit = (at) => {
    for (const child of children.get(at) ?? []) {
      visit(child);
      found.push(child);
    }
  };
  visit(pid);
  return found;
}

/**
 * Sends `signal` to `pid` and to every process under it; processes already gone are skipped.
 * @param {number} pid @param {NodeJS.Signals} signal
 */
export function signalTree(pid, signal) {
  for (const target of [...descendants(pid), pid]) {
    try {
      process.kill(target, signal);
    } catch {
      // Gone already.
    }
  }
}

/**
 * Runs commands one after the other, each as a child of this process; on SIGINT, SIGTERM or SIGHUP, signals the
 * running child's tree and reports `interrupted`, so the caller runs nothing more and exits with `exitCode()`.
 */
export class ChildSteps {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  #current;
  /** @type {StopSignal | undefined} */
  interrupted;
  /** @type {Map<StopSignal, () => void>} */
  #handlers = new Map();

  constructor() {
    for (const signal of STOP_SIGNALS) {
      const handler = () => this.interrupt(signal);
      this.#handlers.set(signal, handler);
      process.on(signal, handler);
    }
  }

  /** @param {StopSignal} signal */
  interrupt(signal) {
    this.interrupted ??= signal;
    const pid = this.#current?.pid;
    if (pid !== undefined && this.#current?.exitCode === null) signalTree(pid, signal);
  }

  /**
   * Runs `command` with `args` (its output on this process's), resolving to its exit status (1 when it was killed
   * by a signal or could not start). Resolves to 1 at once, without starting it, once interrupted.
   * @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} [options]
   * @returns {Promise<number>}
   */
  run(command, args, options = {}) {
    if (this.interrupted) return Promise.resolve(1);
    return new Promise((resolve) => {
      const child = spawn(command, args, { stdio: 'inherit', ...options });
      this.#current = child;
      child.on('error', (error) => {
        console.error(error.message);
        resolve(1);
      });
      child.on('exit', (status) => {
        this.#current = undefined;
        resolve(status ?? 1);
      });
    });
  }

  /** The exit status after an interruption (130 for SIGINT, 143 for SIGTERM), else `otherwise`. @param {number} otherwise */
  exitCode(otherwise) {
    return this.interrupted ? 128 + NUMBERS[this.interrupted] : otherwise;
  }

  /** Stops listening for the signals. */
  dispose() {
    for (const [signal, handler] of this.#handlers) process.off(signal, handler);
  }
}
