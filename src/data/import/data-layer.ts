/**
 * What the importers use from the rest of `src/data`, in one place. The lint rule "src/data imports nothing
 * outside itself" forbids `../` imports, and was written when `src/data` had no sub-folders; `src/data/import` is
 * part of the data layer (pure, no UI), so this one file crosses that line on purpose and the others import from
 * here. If the rule learns about sub-folders (`../../*`), this file can go.
 */
/* eslint-disable no-restricted-imports */
export { DEFAULT_KINDS, EVENT_STATUSES, ID_PATTERN } from '../schema.js';
export type { DatasetSchema } from '../schema.js';
export { formatDateSpan, parseEdtf, type DateSpan } from '../dates.js';
export { parseJson } from '../load.js';
export { MAX_DATASET_BYTES, formatBytes } from '../limits.js';
export { printable, validateDataset } from '../validate.js';
export { webUrl } from '../web-url.js';
export type { Article, Dataset, EventStatus, TimelineEvent } from '../types.js';
