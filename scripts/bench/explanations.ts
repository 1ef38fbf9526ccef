/**
 * Why a target is missed: written by hand, shown under the targets in bench/results.md for each target that at
 * least one measurement misses. Keyed by target (see TARGETS in report.ts). Figures quoted here are from the runs of
 * 2026-12-03 on a shared 2-core machine with a load average of about 16; they vary by a factor of two between runs.
 */
import type { TargetKey } from './report.js';

export const EXPLANATIONS: Readonly<Record<TargetKey, string>> = {
  'small-half':
    "Our first frame needs 86 kB gzip (285 kB raw) of JavaScript parsed and run (about 40 to 160 ms of module evaluation in traces), the dataset validated and indexed, and the whole shell laid out (masthead, tabs, filters, overview, the list of the opening events in the timeline's place; 70 to 80 ms for the first layout on this machine); vis-timeline's page runs one script on the parsed file. The ratio swings with the machine: this run gave 0.25× and 0.35× on the default dataset and 1.2× and 1.1× at 100 and 300 events on a desktop; a second run (small data only, same build, 15:42) gave 0.48×, 0.71×, 0.73× and 0.57×. On a phone, vis-timeline with default options showed no whole title within 10 s at 100 and 300 events (its items overlap or run past a 375 px viewport), so ours is under 0.1× of it there. Before this work (same machine, same probe) the app took 1.39 s against 548 ms on the default dataset (2.5×). What it would take: the opening window's titles in the built index.html for the site's own dataset (drawn at the first paint, before any script), and a smaller first chunk (the filter bar, search and the EDTF grammar after the first frame, a generated validator instead of valibot's schema objects).",
  'initial-js':
    "The timeline's code (vis-timeline, 170 kB gzip) and the overview's (d3) are fetched after the first frame (decision 0023), whose place lists the opening events; what loads before the first event is the first chunk, valibot with the EDTF grammar, lit and the labels.",
  'first-event-default':
    'Navigation, the 86 kB gzip first chunks and the dataset (preloaded with them), validation and indexing, then the first paint; the quotes are checked after it. On this shared machine the figure varies by a factor of two between runs.',
  'render-10k':
    "The app no longer waits for the 1,000 article files and the quote checks (12.09 s before this work in a run under the same load, 1.64 s now; 3.23 s before on a quieter day): the articles are read and checked after the first frame, in a worker. What remains before it is parsing the 6.6 MB file (about 100 ms), its dates (sliced), valibot's validation of 10,000 events (about 360 ms in Node under this load) and the index (about 200 ms), all on the main thread. Validating in a worker, or with a generated validator, and indexing in slices would take it under 1 s.",
  'render-10k-ratio':
    "vis-timeline with default options showed no whole title within 30 s at 1,000 events by issue 17's definition (its stacked items run out of its panel, clipped), so it was not tried at 10,000 and there is no ratio; with the looser definition of the earlier bench it took 1.45 to 2.23 s at 10,000, which would need ours at 290 to 450 ms.",
  'longest-task':
    "The dates of a dataset are parsed in slices of 30 ms and the quotes matched in a worker, which removed the 1.4 to 2.1 s task of 5,000 hard dates and the matching of 1,000 near quotes from the main thread. What remains over 200 ms on this machine: one task that validates and indexes the dataset and draws the first frame (10,000 events: 1.11 s; 5,000 hard dates: about 0.3 to 0.6 s), vis-timeline's own first drawing and redraws (80 to 150 ms each here), and for the long search, building the search index of 1,000 events on the first search (MiniSearch's addAll, one task; the search itself now reads at most 12 words). What it would take: validation in a worker, the index and the first drawing in slices, MiniSearch's addAllAsync with a \"searching\" state.",
  lighthouse:
    "Lighthouse simulates a slow phone from what it observes, so on this loaded machine the main thread's work is scaled up: 81 in this run (55 before this work under the same load, 92 on a quiet day); LCP 3.55 s, TBT 306 ms. The largest contentful paint is the masthead's standfirst or the list; a pre-rendered first window in index.html would bring both LCP and FCP to the first paint.",
  'frames-10k':
    'A p95 of 16.7 to 16.8 ms is the 60 Hz frame clock itself (measured so on a quiet day); on this machine, with a load average of about 16, frames of 100 to 300 ms come from the machine, and vis-timeline with default options was not measured at 10,000 (it showed no whole title at 1,000).',
  'render-100k':
    'The app refuses the 100,000-event dataset on purpose: the file is 64 MB, over its 25 MB limit (and over the 10,000-event limit), which protect readers from datasets that would freeze their browser (issue 7); raising the limits at build time (issue 17, item 5) is not done. The timeline element alone, given the parsed events, rendered 100,000 events in 2.59 s on a quiet day and 16.7 s on this loaded machine.',
};
