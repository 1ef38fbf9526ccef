// `tsx scripts/synthetic/write.ts <events> <directory> [seed]`: writes a synthetic dataset (events.json and
// articles/*.txt) into a directory, e.g. to load it with `?data=` or to benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from './generate.js';

const [count, dir, seed] = process.argv.slice(2);
if (!count || !dir || !Number.isInteger(Number(count))) {
  console.error('usage: tsx scripts/synthetic/write.ts <events> <directory> [seed]');
  process.exit(2);
}
const { dataset, texts } = generateDataset({ events: Number(count), seed: seed ? Number(seed) : 1 });
mkdirSync(join(dir, 'articles'), { recursive: true });
writeFileSync(join(dir, 'events.json'), JSON.stringify(dataset));
for (const [file, text] of texts) writeFileSync(join(dir, file), text);
console.log(`${dir}: ${Number(count)} events, ${texts.size} articles`);
