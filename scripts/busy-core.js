// Keeps one core busy for `npm run test:under-load` until its parent says stop, disconnects or dies.
// It spins in slices of 50 ms and lets events in between, so that it hears the parent go even when the
// parent was killed without a chance to stop it.
const SLICE_MS = 50;
const parentPid = process.ppid;

function spin() {
  const until = Date.now() + SLICE_MS;
  while (Date.now() < until) {
    // Busy on purpose.
  }
  // Re-parented (the runner died without a word): stop.
  if (process.ppid !== parentPid) process.exit(0);
  setImmediate(spin);
}

process.on('disconnect', () => process.exit(0));
process.on('message', (message) => {
  if (message === 'stop') process.exit(0);
});
spin();

export {};
