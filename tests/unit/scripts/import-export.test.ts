// `npm run import` and `npm run export` end to end: real processes on real files, checked by `check-data`.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'import-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function script(name: string, args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [`scripts/${name}.ts`, ...args], {
      cwd: root,
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let n = 0;
/** A fresh directory name under the work directory (not created). */
const fresh = (label: string) => join(work, `${label}-${++n}`);

/** `check-data` on a written dataset: exit code and output. */
const checkData = (file: string) => script('check-data', [file]);

describe('npm run import', { timeout: 120_000 }, () => {
  it('writes <dir>/events.json from a TimelineJS file, which check-data accepts', async () => {
    const out = fresh('timelinejs');
    const result = await script('import', [join(fixtures, 'import/timelinejs-mixed.json'), '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${join(out, 'events.json')}: 6 events from a TimelineJS JSON file\n`);
    expect((await checkData(join(out, 'events.json'))).code).toBe(0);
  });

  it('copies the article texts a dataset of this app refers to', async () => {
    const out = fresh('ours');
    const result = await script('import', [join(fixtures, 'mini/events.json'), '--out', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(readdirSync(join(fixtures, 'mini/articles')).sort());
    const checked = await checkData(join(out, 'events.json'));
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('OK (2 events');
  });

  it('prints every bad row, exits 1 and writes nothing', async () => {
    const out = fresh('bad');
    const result = await script('import', [join(fixtures, 'import/bad-rows.csv'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad-rows.csv: 8 problems\n');
    expect(result.stderr).toContain('  row 3: no date (the date column is empty)\n');
    expect(result.stderr).toContain('  row 4: invalid date "2024-13-01": not a valid EDTF date\n');
    expect(result.stderr).toContain('  row 11: no title (the title column is empty)\n');
    expect(result.stderr).toMatch(/Nothing was written\.\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((name) => name.includes('.import-'))).toEqual([]);
  });

  it('with --skip-invalid writes the good rows and says in the description how many were left out', async () => {
    const out = fresh('skip');
    const result = await script('import', [
      join(fixtures, 'import/bad-timelinejs.csv'),
      '--out',
      out,
      '--skip-invalid',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 event from a TimelineJS spreadsheet (CSV)');
    expect(result.stdout).toContain('  row 4: no date: Year is empty or missing\n');
    const dataset = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')) as { description: string };
    expect(dataset.description).toContain(
      'On import, 6 rows of "bad-timelinejs.csv" could not be read and were left out.',
    );
    expect((await checkData(join(out, 'events.json'))).code).toBe(0);
  });

  it('refuses to write into a directory that is not empty, and leaves it as it was', async () => {
    const out = fresh('taken');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const result = await script('import', [join(fixtures, 'import/timelinejs-mixed.json'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('exists and is not empty');
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('fails, writing nothing, when an article text the dataset refers to is missing', async () => {
    const dir = fresh('missing');
    mkdirSync(dir);
    const csv = join(dir, 'stored.csv');
    writeFileSync(csv, 'date,title,source_article,source_title,quote\n2024,Example,a1,An article,Some words here\n');
    const out = join(dir, 'out');
    const result = await script('import', [csv, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the dataset refers to this article text, which is missing');
    expect(readdirSync(dir)).toEqual(['stored.csv']);
  });

  it.each([
    [[], 'no input file given'],
    [['x.csv'], 'no output directory given (--out <directory>)'],
    [['x.csv', '--out', 'y', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 with a usage line for the arguments %j', async (args, message) => {
    const result = await script('import', args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(
      'usage: npm run import -- <input.json|input.csv> --out <directory> [--skip-invalid]',
    );
  });
});

describe('npm run export', { timeout: 120_000 }, () => {
  it('writes TimelineJS JSON and CSV that import back into datasets check-data accepts', async () => {
    const dir = fresh('export');
    cpSync(join(fixtures, 'mini'), dir, { recursive: true });
    for (const [to, file] of [
      ['timelinejs', 'timeline.json'],
      ['csv', 'events.csv'],
    ] as const) {
      const written = await script('export', [join(dir, 'events.json'), '--to', to, '--out', join(dir, file)]);
      expect(written.code).toBe(0);
      expect(written.stderr).toMatch(/: 2 events as (CSV|TimelineJS JSON)\n$/);
      const out = join(dir, `${to}-back`);
      const back = await script('import', [join(dir, file), '--out', out]);
      expect(back.code).toBe(0);
      expect((await checkData(join(out, 'events.json'))).code).toBe(0);
    }
  });

  it('writes to standard output without --out', async () => {
    const result = await script('export', [join(fixtures, 'mini/events.json'), '--to', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'date,title,summary,date_basis,status,group,kind,actors,source_url,source_title,source_outlet,source_published,quote,source_via,source_article,id',
    );
  });

  it('keeps the outlet that carried a report (`via`): a CSV column and a credit in the TimelineJS slide', async () => {
    const csv = await script('export', [join(root, 'data/events.json'), '--to', 'csv']);
    const rows = Papa.parse<Record<string, string>>(csv.stdout, { header: true }).data;
    expect(rows.map((row) => row['source_via'])).toContain('The Economist; Kyrylo Budanov');
    const json = await script('export', [join(root, 'data/events.json'), '--to', 'timelinejs']);
    expect(json.stdout).toContain('attributed to Kyrylo Budanov, via The Economist');
  });

  it('exits 1 on a dataset with problems and 2 on a missing --to', async () => {
    const broken = await script('export', [join(fixtures, 'import/bad-rows.csv'), '--to', 'csv']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Nothing was written.');
    const usage = await script('export', [join(fixtures, 'mini/events.json')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run export -- <events.json> --to csv|ics|timelinejs [--out FILE]');
    const unknown = await script('export', [join(fixtures, 'mini/events.json'), '--to', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--to must be csv, ics or timelinejs, not "pdf"');
  });

  it('--to ics writes a calendar with every event of the curated dataset, which ical.js reads', async () => {
    const out = join(fresh('ics'), 'events.ics');
    mkdirSync(join(out, '..'));
    const written = await script('export', [join(root, 'data/events.json'), '--to', 'ics', '--out', out]);
    const curated = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as { events: { id: string }[] };
    expect(written.stderr).toContain(`${curated.events.length} events as iCalendar`);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')) as unknown[]);
    const uids = calendar.getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('uid')));
    expect(uids.map((uid) => uid.split('.')[0])).toEqual(curated.events.map((event) => event.id));
  });

  it('--to ics refuses a dataset with no date a calendar can hold, naming the events left out', async () => {
    const ancient = await script('export', [join(root, 'data/examples/persian-wars/events.json'), '--to', 'ics']);
    expect(ancient.code).toBe(1);
    expect(ancient.stderr).toContain('Left out (iCalendar cannot write years before 1 or after 9999): ionian-revolt');
    expect(ancient.stderr).toContain('No event could be written. Nothing was written.');
    expect(ancient.stdout).toBe('');
  });
});
