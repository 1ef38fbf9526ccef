// The `export` command end to end: a real process on the curated dataset, its output read back by parsers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function exportTo(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), ['scripts/export.ts', ...args], {
      cwd: root,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const curated = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as { events: { id: string }[] };

describe('npm run export', { timeout: 60_000 }, () => {
  it('--to ics writes a calendar with every event of the curated dataset', async () => {
    const out = join(work, 'events.ics');
    const result = await exportTo(['data/events.json', '--to', 'ics', '--out', out]);
    expect(result.output).toContain(`${curated.events.length} events as iCalendar`);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')) as unknown[]);
    const uids = calendar.getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('uid')));
    expect(uids.map((uid) => uid.split('.')[0])).toEqual(curated.events.map((event) => event.id));
  });

  it('--to csv writes rows that papaparse reads, every event among them', async () => {
    const out = join(work, 'events.csv');
    expect((await exportTo(['data/events.json', '--to', 'csv', '--out', out])).code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(new Set(parsed.data.map((row) => row['id']))).toEqual(new Set(curated.events.map((event) => event.id)));
  });

  it('refuses a calendar with no event it can write, and an unknown format', async () => {
    const ancient = await exportTo(['data/examples/persian-wars/events.json', '--to', 'ics']);
    expect(ancient.code).toBe(1);
    expect(ancient.output).toContain('No event could be written');
    const unknown = await exportTo(['data/events.json', '--to', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('--to must be csv, ics or timelinejs, not "pdf"');
  });
});
