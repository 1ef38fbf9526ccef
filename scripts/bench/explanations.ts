/**
 * Why a target is missed: written by hand, shown under the targets in bench/results.md for each target that at
 * least one measurement misses. Keyed by target (see TARGETS in report.ts).
 */
import type { TargetKey } from './report.js';

export const EXPLANATIONS: Readonly<Record<TargetKey, string>> = {
  'small-half': 'TODO',
  'render-10k-ratio': 'TODO',
  'longest-task': 'TODO',
  lighthouse: 'TODO',
  'initial-js':
    'vis-timeline (168 kB gzip) and d3 load on demand (decision 0012). On a phone the list needs neither. On a desktop the timeline view fetches them at once, in parallel with the dataset; the first events are listed in its place before they arrive, but on a fast local server the code arrives first, so the timeline item is what appears first and all the code counts as "before".',
  'first-event-default':
    'Navigation, the 65 kB gzip first chunk, the dataset (102 kB) and its five article files, validation and indexing, then the first paint; on this shared 2-core machine the figure varies by about ±150 ms between runs.',
  'render-10k':
    'The app, unlike the other pages, validates the 6.3 MB dataset (about 0.65 s of EDTF parsing and schema checks) and fetches its 1,000 article files to check every quote word for word before it shows anything: a CPU profile shows about 1.3 s idle waiting for those files (Chromium opens 6 connections per host) and 0.3 s in fetch. The timeline element alone renders 10,000 events in about 0.8 s. Next steps: one bundled file of article texts for large datasets, and validation in a worker.',
  'frames-10k':
    'A p95 of 16.7 to 16.8 ms is the 60 Hz frame clock itself (frames are 16.67 ms apart, with jitter of a few hundredths of a millisecond): no frame was dropped. vis-timeline with default options reaches seconds per frame at 10,000 events.',
  'render-100k':
    'The app refuses the 100,000-event dataset on purpose: the file is 64 MB, over its 25 MB limit (and over the 10,000-event limit), which protect readers from datasets that would freeze their browser (issue 7). The timeline element alone, given the parsed events, renders 100,000 events in about 2.4 s by handing vis-timeline only the events near the window and aggregating dense periods.',
};
