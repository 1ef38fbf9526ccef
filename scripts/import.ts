/**
 * `npm run import -- <input> --out <dir> [--skip-invalid]`: reads a TimelineJS JSON file, a TimelineJS
 * spreadsheet saved as CSV, this app's CSV or a dataset of this app, and writes `<dir>/events.json` (and the
 * article texts it refers to). Everything is written into a temporary directory beside `<dir>`, checked as
 * `npm run check-data` checks it, and only then renamed to `<dir>`: a failed import leaves nothing behind.
 * Exit codes: 0 imported, 1 problems (each printed as `<where>: <message>`), 2 wrong arguments.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importText, type ImportFormat } from '../src/data/import/index.js';
import { MAX_DATASET_BYTES, formatBytes } from '../src/data/limits.js';
import { loadDataset, type TextReader } from '../src/data/load.js';
import { formatProblem, printable } from '../src/data/validate.js';

const USAGE = 'usage: npm run import -- <input.json|input.csv> --out <directory> [--skip-invalid]';
const FORMATS: Record<ImportFormat, string> = {
  ours: 'a dataset of this app',
  'timelinejs-json': 'a TimelineJS JSON file',
  'timelinejs-csv': 'a TimelineJS spreadsheet (CSV)',
  csv: "a CSV in this app's format",
};

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(printable(line));
  console.error('Nothing was written.');
  process.exit(1);
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
    options: { out: { type: 'string' }, 'skip-invalid': { type: 'boolean' }, help: { type: 'boolean' } },
  });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [inputArg, ...rest] = args.positionals;
if (inputArg === undefined) usage('no input file given');
if (rest.length > 0) usage(`unexpected argument "${rest[0] ?? ''}"`);
if (args.values.out === undefined || args.values.out === '') usage('no output directory given (--out <directory>)');

const input = resolve(inputArg);
const target = resolve(args.values.out);
const existing = await readdir(target).catch(() => undefined);
if (existing !== undefined && existing.length > 0) {
  fail([`${target}: exists and is not empty; choose a new directory (an import never overwrites).`]);
}
const size = await stat(input).then(
  (info) => info.size,
  () => -1,
);
if (size < 0) fail([`${input}: no such file`]);
if (size > MAX_DATASET_BYTES)
  fail([`${input}: is ${formatBytes(size)}; the limit is ${formatBytes(MAX_DATASET_BYTES)}`]);

const result = importText(basename(input), await readFile(input, 'utf8'), {
  skipInvalid: args.values['skip-invalid'] === true,
});
if (!result.ok) {
  const count = result.problems.length;
  fail([
    `${input}: ${count} problem${count === 1 ? '' : 's'}`,
    ...result.problems.map((p) => `  ${p.where}: ${p.message}`),
  ]);
}

await mkdir(dirname(target), { recursive: true });
const temporary = await mkdtemp(join(dirname(target), `.${basename(target)}.import-`));
try {
  await writeFile(join(temporary, 'events.json'), `${JSON.stringify(result.dataset, null, 2)}\n`);
  for (const file of result.files) {
    await mkdir(dirname(join(temporary, file)), { recursive: true });
    await copyFile(join(dirname(input), file), join(temporary, file)).catch(() => {
      throw new Error(`${join(dirname(input), file)}: the dataset refers to this article text, which is missing`);
    });
  }
  // The same check as `npm run check-data`, quotes included, before anything is in place.
  const file = join(temporary, 'events.json');
  const checked = await loadDataset(readLocal, pathToFileURL(file).href);
  if (!checked.ok) throw new Error(checked.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'));
  if (existing !== undefined) await rmdir(target);
  await rename(temporary, target);
} catch (error) {
  await rm(temporary, { recursive: true, force: true });
  fail([error instanceof Error ? error.message : String(error)]);
}

const events = result.dataset.events.length;
console.log(`${join(target, 'events.json')}: ${events} event${events === 1 ? '' : 's'} from ${FORMATS[result.format]}`);
if (result.skipped.length > 0) {
  console.log(`Left out (--skip-invalid), as the dataset's description says:`);
  for (const problem of result.skipped) console.log(printable(`  ${problem.where}: ${problem.message}`));
}
