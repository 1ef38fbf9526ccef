/**
 * The synthetic datasets of the benchmark, written under .bench/data/<events>/ (events.json and articles/) by the
 * seeded generator, and reused while the generator's source and the seed are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAdversarial, type AdversarialId } from '../synthetic/adversarial.js';
import { generateDataset, type SyntheticDataset } from '../synthetic/generate.js';

export const SIZES = [100, 1_000, 10_000, 100_000] as const;
/** The small-data rows besides the default dataset: the app against vis-timeline, desktop and phone. */
export const SMALL_SIZES = [100, 300] as const;
export const SEED = 1;
/** The smallest synthetic dataset written with a bundle of its article texts (`articlesBundle`). */
export const BUNDLE_FROM = 1_000;
export const DATA_DIR = '.bench/data';
const GENERATORS = ['scripts/synthetic/generate.ts', 'scripts/synthetic/adversarial.ts'];

/** What made a dataset: the generators' source hash and the options. */
function stamp(name: string): string {
  const hash = createHash('sha256');
  for (const file of GENERATORS) hash.update(readFileSync(file));
  return JSON.stringify({ generator: hash.digest('hex').slice(0, 16), name, seed: SEED, bundleFrom: BUNDLE_FROM });
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
  // From 1,000 events (and articles), the dataset offers its article texts in one file, as a large one would.
  return ensure(String(events), events, () => generateDataset({ events, seed: SEED, bundle: events >= BUNDLE_FROM }));
}

/** Writes one of the adversarial datasets (scripts/synthetic/adversarial.ts) unless already written. */
export function ensureAdversarial(id: AdversarialId): WrittenDataset {
  return ensure(id, 0, () => generateAdversarial(id, SEED));
}

function ensure(name: string, events: number, generate: () => SyntheticDataset): WrittenDataset {
  const dir = join(DATA_DIR, name);
  const stampFile = join(dir, 'stamp.json');
  const file = join(dir, 'events.json');
  const want = stamp(name);
  const reused = existsSync(stampFile) && existsSync(file) && readFileSync(stampFile, 'utf8') === want;
  if (!reused) {
    rmSync(dir, { recursive: true, force: true });
    const { dataset, texts } = generate();
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(file, JSON.stringify(dataset));
    for (const [name, text] of texts) writeFileSync(join(dir, name), text);
    writeFileSync(stampFile, want);
  }
  return { events, url: `/bench-data/${name}/events.json`, bytes: statSync(file).size, reused };
}
