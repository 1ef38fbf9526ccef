// `npm run test:under-load`: the whole suite (`npm test`) while a second process keeps one core busy, as CI's
// machines and a developer's busy laptop do. A test that passes only on an idle machine fails here; the fix is
// in the test or the code, never a retry. The busy process is stopped whatever happens: when the suite ends,
// fails, is interrupted, or this script throws (and it stops itself if this script is killed outright).
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChildSteps } from './child-steps.js';

const busy = fork(fileURLToPath(new URL('busy-core.js', import.meta.url)), [], { stdio: 'ignore' });
let stopped = false;
function stopBusy() {
  if (stopped) return;
  stopped = true;
  if (busy.connected) busy.send('stop');
  busy.kill('SIGKILL');
}
process.on('exit', stopBusy);

const started = Date.now();
// What `npm test` runs, started directly: npm would not pass an interruption on (scripts/child-steps.js). In this
// process group, not a detached one: interrupted, the suite's whole tree is signalled, waited for, and summed up.
const children = new ChildSteps();
const suite = children.run(process.execPath, [fileURLToPath(new URL('test-all.js', import.meta.url))]);
const code = children.exitCode(await suite);
stopBusy();
children.dispose();

const seconds = Math.round((Date.now() - started) / 1000);
const duration = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
const summaryFile = '.test-results/summary.json';
const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : undefined;
writeFileSync('.test-results/under-load.json', JSON.stringify({ seconds, ...summary }));
console.log(
  `\nUnder load (one core kept busy): ${duration}; ` +
    (summary ? `${summary.passed} passed, ${summary.failed} failed` : 'no summary written') +
    (code === 0 ? '' : ` (exit ${code})`),
);
process.exitCode = code;
