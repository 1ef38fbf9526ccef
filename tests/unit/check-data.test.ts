// The `check-data` command end to end: a real process on real files.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureJson, fixtureUrl } from '../support/fixtures.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'check-data-'));
cpSync(fileURLToPath(fixtureUrl('mini')), work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function checkData(contents: string): Promise<{ code: number; output: string }> {
  const file = join(work, `case-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, contents);
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), ['scripts/check-data.ts', file], {
      cwd: root,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

function mutated(change: (data: ReturnType<typeof fixtureJson>) => void): string {
  const data = fixtureJson();
  change(data);
  return JSON.stringify(data);
}

describe('npm run check-data', { timeout: 30_000 }, () => {
  it('passes a valid dataset and says how many quotes it checked', async () => {
    const result = await checkData(mutated(() => undefined));
    expect(result.code).toBe(0);
    expect(result.output).toContain('OK (2 events, 1 articles, 1 claims, 3 quotes checked verbatim)');
  });

  it.each([
    [
      'a quote changed by one character',
      (d: ReturnType<typeof fixtureJson>) => (d.events[1]!.sources[0]!.quote = 'calling it a “groundless rumour.”'),
      'quote not found verbatim in article "a1" (it differs after "calling it a “groundless rumo") at events[1].sources[0].quote',
    ],
    [
      'an unknown article id',
      (d: ReturnType<typeof fixtureJson>) => (d.events[0]!.sources[0]!.article = 'a9'),
      'unknown article "a9" at events[0].sources[0].article',
    ],
    [
      'an invalid EDTF date',
      (d: ReturnType<typeof fixtureJson>) => (d.events[0]!.date = '2024-13-01'),
      'invalid date "2024-13-01": not a valid EDTF date (event "alpha-says") at events[0].date',
    ],
    [
      'a duplicate event id',
      (d: ReturnType<typeof fixtureJson>) => (d.events[1]!.id = 'alpha-says'),
      'duplicate event id "alpha-says" (first at events[0].id) at events[1].id',
    ],
    [
      '"confirms" between events that go back to one original source',
      (d: ReturnType<typeof fixtureJson>) => {
        d.events[0]!.related = [{ event: 'beta-denies', type: 'confirms' }];
        for (const event of d.events) event.sources[0]!.via = ['alpha'];
      },
      '"confirms" needs independent sources, but "alpha-says" and "beta-denies" both go back only to "alpha" at events[0].related[0].type',
    ],
    [
      'a missing required field',
      (d: ReturnType<typeof fixtureJson>) => delete d.events[1]!.dateBasis,
      'missing required field "dateBasis" at events[1].dateBasis',
    ],
  ])('fails on %s, naming the path', async (_, change, message) => {
    const result = await checkData(mutated(change));
    expect(result.code).toBe(1);
    expect(result.output).toContain(`  ${message}\n`);
  });

  it('fails on a file that is not JSON', async () => {
    const result = await checkData('{ "title": "half a file",');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/1 problem\n {2}".*case-.*\.json" is not valid JSON: /);
  });
});
