/**
 * `npx tsx scripts/bench/rewrite-report.ts [results.json]`: writes bench/results.md again from the raw figures of a
 * run (by default .bench/results.json) with the current explanations, without measuring anything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EXPLANATIONS } from './explanations.js';
import { renderReport, type BenchResults } from './report.js';

const source = process.argv[2] ?? '.bench/results.json';
const results = JSON.parse(readFileSync(source, 'utf8')) as BenchResults;
writeFileSync('bench/results.md', renderReport(results, EXPLANATIONS));
console.log(`bench/results.md written from ${source}`);
