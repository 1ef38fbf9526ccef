/**
 * The synthetic datasets of the benchmark, written under .bench/data/<events>/ (events.json and articles/) by the
 * seeded generator, and reused while the generator's source and the seed are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../synthetic/generate.js';

export const SIZES = [100, 1_000, 10_000, 100_000] as const;
export const SEED = 1;
export const DATA_DIR = '.bench/data';
const GENERATOR = 'scripts/synthetic/generate.ts';

/** What made a dataset: the generator's source hash and the options. */
function stamp(events: number): string {
  const source = createHash('sha256').update(readFileSync(GENERATOR)).digest('hex').slice(0, 16);
  return JSON.stringify({ generator: source, events, seed: SEED });
}

export interface WrittenDataset {
  events: number;
  /** Path of events.json as the server serves it (under /bench-data/). */
  url: string;
  bytes: number;
  reused: boolean;
}

/** Writes the dataset of `events` events unless the same generator already wrote it. */
export function ensureDataset(events: number): WrittenDataset {
  const dir = join(DATA_DIR, String(events));
  const stampFile = join(dir, 'stamp.json');
  const file = join(dir, 'events.json');
  const want = stamp(events);
  const reused = existsSync(stampFile) && existsSync(file) && readFileSync(stampFile, 'utf8') === want;
  if (!reused) {
    rmSync(dir, { recursive: true, force: true });
    const { dataset, texts } = generateDataset({ events, seed: SEED });
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(file, JSON.stringify(dataset));
    for (const [name, text] of texts) writeFileSync(join(dir, name), text);
    writeFileSync(stampFile, want);
  }
  return { events, url: `/bench-data/${events}/events.json`, bytes: statSync(file).size, reused };
}
