// `npm run test:under-load`: the whole suite (`npm test`) while a second process keeps one core busy, as CI's
// machines and a developer's busy laptop do. A test that passes only on an idle machine fails here; the fix is
// in the test or the code, never a retry. The busy process is stopped whatever happens: when the suite ends,
// fails, is interrupted, or this script throws (and it stops itself if this script is killed outright).
import { fork, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
const suite = spawn('npm', ['test'], { stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    suite.kill(signal);
    stopBusy();
    process.exit(130);
  });
}

const code = await new Promise((resolve) => {
  suite.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  suite.on('error', (error) => {
    console.error(error);
    resolve(1);
  });
});
stopBusy();

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
