/** Only the project's timeline element, `<st-timeline>`, given the whole (unvalidated) dataset. */
import { indexDataset } from '../../src/data/dataset-index.js';
import type { Dataset } from '../../src/data/types.js';
import '../../src/timeline/st-timeline.js';
import { loadBenchDataset, showFailure } from './load-data.js';

try {
  const dataset = (await loadBenchDataset()) as unknown as Dataset;
  // No article texts: the timeline does not read them.
  const index = indexDataset(dataset, new Map());
  const element = document.createElement('st-timeline');
  element.index = index;
  element.events = index.events;
  const container = document.getElementById('timeline');
  if (!container) throw new Error('No #timeline');
  container.append(element);
} catch (error) {
  showFailure(error);
}
