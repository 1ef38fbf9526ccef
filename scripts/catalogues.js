// The interface's message catalogues as code: `lit-localize build` turns xliff/ into src/i18n/generated/ (the locale
// codes and one module a language). They are build output, not committed (docs/decisions/0044-generated-catalogues.md),
// so everything that reads them builds them first: `npm ci` (prepare), start, typecheck, lint, the unit and browser
// tests, `npm test`, and `npm run build` (always). Here they are built only when missing or older than what they come
// from; `--force` builds them anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The output paths and languages are lit-localize's own settings: read, not repeated here.
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** @returns {string[]} every file lit-localize writes */
function outputs() {
  /** @type {string[]} */
  const codes = config.targetLocales;
  return [
    join(root, config.output.localeCodesModule),
    ...codes.map((code) => join(root, config.output.outputDir, `${code}.ts`)),
  ];
}

/** @returns {string[]} what they are built from */
function inputs() {
  const xliffDir = join(root, config.interchange.xliffDir);
  return [
    join(root, 'lit-localize.json'),
    ...readdirSync(xliffDir)
      .filter((name) => name.endsWith('.xlf'))
      .map((name) => join(xliffDir, name)),
  ];
}

/** Whether every catalogue is there and newer than its sources. */
export function cataloguesFresh() {
  const built = outputs();
  if (!built.every((file) => existsSync(file))) return false;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return inputs().every((file) => statSync(file).mtimeMs <= oldest);
}

/**
 * Builds the catalogues if they are missing or stale (or always, with `force`); throws if lit-localize fails.
 * @param {{ force?: boolean }} [options]
 */
export function ensureCatalogues({ force = false } = {}) {
  if (!force && cataloguesFresh()) return;
  const result = spawnSync(join(root, 'node_modules/.bin/lit-localize'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`lit-localize build failed (${result.error?.message ?? result.status})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureCatalogues({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
