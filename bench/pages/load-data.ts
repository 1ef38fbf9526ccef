/**
 * The dataset named by the page's `?data=` (a same-origin path), fetched and parsed as JSON, not validated: the
 * generator's output is valid, and the benchmark pages measure the rendering layers.
 */
import type { BenchEvent } from '../convert.js';

export interface BenchDataset {
  title?: string;
  events: BenchEvent[];
}

export async function loadBenchDataset(): Promise<BenchDataset> {
  const path = new URL(location.href).searchParams.get('data');
  if (!path) throw new Error('No ?data= given');
  const response = await fetch(new URL(path, location.href));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return JSON.parse(await response.text()) as BenchDataset;
}

/** Shows a failure on the page (as text) and in the console, where the benchmark reads it. */
export function showFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`bench page failed: ${message}`);
  const paragraph = document.createElement('p');
  paragraph.className = 'bench-failure';
  paragraph.textContent = message;
  document.body.append(paragraph);
}
