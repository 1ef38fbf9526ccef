/**
 * `npm run export -- <events.json> --to csv|ics|timelinejs [--out FILE]`: writes a dataset (checked as
 * `npm run check-data` checks it) as this app's CSV, an iCalendar file or a TimelineJS JSON file, to FILE or to
 * standard output.
 * A file is written beside FILE first and renamed, so it is never half-written.
 * Exit codes: 0 written, 1 the dataset has problems, 2 wrong arguments.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toCsv, toIcs, toTimelineJs } from '../src/data/import/index.js';
import { loadDataset, type TextReader } from '../src/data/load.js';
import { formatProblem } from '../src/data/validate.js';

const USAGE = 'usage: npm run export -- <events.json> --to csv|ics|timelinejs [--out FILE]';
const FORMATS = { csv: 'CSV', ics: 'iCalendar', timelinejs: 'TimelineJS JSON' } as const;
type Format = keyof typeof FORMATS;
const isFormat = (value: string | undefined): value is Format => value !== undefined && Object.hasOwn(FORMATS, value);

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const readLocal: TextReader = async (url) => {
  try {
    return await readFile(fileURLToPath(url), 'utf8');
  } catch (error) {
    throw new Error((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error));
  }
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { to: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [inputArg, ...rest] = args.positionals;
const to = args.values.to;
if (inputArg === undefined) usage('no dataset given');
if (rest.length > 0) usage(`unexpected argument "${rest[0] ?? ''}"`);
if (!isFormat(to)) usage(`--to must be csv, ics or timelinejs${to === undefined ? '' : `, not "${to}"`}`);

const input = resolve(inputArg);
const loaded = await loadDataset(readLocal, pathToFileURL(input).href);
if (!loaded.ok) {
  const url = pathToFileURL(input).href;
  console.error(`${input}: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}`);
  for (const problem of loaded.problems) console.error(`  ${formatProblem(problem).replaceAll(url, input)}`);
  console.error('Nothing was written.');
  process.exit(1);
}
const dataset = loaded.dataset;
let skipped: string[] = [];
let text: string;
if (to === 'csv') text = `${toCsv(dataset)}\n`;
else if (to === 'timelinejs') text = `${JSON.stringify(toTimelineJs(dataset), null, 2)}\n`;
else ({ text, skipped } = toIcs(dataset, { now: new Date() }));
if (skipped.length > 0) {
  console.error(`Left out (iCalendar cannot write years before 1 or after 9999): ${skipped.join(', ')}`);
}
if (skipped.length === dataset.events.length) {
  console.error('No event could be written. Nothing was written.');
  process.exit(1);
}
if (args.values.out === undefined) {
  process.stdout.write(text);
} else {
  const out = resolve(args.values.out);
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    console.error(`${out}: ${error instanceof Error ? error.message : String(error)}\nNothing was written.`);
    process.exit(1);
  }
  const events = dataset.events.length - skipped.length;
  console.error(`${out}: ${events} event${events === 1 ? '' : 's'} as ${FORMATS[to]}`);
}
