/**
 * `npm run check-data [file]`: validates a dataset file and its article texts.
 * Prints each problem with its JSON path and exits 1 if there is any.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDataset, type TextReader } from '../src/data/load.js';
import { formatProblem } from '../src/data/validate.js';

const readLocal: TextReader = async (url) => {
  try {
    return await readFile(fileURLToPath(url), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : String(error));
  }
};

const file = resolve(process.argv[2] ?? 'data/events.json');
const result = await loadDataset(readLocal, pathToFileURL(file).href);
if (result.ok) {
  const { articles, events, claims } = result.dataset;
  const quotes = events.reduce((n, event) => n + event.sources.length, 0) + claims.length;
  console.log(
    `${file}: OK (${events.length} events, ${articles.length} articles, ${claims.length} claims, ${quotes} quotes checked verbatim)`,
  );
} else {
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  const url = pathToFileURL(file).href;
  for (const problem of result.problems) console.error(`  ${formatProblem(problem).replaceAll(url, file)}`);
  process.exitCode = 1;
}
