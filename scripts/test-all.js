// `npm test`: every check in one go (type-check, lint, format, data, unit, build, browser).
// Runs them all even when one fails, so one run shows every problem, then prints
// `N passed, N failed`, counting each check as one and each unit or browser test as one.
// Interrupted (Ctrl-C, SIGTERM), it stops the running step's whole process tree, runs nothing more, writes the
// summary so far with `interrupted` and exits 130 or 143 (scripts/child-steps.js).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChrome, noChromeMessage } from './chrome-path.js';
import { ChildSteps } from './child-steps.js';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const env = { ...process.env, TZ: 'UTC', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
/** @param {string} name */
const bin = (name) => `node_modules/.bin/${name}`;

/**
 * A vitest run whose JSON report gives the counts.
 * @param {string} name @param {string} config @param {string} report
 */
function vitestStep(name, config, report) {
  return {
    name,
    command: [
      bin('vitest'),
      'run',
      '-c',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/${report}`,
    ],
    counts: () => {
      const json = JSON.parse(readFileSync(`${results}/${report}`, 'utf8'));
      return {
        passed: json.numPassedTests,
        failed: json.numFailedTests + (json.success ? 0 : json.numFailedTestSuites),
      };
    },
  };
}

/** @type {{name: string, command: string[], counts?: () => {passed: number, failed: number}, needsChrome?: boolean}[]} */
const steps = [
  // The message catalogues are build output (not committed): the type-check, lint and tests read them.
  { name: 'message catalogues', command: ['node', 'scripts/catalogues.js'] },
  { name: 'type-check', command: [bin('tsc'), '-b'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  { name: 'check-data', command: [bin('tsx'), 'scripts/check-data.ts'] },
  vitestStep('unit tests', 'vitest.config.ts', 'vitest.json'),
  // The browser tests load the built dist/sourced-timeline.js, so build (app, embed script, element) first.
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'browser tests',
    command: [bin('web-test-runner')],
    needsChrome: true,
    counts: () => JSON.parse(readFileSync(`${results}/browser.json`, 'utf8')),
  },
  // The built app on one origin embedded in a sandboxed iframe on another, driven by playwright-core.
  { ...vitestStep('end-to-end tests', 'vitest.e2e.config.ts', 'e2e.json'), needsChrome: true },
];

let passed = 0;
let failed = 0;
const failures = [];
const children = new ChildSteps();
for (const step of steps) {
  if (children.interrupted) break;
  console.log(`\n▶ ${step.name}`);
  if (step.needsChrome && !findChrome()) {
    console.error(noChromeMessage);
    failed += 1;
    failures.push(step.name);
    continue;
  }
  const [command = '', ...args] = step.command;
  const ok = (await children.run(command, args, { env })) === 0;
  // An interrupted step's counts say nothing about it.
  if (children.interrupted) break;
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (step.counts) {
    try {
      counts = step.counts();
      // A runner that failed without a failing test (crash, bad config) still counts as a failure.
      if (!ok && counts.failed === 0) counts.failed = 1;
    } catch {
      // No report: the runner did not get far enough to write one.
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  if (!ok) failures.push(step.name);
}

const { interrupted } = children;
writeFileSync(
  `${results}/summary.json`,
  JSON.stringify({ passed, failed, failures, ...(interrupted && { interrupted }) }),
);
if (interrupted) console.log(`\nInterrupted (${interrupted}): the steps after the running one were not run.`);
else console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll checks passed.');
console.log(`${passed} passed, ${failed} failed`);
children.dispose();
process.exitCode = children.exitCode(failures.length ? 1 : 0);
