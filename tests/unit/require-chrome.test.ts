// Without a Chromium, the browser tests stop with one clear line.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('scripts/require-chrome.js', () => {
  it('fails with one line naming apt-get and CHROME_PATH when CHROME_PATH points nowhere', async () => {
    const failure = await run('node', ['scripts/require-chrome.js'], {
      cwd: root,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    }).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toEqual([
      'No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
    ]);
  });
});
