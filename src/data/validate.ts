/**
 * Validates a dataset: shape and dates with the valibot schema, then ids, references
 * and (given the article texts) verbatim quotes. Never throws and never changes its
 * input; collects every problem with its JSON path.
 */
import * as v from 'valibot';
import { DatasetSchema } from './schema.js';
import type { Dataset, Problem } from './types.js';
import { checkReferences } from './references.js';
import { checkQuotes } from './quotes.js';

export type Validation = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** Article texts by article id; when given, every quote is checked against them. */
  articleTexts?: ReadonlyMap<string, string>;
}

/** Formats a path of keys and indexes as `events[4].sources[0].quote`. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `message at path`, the form used everywhere problems are printed. */
export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.message} at ${problem.path}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = formatPath(keys);
  const last = keys.at(-1);
  if (issue.kind === 'schema' && issue.input === undefined && typeof last === 'string') {
    return { path, message: `missing required field "${last}"` };
  }
  if (issue.type === 'strict_object' && typeof last === 'string') {
    return { path, message: `unknown field "${last}"` };
  }
  if (issue.kind === 'schema') {
    return { path, message: `expected ${issue.expected ?? 'another value'}, got ${describe(issue.input)}` };
  }
  // Validation actions carry their own messages, e.g. `invalid date "2024-13-01": …`.
  const message = issue.message.startsWith('invalid') ? issue.message : `${describe(issue.input)} ${issue.message}`;
  return { path, message };
}

/** Checks an unknown JSON value against the dataset schema and its own references. */
export function validateDataset(input: unknown, options: ValidateOptions = {}): Validation {
  const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
  if (!result.success) {
    return { ok: false, problems: result.issues.map(issueToProblem) };
  }
  // References and quotes need a well-formed dataset, so they are checked after the shape.
  const dataset = result.output;
  const problems = checkReferences(dataset);
  if (options.articleTexts) problems.push(...checkQuotes(dataset, options.articleTexts));
  return problems.length === 0 ? { ok: true, dataset, problems: [] } : { ok: false, problems };
}
