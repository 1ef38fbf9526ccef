// Shared by the import tests: read fixtures, and unwrap an import that must succeed or fail.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { EventFile, ImportResult } from '../../../../src/data/import/types.js';

export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url)), 'utf8');

/** The successful result, or a failed expectation listing the problems. */
export function imported(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) expect.fail(`import failed:\n${result.problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
  return result;
}

/** The failed result's problems as `where: message` lines. */
export function problems(result: ImportResult): string[] {
  if (result.ok) return expect.fail('the import succeeded');
  return result.problems.map((p) => `${p.where}: ${p.message}`);
}

/** An event of an imported dataset by id. */
export function eventOf(result: ImportResult, id: string): EventFile {
  const event = imported(result).dataset.events.find((e) => e.id === id);
  if (!event) return expect.fail(`no event "${id}"`);
  return event;
}
