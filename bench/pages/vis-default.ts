/** Plain vis-timeline with its default options and CSS: one item per event, no groups. */
import * as vis from 'vis-timeline/standalone';
import type { DataSet as VisDataSet } from 'vis-data';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { toVisItems } from '../convert.js';
import { loadBenchDataset, showFailure } from './load-data.js';

// The standalone build bundles its own DataSet (the one its Timeline understands); its typings do not export it
// under that name (as in src/timeline/st-timeline.ts).
const { DataSet } = vis as unknown as { DataSet: typeof VisDataSet };

try {
  const dataset = await loadBenchDataset();
  const container = document.getElementById('timeline');
  if (!container) throw new Error('No #timeline');
  new vis.Timeline(container, new DataSet(toVisItems(dataset.events)));
} catch (error) {
  showFailure(error);
}
