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
  const stored = new Set(articles.flatMap((article) => (article.file === undefined ? [] : [article.id])));
  const sources = [...events.flatMap((event) => event.sources), ...claims.map((claim) => claim.source)];
  const quoted = sources.filter((source) => source.quote !== undefined);
  const checked = quoted.filter((source) => stored.has(source.article)).length;
  const linked = articles.length - stored.size;
  const unchecked = quoted.length - checked;
  const links = linked === 0 ? '' : ` (${linked} of them linked pages)`;
  const notChecked = unchecked === 0 ? '' : `, ${unchecked} quoted from linked pages (not checked)`;
  console.log(
    `${file}: OK (${events.length} events, ${articles.length} articles${links}, ${claims.length} claims, ${checked} quotes checked verbatim${notChecked})`,
  );
} else {
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  const url = pathToFileURL(file).href;
  for (const problem of result.problems) console.error(`  ${formatProblem(problem).replaceAll(url, file)}`);
  process.exitCode = 1;
}
